import { helplinesFor } from '../content/helplines.js';
import type { RegionHelplines } from '../content/types.js';
import { directionOf, FALLBACK_LANGUAGE } from '../i18n/languages.js';
import type { LocaleLoader, LocaleResource, Translate } from '../i18n/translator.js';
import { Translator } from '../i18n/translator.js';
import type { ContactChannel, PanelEventMap } from './panel.events.js';
import {
  resolvePanelOptions,
  type PanelEnvironment,
  type PanelOptions,
  type RawPanelOptions,
  type Variant,
} from './panel.options.js';
import { createQuickExitKeys, type QuickExitKeys } from './quick-exit.js';
import { pageShareUrl, shareLink, type ShareOutcome } from './share.js';

/** The region code of the international fallback entry. */
export const INTERNATIONAL = 'INTL';

/** What a panel needs from whatever hosts it (the widget's LitElement or the extension's shadow root). */
export interface PanelHost {
  /** Re-render the panel from `controller` state. */
  requestRender(): void;
  /** Fire a panel event from the host element. */
  dispatch<K extends keyof PanelEventMap>(type: K, detail: PanelEventMap[K]): void;
  /** The window whose keys (quick exit) and location (exit) the panel uses. */
  readonly window: Window;
}

/** Settings a host gives once. */
export interface PanelControllerInit {
  readonly english: LocaleResource;
  readonly loadLocale: LocaleLoader;
  /** Variant used when the `variant` attribute is absent. */
  readonly defaultVariant?: Variant;
  readonly warn?: (message: string) => void;
}

/**
 * The panel's state and behaviour, shared by both hosts: validated options, language, region
 * choice, the launcher dialog and quick exit. It never touches the DOM outside its host's shadow
 * root, and `disconnect()` removes every listener it added to the window.
 */
export class PanelController {
  options: PanelOptions;
  /** Region the person picked in the chooser; wins over the attribute and detection. */
  private chosenRegion: string | null = null;
  /** Language the person picked; wins over the attribute and detection. */
  private chosenLanguage: string | null = null;
  /** The language whose words are showing (may lag `options.lang` while a locale loads). */
  language = FALLBACK_LANGUAGE;
  chooserOpen = false;
  dialogOpen = false;
  exiting = false;
  /** Text for the polite live region (quick-exit progress). */
  status = '';
  /**
   * False until the first paint. Secondary text that needs a cold `Intl` lookup (country names,
   * weekday names: 20–30 ms each the first time in a page) waits for it, so the helpline shows first.
   */
  painted = false;
  /** The link to copy by hand when neither the share sheet nor the clipboard could be used. */
  shareFallback: string | null = null;

  private readonly translator: Translator;
  private readonly keys: QuickExitKeys;
  private statusTimer: ReturnType<typeof setTimeout> | undefined;
  private listening = false;
  private languageRequest = 0;
  // The first language applied is the starting state, not a change to report.
  private languageSettled = false;
  private readonly warn: (message: string) => void;

  constructor(
    private readonly host: PanelHost,
    private readonly init: PanelControllerInit,
  ) {
    this.warn = init.warn ?? ((message) => console.warn(message));
    this.translator = new Translator(init.english, init.loadLocale);
    this.options = resolvePanelOptions({}, this.environment(), this.warn, init.defaultVariant);
    this.keys = createQuickExitKeys({
      onProgress: (remaining) => this.announce(this.t('ui.exit.progress', { count: remaining })),
      onTrigger: () => this.exit(),
      onReset: () => this.announce(''),
    });
  }

  /** Translates a key in the language currently showing. */
  get t(): Translate {
    return this.translator.t;
  }

  /** Text direction of the language showing. */
  get dir(): 'ltr' | 'rtl' {
    return directionOf(this.language);
  }

  /** The region whose helplines are shown: chosen, configured or detected, else the fallback. */
  get region(): string {
    return this.chosenRegion ?? this.options.region ?? INTERNATIONAL;
  }

  /** Helplines for `region` (the international fallback when none). */
  get helplines(): RegionHelplines {
    return helplinesFor(this.region) ?? helplinesFor(INTERNATIONAL)!;
  }

  /** True when the region was not configured or chosen, so the chooser should be prominent. */
  get regionUncertain(): boolean {
    return this.chosenRegion === null && this.options.regionSource === 'unknown';
  }

  /** Applies the host's attributes; logs one warning per bad value. */
  setOptions(raw: RawPanelOptions): void {
    const previousLang = this.options.lang;
    this.options = resolvePanelOptions(raw, this.environment(), this.warn, this.init.defaultVariant);
    this.syncListeners();
    if (this.options.lang !== previousLang || this.language !== (this.chosenLanguage ?? this.options.lang)) {
      void this.applyLanguage(this.chosenLanguage ?? this.options.lang);
    }
    this.host.requestRender();
  }

  /** Starts listening (quick exit keys, back-forward cache) when the host is attached. */
  connect(): void {
    this.syncListeners();
    void this.applyLanguage(this.chosenLanguage ?? this.options.lang);
    if (!this.painted) {
      this.host.window.requestAnimationFrame(() =>
        setTimeout(() => {
          this.painted = true;
          this.host.requestRender();
        }),
      );
    }
  }

