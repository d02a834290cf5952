import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { CONTENT_VERSION } from '../shared/content/content-version.js';
import english from '../shared/i18n/locales/en.json';
import type { LocaleLoader } from '../shared/i18n/translator.js';
import { PanelController } from '../shared/ui/panel.controller.js';
import { createPanelEvent, type PanelEventMap } from '../shared/ui/panel.events.js';
import type { RawPanelOptions } from '../shared/ui/panel.options.js';
import { panelStyles } from '../shared/ui/panel.styles.js';
import { panelTemplate } from '../shared/ui/panel.template.js';
import { loadWidgetLocale } from './locale-loader.js';

declare const __STAMP_OUT_VERSION__: string;

/** The element properties that are panel options. */
const OPTION_PROPERTIES = new Set<PropertyKey>([
  'region',
  'lang',
  'audience',
  'variant',
  'types',
  'theme',
  'quickExit',
  'exitUrl',
  'share',
  'shareUrl',
]);

/**
 * Shows the signs of modern slavery and human trafficking, common myths, and the right helpline for
 * the visitor's country, with call, text, report-online and emergency actions. Sends nothing anywhere.
 *
 * @summary Signs of modern slavery and the right helpline, for any site.
 *
 * @fires stamp-out-open - The launcher's dialog opened. `detail: { variant }`
 * @fires stamp-out-close - The launcher's dialog closed. `detail: { variant }`
 * @fires stamp-out-contact - A helpline action was used. `detail: { region, channel: 'phone'|'sms'|'web'|'emergency', href }`
 * @fires stamp-out-exit - Quick exit was used. `detail: { href }`
 * @fires stamp-out-region-change - The visitor chose another country. `detail: { region, previous }`
 * @fires stamp-out-lang-change - The language changed. `detail: { lang, previous }`
 * @fires stamp-out-share - The page was shared (share sheet) or its link copied. `detail: { method: 'share'|'copy', url }`
 *
 * @csspart panel - The panel's box (inside the dialog for the launcher).
 * @csspart heading - The main heading.
 * @csspart helpline - The helpline section.
 * @csspart action - Every helpline action link; also `action-phone`, `action-sms`, `action-web`, `action-emergency`.
 * @csspart signs - The signs section.
 * @csspart myths - The myths section.
 * @csspart launcher - The floating button of the launcher variant.
 * @csspart dialog - The launcher's dialog.
 * @csspart button - Secondary buttons (change country, close, share); also `close` and `share`.
 * @csspart select - The country and language selects (and the share link's field).
 * @csspart quick-exit - The "Exit this page" link.
 *
 * @cssproperty --stamp-out-accent - Buttons and links. Default `#1d4ed8` (light), `#93c5fd` (dark).
 * @cssproperty --stamp-out-accent-text - Text on accent buttons. Default `#ffffff` (light), `#0b1220` (dark).
 * @cssproperty --stamp-out-background - Panel background. Default `#ffffff` (light), `#111827` (dark).
 * @cssproperty --stamp-out-text - Body text. Default `#1f2937` (light), `#f9fafb` (dark).
 * @cssproperty --stamp-out-muted - Secondary text. Default `#4b5563` (light), `#d1d5db` (dark).
 * @cssproperty --stamp-out-border - Borders and separators.
 * @cssproperty --stamp-out-surface - Secondary button background.
 * @cssproperty --stamp-out-focus - Focus ring colour.
 * @cssproperty --stamp-out-radius - Corner radius. Default `8px`.
 * @cssproperty --stamp-out-font-family - Font stack. Default the system UI font.
 * @cssproperty --stamp-out-font-size - Base size. Default `1em` of 16px.
 * @cssproperty --stamp-out-max-width - Card width limit. Default `40em`.
 * @cssproperty --stamp-out-offset - Launcher distance from the viewport corner. Default `16px`.
 * @cssproperty --stamp-out-z-index - Launcher stacking order. Default `2147483000`.
 */
