// The toolbar popup: what Stamp Out found on this tab, "check this page", and the settings.
import { html, nothing, render, type TemplateResult } from 'lit';
import { directionOf } from '../../shared/i18n/languages.js';
import { Translator } from '../../shared/i18n/translator.js';
import { EXTENSION_ENGLISH, loadExtensionLocale } from '../lib/locales.js';
import type { ContentReply, PageState, PopupToContent, RequestToContent } from '../lib/messages.js';
import { settingsFormTemplate } from '../lib/settings-form.js';
import { loadSettings, saveFromPage } from '../lib/settings-store.js';
import type { Settings } from '../lib/settings.js';

const translator = new Translator(EXTENSION_ENGLISH, loadExtensionLocale);
const app = document.getElementById('app')!;
let settings: Settings;
let state: PageState | 'unavailable' = { kind: 'none' };
let tab: chrome.tabs.Tab | undefined;
let status = '';
/** The tab's hostname, from the content script, or from the tab where activeTab shows its URL. */
let host: string | undefined;

function hostOf(url: string | undefined): string | undefined {
  try {
    const parsed = new URL(url ?? '');
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname : undefined;
  } catch {
    return undefined;
  }
}

async function ask(message: PopupToContent | RequestToContent): Promise<PageState | undefined> {
  if (tab?.id === undefined) return undefined;
  try {
    const reply = (await chrome.tabs.sendMessage(tab.id, message)) as ContentReply | undefined;
    if (reply?.host) host = reply.host;
    return reply?.state;
  } catch {
    // No content script on this tab: not a known job site, and not checked yet.
    return undefined;
  }
}

async function checkThisPage(): Promise<void> {
  if (tab?.id === undefined) return;
  try {
    // activeTab: opening the popup lets the extension read this one tab, once, at the person's request.
    await chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ['content.js'] });
    state = (await ask({ type: 'check-page' })) ?? { kind: 'none' };
  } catch {
    state = 'unavailable';
  }
  update();
}

function stateTemplate(): TemplateResult {
  const { t } = translator;
  if (state === 'unavailable') return html`<p class="state">${t('extension.state.unavailable')}</p>`;
  switch (state.kind) {
    case 'job-ad':
      return html`<p class="state level-${state.level}">
          ${
            state.signCount > 0
              ? t('extension.state.jobAd', { count: state.signCount })
              : t('extension.state.jobAdNone')
          }
        </p>
        <button type="button" @click=${() => void ask({ type: 'open-panel' }).then(() => window.close())}>
          ${t('extension.action.openPanel')}
        </button>`;
    case 'listing':
      return html`<p class="state">${t('extension.state.listing')}</p>`;
    case 'disabled':
      return html`<p class="state">${t('extension.state.disabled')}</p>`;
    case 'none':
      return html`<p class="state">${t('extension.state.none')}</p>
        ${
          hostOf(tab?.url)
            ? html`<button type="button" @click=${() => void checkThisPage()}>
                ${t('extension.action.checkPage')}
              </button>`
            : nothing
        }`;
  }
}

async function changeSettings(next: Settings): Promise<void> {
  status = await saveFromPage(translator, settings, next);
  settings = next;
  // The content script re-checks when settings change; ask again for what it shows now.
  state = (await ask({ type: 'get-state' })) ?? state;
  update();
}

function update(): void {
  const { t } = translator;
  document.documentElement.lang = translator.language;
  document.documentElement.dir = directionOf(translator.language);
  render(
    html`<h1>Stamp Out</h1>
      ${stateTemplate()}
      <h2>${t('extension.settings.heading')}</h2>
      ${settingsFormTemplate({
        t,
        lang: translator.language,
        settings,
        host,
        status,
        onChange: (next) => void changeSettings(next),
      })}`,
    app,
  );
}

async function main(): Promise<void> {
  settings = await loadSettings();
  await translator.use(settings.lang ?? navigator.language);
  // `popup.html?tab=<id>` shows a given tab (when the popup is opened in a tab of its own, as in tests).
  const requested = Number(new URLSearchParams(location.search).get('tab'));
  tab =
    Number.isInteger(requested) && requested > 0
      ? await chrome.tabs.get(requested).catch(() => undefined)
      : (await chrome.tabs.query({ active: true, currentWindow: true }))[0];
  host = hostOf(tab?.url);
  state = (await ask({ type: 'get-state' })) ?? { kind: 'none' };
  update();
}

void main();
