import { html, render } from 'lit';
import { helplinesFor, REGION_CODES } from '../../shared/content/helplines.js';
import { AUDIENCES, type Audience } from '../../shared/content/types.js';
import { FALLBACK_LANGUAGE, LANGUAGES, matchLanguage } from '../../shared/i18n/languages.js';
import { regionsByName } from '../../shared/ui/region-names.js';
import { httpsUrl, PRINT_FORMATS, type PrintFormat, type PrintOptions } from './print-content.js';

/** The page's choices: the card's language and what `printContent` needs. */
export interface PrintChoice extends PrintOptions {
  readonly lang: string;
}

/** The region preselected when the address names none. */
export const DEFAULT_REGION = 'GB';

/** True when the region's main service has an https website a QR code can point to. */
export function hasWebsite(region: string): boolean {
  return Boolean(httpsUrl(helplinesFor(region)?.services[0]?.web));
}

function pick<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.find((item) => item === value) ?? fallback;
}

/** The choice named in the address (`?lang=pl&region=PL&audience=jobseeker&format=card&qr=0`), else defaults. */
export function choiceFromQuery(search: string): PrintChoice {
  const query = new URLSearchParams(search);
  const region = pick(query.get('region')?.toUpperCase() ?? null, REGION_CODES, DEFAULT_REGION);
  return {
    lang: matchLanguage(query.get('lang'))?.code ?? FALLBACK_LANGUAGE,
    region,
    audience: pick<Audience>(query.get('audience'), AUDIENCES, 'public'),
    format: pick<PrintFormat>(query.get('format'), PRINT_FORMATS, 'poster'),
    qr: query.get('qr') === '0' ? false : hasWebsite(region),
  };
}

/** The same choice as an address query, so a card can be bookmarked or shared. */
export function choiceToQuery(choice: PrintChoice): string {
  const { lang, region, audience, format, qr } = choice;
  return `?${new URLSearchParams({ lang, region, audience, format, qr: qr ? '1' : '0' })}`;
}

/** The form's controls, looked up once. */
export interface PrintFormControls {
  readonly form: HTMLFormElement;
  readonly lang: HTMLSelectElement;
  readonly region: HTMLSelectElement;
  readonly audience: HTMLSelectElement;
  readonly qr: HTMLInputElement;
  /** The note saying a region has no website to point a QR code at. */
  readonly qrNone: HTMLElement;
}

/** Finds the controls in the page's form (ids and names are in print.html). */
export function findControls(doc: Document): PrintFormControls {
  const form = doc.getElementById('print-form') as HTMLFormElement;
  const control = <T>(name: string): T => form.elements.namedItem(name) as T;
  return {
    form,
    lang: control('lang'),
    region: control('region'),
    audience: control('audience'),
    qr: control('qr'),
    qrNone: doc.getElementById('print-qr-none')!,
  };
}

/** Fills the language (native names) and country (English names) lists and shows `choice`. */
export function fillForm(controls: PrintFormControls, choice: PrintChoice): void {
  render(
    LANGUAGES.map(
      (language) =>
        html`<option value=${language.code} lang=${language.code} ?selected=${language.code === choice.lang}>
          ${language.nativeName}
        </option>`,
    ),
    controls.lang,
  );
  render(
    regionsByName('en').map(
      ({ code, name }) => html`<option value=${code} ?selected=${code === choice.region}>${name}</option>`,
    ),
    controls.region,
  );
  controls.lang.value = choice.lang;
  controls.region.value = choice.region;
  controls.audience.value = choice.audience;
  const format = controls.form.querySelector<HTMLInputElement>(
    `input[name="format"][value="${choice.format}"]`,
  );
  if (format) format.checked = true;
  syncQr(controls, choice.region, choice.qr);
}

/** The QR box can only be ticked where the main service has a website; it says so where it has none. */
export function syncQr(controls: PrintFormControls, region: string, checked: boolean): void {
  const available = hasWebsite(region);
  controls.qr.disabled = !available;
  controls.qr.checked = available && checked;
  controls.qrNone.hidden = available;
}

/** What the form shows now. */
export function readForm(controls: PrintFormControls): PrintChoice {
  const data = new FormData(controls.form);
  return {
    lang: matchLanguage(controls.lang.value)?.code ?? FALLBACK_LANGUAGE,
    region: pick(controls.region.value, REGION_CODES, DEFAULT_REGION),
    audience: pick<Audience>(controls.audience.value, AUDIENCES, 'public'),
    format: pick<PrintFormat>(String(data.get('format')), PRINT_FORMATS, 'poster'),
    qr: controls.qr.checked,
  };
}
