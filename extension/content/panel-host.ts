import { render, type TemplateResult } from 'lit';
import type { LocaleLoader, LocaleResource } from '../../shared/i18n/translator.js';
import { PanelController } from '../../shared/ui/panel.controller.js';
import type { PanelEventMap } from '../../shared/ui/panel.events.js';
import type { RawPanelOptions } from '../../shared/ui/panel.options.js';
import { analysisStyles } from '../../shared/ui/analysis.styles.js';
import { panelStyles } from '../../shared/ui/panel.styles.js';
import { panelTemplate, type PanelExtras } from '../../shared/ui/panel.template.js';

/** Tag of the host element: a valid custom element name (so it can hold a shadow root), never defined. */
export const HOST_TAG = 'stamp-out-extension';

/** The host's `data-stamp-out` value: the ad's level on an ad page, `listing` on a listing page. */
export type HostState = 'none' | 'low' | 'medium' | 'high' | 'listing';

/**
 * The extension's panel on a page: one element at the end of `<body>` holding a **closed** shadow
 * root, so the page can neither read nor change the helpline. It renders the same shared template as
 * the widget (content scripts cannot define custom elements, so lit's `render()` is used directly).
 */
export class ExtensionPanel {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly controller: PanelController;
  private extras: (controller: PanelController) => PanelExtras = () => ({});
  private renderQueued = false;
  private openRequested = false;

  /**
   * `onEvent` hears the panel's events (the person chose a country or language); they are never
   * dispatched on the host element, where the page's own listeners would hear them too.
   */
  constructor(
    private readonly window: Window,
    english: LocaleResource,
    loadLocale: LocaleLoader,
    onEvent: <K extends keyof PanelEventMap>(type: K, detail: PanelEventMap[K]) => void = () => undefined,
  ) {
    const { document } = window;
    this.host = document.createElement(HOST_TAG);
    // The shared styles float a launcher host (`:host([variant='launcher'])`): out of the page's flow.
    this.host.setAttribute('variant', 'launcher');
    this.root = this.host.attachShadow({ mode: 'closed' });
    this.adoptStyles();
    this.controller = new PanelController(
      {
        requestRender: () => this.queueRender(),
        dispatch: onEvent,
        window,
      },
      { english, loadLocale, defaultVariant: 'launcher' },
    );
  }

  /** Mounts (once) at the end of `<body>` and shows `state` with these options and extras. */
  show(
    state: HostState,
    options: RawPanelOptions,
    extras: (controller: PanelController) => PanelExtras,
  ): void {
    this.extras = extras;
    this.host.setAttribute('data-stamp-out', state);
    this.controller.setOptions({ variant: 'launcher', ...options });
    if (!this.host.isConnected) {
      this.window.document.body.append(this.host);
      this.controller.connect();
    }
    this.queueRender();
  }

  /** The panel's translator, for the extension's own strings. */
  get t(): PanelController['t'] {
    return this.controller.t;
  }

  /** Opens the launcher's dialog (after the pending render), as if its button was pressed. */
  open(): void {
    this.openRequested = true;
    this.queueRender();
  }

  /** Takes the panel off the page and removes every listener it added. */
  remove(): void {
    this.controller.disconnect();
    render(null, this.root);
    this.host.remove();
  }

  private queueRender(): void {
    if (this.renderQueued) return;
    this.renderQueued = true;
    queueMicrotask(() => {
      this.renderQueued = false;
      if (!this.host.isConnected) return;
      const template: TemplateResult = panelTemplate(this.controller, this.extras(this.controller));
      render(template, this.root, { host: this.host });
      if (this.openRequested) {
        this.openRequested = false;
        const dialog = this.root.querySelector('dialog');
        if (!dialog?.open) this.root.querySelector<HTMLButtonElement>('button.launcher')?.click();
      }
    });
  }

  private adoptStyles(): void {
    try {
      // Constructable sheets are not subject to the page's CSP.
      this.root.adoptedStyleSheets = [panelStyles.styleSheet!, analysisStyles.styleSheet!];
    } catch {
      // Firefox content scripts can't always adopt sheets across worlds: fall back to a <style>.
      const style = this.window.document.createElement('style');
      style.textContent = panelStyles.cssText + analysisStyles.cssText;
      this.root.append(style);
    }
  }
}
