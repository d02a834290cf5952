// The options page: the popup's settings, the optional all-sites permission, and what the extension
// can and cannot see.
import { html, render } from 'lit';
import { directionOf } from '../../shared/i18n/languages.js';
import { Translator } from '../../shared/i18n/translator.js';
import { EXTENSION_ENGLISH, loadExtensionLocale } from '../lib/locales.js';
import { settingsFormTemplate } from '../lib/settings-form.js';
import { loadSettings, saveFromPage } from '../lib/settings-store.js';
import type { Settings } from '../lib/settings.js';

const ALL_SITES: chrome.permissions.Permissions = { origins: ['<all_urls>'] };
const translator = new Translator(EXTENSION_ENGLISH, loadExtensionLocale);
const app = document.getElementById('app')!;
let settings: Settings;
let allSites = false;
let status = '';
let permissionStatus = '';

async function setAllSites(wanted: boolean): Promise<void> {
  const { t } = translator;
  // `permissions.request` must run straight from the person's click.
  const done = wanted
    ? await chrome.permissions.request(ALL_SITES)
    : await chrome.permissions.remove(ALL_SITES);
  allSites = await chrome.permissions.contains(ALL_SITES);
  permissionStatus =
    wanted && !done
      ? t('extension.options.allSitesDenied')
      : allSites
        ? t('extension.options.allSitesGranted')
        : '';
  update();
}

async function changeSettings(next: Settings): Promise<void> {
  status = await saveFromPage(translator, settings, next);
  settings = next;
  update();
}

function update(): void {
  const { t } = translator;
  document.documentElement.lang = translator.language;
  document.documentElement.dir = directionOf(translator.language);
  document.title = t('extension.options.title');
  render(
    html`<h1>${t('extension.options.title')}</h1>
      ${settingsFormTemplate({
        t,
        lang: translator.language,
        settings,
        status,
        onChange: (next) => void changeSettings(next),
      })}
      <h2>${t('extension.options.allSites')}</h2>
      <label class="check">
        <input
          type="checkbox"
          .checked=${allSites}
          @change=${(event: Event) => void setAllSites((event.target as HTMLInputElement).checked)}
        />
        <span>${t('extension.options.allSites')}</span>
      </label>
      <p>${t('extension.options.allSitesHelp')}</p>
      <p role="status" class="status">${permissionStatus}</p>
      <h2>${t('extension.options.privacyHeading')}</h2>
      <ul>
        <li>${t('extension.options.privacyKnownSites')}</li>
        <li>${t('extension.options.privacyOtherPages')}</li>
        <li>${t('extension.options.privacyNothingLeaves')}</li>
        <li>${t('extension.options.privacyNotProof')}</li>
      </ul>`,
    app,
  );
}

async function main(): Promise<void> {
  settings = await loadSettings();
  allSites = await chrome.permissions.contains(ALL_SITES);
  await translator.use(settings.lang ?? navigator.language);
  update();
}

void main();