  /** Removes every listener the controller added. */
  disconnect(): void {
    this.stopListening();
    clearTimeout(this.statusTimer);
  }

  /** The person picked a language in the panel. */
  chooseLanguage(code: string): void {
    this.chosenLanguage = code;
    void this.applyLanguage(code);
  }

  /** The person picked a region in the chooser. */
  chooseRegion(code: string): void {
    const previous = this.region;
    this.chosenRegion = code;
    this.chooserOpen = false;
    if (code !== previous) this.host.dispatch('stamp-out-region-change', { region: code, previous });
    this.host.requestRender();
  }

  /** Shows or hides the region chooser. */
  toggleChooser(): void {
    this.chooserOpen = !this.chooserOpen;
    this.host.requestRender();
  }

  /** A helpline link was followed. */
  contact(channel: ContactChannel, href: string): void {
    this.host.dispatch('stamp-out-contact', { region: this.region, channel, href });
  }

  /** The launcher's dialog opened or closed (the template calls this from the dialog's own events). */
  setDialogOpen(open: boolean): void {
    if (open === this.dialogOpen) return;
    this.dialogOpen = open;
    this.host.dispatch(open ? 'stamp-out-open' : 'stamp-out-close', { variant: this.options.variant });
    this.host.requestRender();
  }

  /**
   * Shares the page (or `share-url`) with the helpline number in the text: the share sheet, else
   * the clipboard, else the link is shown for the person to copy (`shareFallback`).
   */
  async share(): Promise<void> {
    let outcome: ShareOutcome = 'failed';
    let url = '';
    try {
      url = this.options.shareUrl ?? pageShareUrl(this.host.window.document);
      const phone = this.helplines.services.find((service) => service.phone)?.phone;
      const text = phone
        ? this.t('ui.share.text', { number: phone.display })
        : this.t('ui.share.textNoNumber');
      outcome = await shareLink(this.host.window.navigator, { url, title: this.t('ui.title'), text });
    } catch (error) {
      console.warn('[stamp-out] could not share:', error);
    }
    this.shareFallback = outcome === 'failed' && url ? url : null;
    // After a copy, "Link copied"; when the field appears below the button, say so (focus stays put).
    const message =
      outcome === 'copy' ? this.t('ui.share.copied') : this.shareFallback ? this.t('ui.share.copyThis') : '';
    if (message && message === this.status) {
      // The same words again would be no change to the live region: clear it for a moment first.
      this.announce('');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (message) this.announce(message);
    if (outcome === 'share' || outcome === 'copy')
      this.host.dispatch('stamp-out-share', { method: outcome, url });
    this.host.requestRender();
  }

  /** Leaves the page now: blank overlay, then replace this history entry with the exit page. */
  exit(): void {
    const href = this.options.exitUrl;
    this.exiting = true;
    this.announce(this.t('ui.exit.loading'));
    this.host.dispatch('stamp-out-exit', { href });
    this.host.requestRender();
    this.host.window.location.replace(href);
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => this.keys.keydown(event);
  private readonly onKeyUp = (event: KeyboardEvent): void => this.keys.keyup(event);
  // Coming back with the Back button from the exit page must show the page, not the blank overlay.
  private readonly onPageShow = (): void => {
    this.exiting = false;
    this.keys.reset();
    this.announce('');
    this.host.requestRender();
  };

  private syncListeners(): void {
    if (this.options.quickExit && !this.listening) {
      const target = this.host.window;
      target.addEventListener('keydown', this.onKeyDown, true);
      target.addEventListener('keyup', this.onKeyUp, true);
      target.addEventListener('pageshow', this.onPageShow);
      this.listening = true;
    } else if (!this.options.quickExit && this.listening) {
      this.stopListening();
    }
  }

  private stopListening(): void {
    if (!this.listening) return;
    const target = this.host.window;
    target.removeEventListener('keydown', this.onKeyDown, true);
    target.removeEventListener('keyup', this.onKeyUp, true);
    target.removeEventListener('pageshow', this.onPageShow);
    this.listening = false;
  }

  private announce(message: string): void {
    this.status = message;
    clearTimeout(this.statusTimer);
    if (message && !this.exiting) {
      this.statusTimer = setTimeout(() => this.announce(''), 5000);
    }
    this.host.requestRender();
  }

  private async applyLanguage(code: string): Promise<void> {
    const request = ++this.languageRequest;
    const previous = this.language;
    const used = await this.translator.use(code);
    // A later request (attribute changed again) wins over this one.
    if (request !== this.languageRequest) return;
    this.language = used;
    const settled = this.languageSettled;
    this.languageSettled = true;
    // The first render already used English: only a real change needs another one.
    if (used === previous) return;
    if (settled) this.host.dispatch('stamp-out-lang-change', { lang: used, previous });
    this.host.requestRender();
  }

  private environment(): PanelEnvironment {
    const { document, navigator } = this.host.window;
    return {
      documentLang: document.documentElement.getAttribute('lang'),
      browserLanguages: navigator.languages ?? [navigator.language],
    };
  }
}
