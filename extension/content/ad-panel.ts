import { html, type TemplateResult } from 'lit';
import { analyseAd } from '../../shared/analyse/analyse-ad.js';
import type { AdAnalysis } from '../../shared/analyse/types.js';
import { helplinesFor } from '../../shared/content/helplines.js';
import type { ExtractedAd } from '../../shared/extract/types.js';
import { analysisTemplate } from '../../shared/ui/analysis.template.js';
import type { PanelController } from '../../shared/ui/panel.controller.js';
import type { PanelExtras } from '../../shared/ui/panel.template.js';
import { EXTENSION_ENGLISH, loadExtensionLocale } from '../lib/locales.js';
import type { PanelStageApi, ShownAd } from '../lib/panel-stage-api.js';
import { reportSummary } from '../lib/report-summary.js';
import { saveSettings } from '../lib/settings-store.js';
import { readSettings, type Settings } from '../lib/settings.js';
import { highlightQuotes, type PageHighlight } from './highlight.js';
import { ExtensionPanel } from './panel-host.js';

type Shown =
  | { readonly kind: 'ad'; readonly ad: ExtractedAd; readonly analysis: AdAnalysis }
  | { readonly kind: 'listing' };

/**
 * The panel stage: analyses an ad and shows it in the shared panel, with "report this ad" and the
 * page highlights; on a listing it shows the general signs and the helpline.
 */
export class AdPanel implements PanelStageApi {
  private panel: ExtensionPanel | undefined;
  private shown: Shown | undefined;
  private settings: Settings = readSettings(undefined);
  private highlight: PageHighlight | undefined;
  private reportStatus = '';

  constructor(private readonly window: Window) {}

  showAd(ad: ExtractedAd, settings: unknown): ShownAd {
    const started = performance.now();
    const analysis = analyseAd(ad);
    const analysed = performance.now();
    this.clearHighlight();
    this.show({ kind: 'ad', ad, analysis }, settings);
    if (this.settings.highlight) this.applyHighlight();
    return {
      level: analysis.level,
      signCount: analysis.signs.length,
      analyse: analysed - started,
      mount: performance.now() - analysed,
    };
  }

  showListing(settings: unknown): { mount: number } {
    const started = performance.now();
    this.clearHighlight();
    this.show({ kind: 'listing' }, settings);
    return { mount: performance.now() - started };
  }

  update(settings: unknown): void {
    if (!this.shown) return;
    this.show(this.shown, settings);
    if (!this.settings.highlight) this.clearHighlight();
    else if (!this.highlight) this.applyHighlight();
  }

  open(): void {
    this.panel?.open();
  }

  clear(): void {
    this.clearHighlight();
    this.panel?.remove();
    this.panel = undefined;
    this.shown = undefined;
  }

  host(): Element | null {
    return this.panel?.host ?? null;
  }

  private show(shown: Shown, settings: unknown): void {
    this.shown = shown;
    this.settings = readSettings(settings);
    this.reportStatus = '';
    this.render();
  }

  private render(): void {
    const shown = this.shown;
    if (!shown) return;
    this.panel ??= new ExtensionPanel(this.window, EXTENSION_ENGLISH, loadExtensionLocale, (type, detail) => {
      // A country or language chosen in the panel is remembered in the extension's settings.
      if (type === 'stamp-out-region-change')
        this.remember({ region: (detail as { region: string }).region });
      if (type === 'stamp-out-lang-change') this.remember({ lang: (detail as { lang: string }).lang });
    });
    const { region, lang, audience } = this.settings;
    this.panel.show(shown.kind === 'ad' ? shown.analysis.level : 'listing', { region, lang, audience }, (c) =>
      this.extras(c),
    );
  }

  private extras(controller: PanelController): PanelExtras {
    const shown = this.shown;
    if (shown?.kind !== 'ad') return {};
    const { t } = controller;
    const count = shown.analysis.signs.length;
    return {
      launcherLabel: count > 0 ? t('extension.state.jobAd', { count }) : t('analyser.level.none'),
      lead: analysisTemplate(t, shown.analysis, this.actions(controller, shown)),
    };
  }

  private actions(controller: PanelController, shown: Extract<Shown, { kind: 'ad' }>): TemplateResult {
    const { t } = controller;
    return html`<div class="analysis-actions">
        ${
          shown.analysis.signs.length > 0
            ? html`<button type="button" @click=${() => void this.report(controller, shown)}>
                ${t('extension.action.report')}
              </button>`
            : ''
        }
        <label>
          <input
            type="checkbox"
            .checked=${this.highlight !== undefined}
            @change=${(event: Event) => this.toggleHighlight((event.target as HTMLInputElement).checked)}
          />
          ${t('extension.action.highlight')}
        </label>
      </div>
      <p class="report-status" role="status">${this.reportStatus}</p>`;
  }

  /** Copies a plain summary and opens the region's report form, or says which number to call. */
  private async report(controller: PanelController, shown: Extract<Shown, { kind: 'ad' }>): Promise<void> {
    const { t } = controller;
    const summary = reportSummary(t, this.window.location.href, shown.ad.title, shown.analysis.signs);
    try {
      await this.window.navigator.clipboard.writeText(summary);
    } catch {
      // The page's permissions policy can refuse the clipboard; the form still opens.
    }
    const helpline = helplinesFor(controller.region)?.services[0];
    if (helpline?.web) {
      this.window.open(helpline.web, '_blank', 'noopener,noreferrer');
      this.reportStatus = t('extension.action.reportCopied');
    } else if (helpline?.phone) {
      this.reportStatus = t('extension.action.reportCall', { number: helpline.phone.display });
    }
    this.render();
  }

  private remember(change: Partial<Pick<Settings, 'region' | 'lang'>>): void {
    const next = readSettings({ ...this.settings, ...change });
    if (next.region === this.settings.region && next.lang === this.settings.lang) return;
    this.settings = next;
    void saveSettings(next).catch(() => undefined);
  }

  private toggleHighlight(on: boolean): void {
    this.settings = { ...this.settings, highlight: on };
    void saveSettings(this.settings).catch(() => undefined);
    if (on) this.applyHighlight();
    else this.clearHighlight();
    this.render();
  }

  private applyHighlight(): void {
    if (this.shown?.kind !== 'ad') return;
    this.clearHighlight();
    const quotes = this.shown.analysis.signs.map((sign) => sign.quote);
    this.highlight = highlightQuotes(
      this.window.document,
      this.window.document.body,
      quotes,
      this.panel?.host,
    );
  }

  private clearHighlight(): void {
    this.highlight?.clear();
    this.highlight = undefined;
  }
}
