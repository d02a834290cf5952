import type { ConcernLevel } from '../../shared/analyse/types.js';
import type { ExtractedAd } from '../../shared/extract/types.js';

/**
 * The content script comes in two stages so that pages which are not job ads pay almost nothing:
 * `content.js` (small: detection, settings, navigation) runs on the known job sites, and only when
 * it finds a job ad or listing does the background inject `panel.js` (Lit, i18next, the analyser,
 * the content) into the same isolated world. `panel.js` registers this API under `PANEL_STAGE`.
 */
export const PANEL_STAGE = Symbol.for('stamp-out.panel-stage');

/** What the panel stage reports after showing an ad. */
export interface ShownAd {
  readonly level: ConcernLevel;
  readonly signCount: number;
  /** Milliseconds spent analysing and mounting. */
  readonly analyse: number;
  readonly mount: number;
}

/** The panel stage's API, called by the detector stage. `settings` is the raw stored value. */
export interface PanelStageApi {
  showAd(ad: ExtractedAd, settings: unknown): ShownAd;
  showListing(settings: unknown): { readonly mount: number };
  /** New settings: re-render what is shown with them. */
  update(settings: unknown): void;
  open(): void;
  /** Removes the panel and the page highlights. */
  clear(): void;
  /** The panel's host element (ignored by the navigation watcher), or null. */
  host(): Element | null;
}

/** The isolated world's global, where the panel stage registers. */
export type StageScope = typeof globalThis & { [PANEL_STAGE]?: PanelStageApi };
