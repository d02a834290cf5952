import { detectPage } from '../../shared/extract/detect-page.js';
import { siteForUrl } from '../../shared/extract/job-sites.js';
import type { ExtractedAd } from '../../shared/extract/types.js';
import { isDisabledOn } from '../lib/disabled-hosts.js';
import { isToContent, type ContentReply, type PageState, type ToContent } from '../lib/messages.js';
import { PANEL_STAGE, type PanelStageApi, type StageScope } from '../lib/panel-stage-api.js';
// Read raw here; the panel stage validates the settings.
import { SETTINGS_KEY } from '../lib/settings-key.js';
import { watchPage, type PageWatch } from './page-watch.js';

/** Main-thread milliseconds of the last check, for the popup and the performance test. */
export interface Timings {
  detect: number;
  analyse: number;
  mount: number;
}

/**
 * The content script's first stage on one tab: read the settings, detect the page, follow
 * single-page navigation, answer the popup, and tear everything down when the extension is reloaded
 * or switched off. It only loads the panel stage (`panel.js`) when it finds a job ad or listing, so
 * a page that is neither costs a detection and nothing else, and is left exactly as it was.
 */
export class ContentScript {
  private settings: unknown;
  private watch: PageWatch | undefined;
  private state: PageState = { kind: 'none' };
  private shownText: string | undefined;
  /** Text the person chose to check, on this URL: kept when the page itself shows no ad. */
  private selection: { url: string } | undefined;
  private forced = false;
  private stopped = false;
  private checking = Promise.resolve();
  timings: Timings = { detect: 0, analyse: 0, mount: 0 };

  constructor(private readonly window: Window) {}

  /** Starts on a page: declared job sites run this at load; other pages only when the person asks. */
  async start(): Promise<void> {
    chrome.runtime.onMessage.addListener(this.onMessage);
    chrome.storage.onChanged.addListener(this.onStorageChanged);
    // The port closes when the extension is reloaded or removed (the moment to leave the page), and
    // also when an idle background worker is shut down: only the first leaves no runtime id.
    chrome.runtime.connect({ name: 'content' }).onDisconnect.addListener(() => void this.alive());
    this.settings = await this.readSettings();
    await this.check();
    if (siteForUrl(this.window.location.href)) this.startWatching();
  }

  /** Removes the panel, highlights and every listener. */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.stage()?.clear();
    this.watch?.stop();
    this.watch = undefined;
    try {
      chrome.runtime.onMessage.removeListener(this.onMessage);
      chrome.storage.onChanged.removeListener(this.onStorageChanged);
    } catch {
      // The extension context is already gone, and its listeners with it.
    }
  }

  private alive(): boolean {
    if (this.stopped) return false;
    // An invalidated extension context has no runtime id.
    if (!globalThis.chrome?.runtime?.id) {
      this.stop();
      return false;
    }
    return true;
  }

  private async readSettings(): Promise<unknown> {
    try {
      return (await chrome.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY];
    } catch {
      return undefined;
    }
  }

  private startWatching(): void {
    this.watch ??= watchPage(
      this.window,
      () => {
        if (this.alive()) void this.check();
      },
      () => this.stage()?.host() ?? null,
    );
  }

  private stage(): PanelStageApi | undefined {
    return (globalThis as StageScope)[PANEL_STAGE];
  }

  /** Asks the background to inject the panel stage into this world (once). */
  private async loadStage(): Promise<PanelStageApi | undefined> {
    if (!this.stage()) await chrome.runtime.sendMessage({ type: 'load-panel' });
    return this.stage();
  }

  /** Detects the page and shows, updates or removes the panel. Checks run one at a time. */
  private check(): Promise<void> {
    this.checking = this.checking
      .then(() => this.checkNow())
      .catch((error: unknown) => {
        console.debug('[stamp-out] check failed', error);
      });
    return this.checking;
  }

  private async checkNow(): Promise<void> {
    const { location, document } = this.window;
    if (isDisabledOn(this.settings, location.hostname)) {
      this.clear();
      this.state = { kind: 'disabled' };
      return;
    }
    const started = performance.now();
    const detection = detectPage(document, location.href, { force: this.forced });
    this.timings = { detect: performance.now() - started, analyse: 0, mount: 0 };
    if (detection.kind === 'none') {
      if (this.selection?.url !== location.href) this.clear();
      return;
    }
    this.selection = undefined;
    if (detection.kind === 'listing') {
      const stage = await this.loadStage();
      this.timings.mount = stage?.showListing(this.settings).mount ?? 0;
      this.state = { kind: 'listing' };
      this.shownText = undefined;
      return;
    }
    if (this.shownText === detection.ad.text && this.state.kind === 'job-ad') return;
    await this.showAd(detection.ad);
  }

  private async showAd(ad: ExtractedAd): Promise<void> {
    const stage = await this.loadStage();
    if (!stage) return;
    const shown = stage.showAd(ad, this.settings);
    this.timings.analyse = shown.analyse;
    this.timings.mount = shown.mount;
    this.shownText = ad.text;
    this.state = { kind: 'job-ad', level: shown.level, signCount: shown.signCount, title: ad.title };
  }

  private clear(): void {
    this.stage()?.clear();
    this.state = { kind: 'none' };
    this.shownText = undefined;
    this.selection = undefined;
  }

  private readonly onStorageChanged = (
    changes: Record<string, chrome.storage.StorageChange>,
    area: string,
  ): void => {
    if (area !== 'sync' || !(SETTINGS_KEY in changes) || !this.alive()) return;
    const wasOff = isDisabledOn(this.settings, this.window.location.hostname);
    this.settings = changes[SETTINGS_KEY]?.newValue;
    if (wasOff || isDisabledOn(this.settings, this.window.location.hostname)) void this.check();
    else this.stage()?.update(this.settings);
  };

  private readonly onMessage = (
    message: unknown,
    _sender: chrome.runtime.MessageSender,
    sendResponse: (reply: ContentReply & { timings: Timings }) => void,
  ): boolean | undefined => {
    if (!isToContent(message) || !this.alive()) return undefined;
    void this.handle(message).then(() =>
      sendResponse({ state: this.state, host: this.window.location.hostname, timings: this.timings }),
    );
    // The answer comes asynchronously.
    return true;
  };

  private async handle(message: ToContent): Promise<void> {
    await this.checking;
    switch (message.type) {
      case 'get-state':
        return;
      case 'open-panel':
        this.stage()?.open();
        return;
      case 'check-page':
        this.forced = true;
        this.shownText = undefined;
        await this.check();
        this.startWatching();
        this.stage()?.open();
        return;
      case 'check-text': {
        const url = this.window.location.href;
        await this.showAd({ title: '', text: message.text.slice(0, 200_000), url });
        this.selection = { url };
        this.stage()?.open();
        return;
      }
    }
  }
}
