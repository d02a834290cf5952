import { html, nothing, type TemplateResult } from 'lit';
import { REGION_CODES } from '../../shared/content/helplines.js';
import { AUDIENCES, type Audience } from '../../shared/content/types.js';
import { LANGUAGES } from '../../shared/i18n/languages.js';
import type { Translate } from '../../shared/i18n/translator.js';
import { isDisabledOn } from './disabled-hosts.js';
import { withHostEnabled, type Settings } from './settings.js';

/** What the settings form shows and whom it tells about changes. */
export interface SettingsFormView {
  readonly t: Translate;
  readonly lang: string;
  readonly settings: Settings;
  /** The current tab's hostname, for the on/off switch (the popup only). */
  readonly host?: string;
  /** Polite status text after a save. */
  readonly status: string;
  readonly onChange: (next: Settings) => void;
}

const AUDIENCE_LABEL: Readonly<Record<Audience, string>> = {
  public: 'extension.settings.audiencePublic',
  jobseeker: 'extension.settings.audienceJobseeker',
  employer: 'extension.settings.audienceEmployer',
};

function regionNames(lang: string): { code: string; name: string }[] {
  const names = new Intl.DisplayNames([lang, 'en'], { type: 'region' });
  return REGION_CODES.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) =>
    a.name.localeCompare(b.name, lang),
  );
}

/** The settings the popup and the options page share: region, language, audience, this site, highlight. */
export function settingsFormTemplate(view: SettingsFormView): TemplateResult {
  const { t, settings, onChange } = view;
  const value = (event: Event): string => (event.target as HTMLSelectElement | HTMLInputElement).value;
  return html`<form class="settings" @submit=${(event: Event) => event.preventDefault()}>
    <label>
      <span>${t('extension.settings.region')}</span>
      <select @change=${(event: Event) => onChange({ ...settings, region: value(event) || null })}>
        <option value="" ?selected=${settings.region === null}>${t('extension.settings.regionAuto')}</option>
        ${regionNames(view.lang).map(
          ({ code, name }) =>
            html`<option value=${code} ?selected=${settings.region === code}>${name}</option>`,
        )}
      </select>
    </label>
    <label>
      <span>${t('extension.settings.lang')}</span>
      <select @change=${(event: Event) => onChange({ ...settings, lang: value(event) || null })}>
        <option value="" ?selected=${settings.lang === null}>${t('extension.settings.langAuto')}</option>
        ${LANGUAGES.map(
          (language) =>
            html`<option
              value=${language.code}
              lang=${language.code}
              ?selected=${settings.lang === language.code}
            >
              ${language.nativeName}
            </option>`,
        )}
      </select>
    </label>
    <label>
      <span>${t('extension.settings.audience')}</span>
      <select @change=${(event: Event) => onChange({ ...settings, audience: value(event) as Audience })}>
        ${AUDIENCES.map(
          (audience) =>
            html`<option value=${audience} ?selected=${settings.audience === audience}>
              ${t(AUDIENCE_LABEL[audience])}
            </option>`,
        )}
      </select>
    </label>
    ${
      view.host
        ? html`<label class="check">
            <input
              type="checkbox"
              .checked=${!isDisabledOn(settings, view.host)}
              @change=${(event: Event) =>
                onChange(withHostEnabled(settings, view.host!, (event.target as HTMLInputElement).checked))}
            />
            <span>${t('extension.settings.site', { host: view.host })}</span>
          </label>`
        : nothing
    }
    <label class="check">
      <input
        type="checkbox"
        .checked=${settings.highlight}
        @change=${(event: Event) => onChange({ ...settings, highlight: (event.target as HTMLInputElement).checked })}
      />
      <span>${t('extension.action.highlight')}</span>
    </label>
    <p role="status" class="status">${view.status}</p>
  </form>`;
}