export class StampOutPanel extends LitElement {
  /** The version of this copy, so a second, different copy on the page can tell. */
  static readonly version: string = typeof __STAMP_OUT_VERSION__ === 'string' ? __STAMP_OUT_VERSION__ : 'dev';

  /** The version of the content (signs, myths, helplines); CHANGELOG.md says what changed in each. */
  static readonly contentVersion: string = CONTENT_VERSION;

  static override styles = panelStyles;

  /** How locales are loaded; the widget loads them from its own folder. Tests may replace it. */
  static loadLocale: LocaleLoader = loadWidgetLocale;

  /** ISO 3166-1 alpha-2 region whose helplines to show; detected from the page or browser when absent. */
  @property({ reflect: true }) region: string | null = null;
  /** BCP 47 language; `<html lang>`, then the browser's language, then English when absent. */
  // Not reflected: an empty `lang=""` on the host would mark it as "unknown language" to assistive tech.
  @property() override lang = '';
  /** `public`, `jobseeker` or `employer`. */
  @property({ reflect: true }) audience: string | null = null;
  /** `card`, `banner` or `launcher`. */
  @property({ reflect: true }) variant: string | null = null;
  /** Comma list of `labour,sexual,domestic,criminal,organ`; all when absent. */
  @property({ reflect: true }) types: string | null = null;
  /** `light`, `dark` or `auto`. */
  @property({ reflect: true }) theme: string | null = null;
  /** Shows "Exit this page" and the Shift ×3 shortcut; on by default for jobseekers. */
  @property({ attribute: 'quick-exit', reflect: true }) quickExit: string | null = null;
  /** Where quick exit goes. */
  @property({ attribute: 'exit-url', reflect: true }) exitUrl: string | null = null;
  /** Adds a "Share" button for campaign sites: the browser's share sheet, else the link is copied. */
  @property({ reflect: true }) share: string | null = null;
  /** What the share button shares (absolute http(s)); the page's canonical link or address when absent. */
  @property({ attribute: 'share-url', reflect: true }) shareUrl: string | null = null;

  private readonly controller = new PanelController(
    {
      requestRender: () => this.requestUpdate(),
      dispatch: (type, detail) => this.dispatchEvent(createPanelEvent(type, detail)),
      window,
    },
    { english, loadLocale: (code) => StampOutPanel.loadLocale(code) },
  );

  override connectedCallback(): void {
    super.connectedCallback();
    this.controller.connect();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Options are validated (and bad ones warned about) once per change, not on every render.
    if (!this.hasUpdated || [...changed.keys()].some((key) => OPTION_PROPERTIES.has(key))) {
      this.controller.setOptions(this.rawOptions());
    }
  }

  protected override render(): unknown {
    return panelTemplate(this.controller);
  }

  private rawOptions(): RawPanelOptions {
    // Frameworks may set properties to booleans or numbers (`quickExit={true}`): read them as text.
    const text = (value: unknown): string | null =>
      value === null || value === undefined ? null : String(value);
    return {
      region: text(this.region),
      lang: text(this.lang) || null,
      audience: text(this.audience),
      variant: text(this.variant),
      types: text(this.types),
      theme: text(this.theme),
      'quick-exit': text(this.quickExit),
      'exit-url': text(this.exitUrl),
      share: text(this.share),
      'share-url': text(this.shareUrl),
    };
  }
}

/** The panel's events as `CustomEvent`s with typed `detail`, for `addEventListener` in TypeScript. */
export type StampOutEventMap = { [K in keyof PanelEventMap]: CustomEvent<PanelEventMap[K]> };

declare global {
  interface HTMLElementTagNameMap {
    'stamp-out-panel': StampOutPanel;
  }
  // The events bubble and are composed, so partners often listen on the document.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges the events into the DOM's map
  interface HTMLElementEventMap extends StampOutEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges the events into the DOM's map
  interface DocumentEventMap extends StampOutEventMap {}
}
