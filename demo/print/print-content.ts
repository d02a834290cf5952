import { helplinesFor } from '../../shared/content/helplines.js';
import type { Audience, HelplineService, PhoneNumber, ServiceKind } from '../../shared/content/types.js';
import { EXPLOITATION_TYPES } from '../../shared/content/types.js';
import { directionOf } from '../../shared/i18n/languages.js';
import type { Translate } from '../../shared/i18n/translator.js';
import { formatHours } from '../../shared/ui/format-hours.js';
import { regionName } from '../../shared/ui/region-names.js';
import { serviceFacts } from '../../shared/ui/service-facts.js';
import { signsForAudience } from '../../shared/ui/sign-groups.js';

/** The two printed sizes: a wallet/postcard-sized card (A6) or an A4 portrait poster. */
export const PRINT_FORMATS = ['card', 'poster'] as const;
/** One printed size. */
export type PrintFormat = (typeof PRINT_FORMATS)[number];

/** What the person chose on the page (the language is the translator's). */
export interface PrintOptions {
  /** ISO 3166-1 alpha-2 code of a region in `helplines.ts`. */
  readonly region: string;
  readonly audience: Audience;
  readonly format: PrintFormat;
  /** Add a QR code to the main service's website (only drawn when it has an https one). */
  readonly qr: boolean;
}

/** A number as printed locally, with its link and the word before it ("Call", "Text"). */
export interface PrintNumber {
  readonly label: string;
  readonly display: string;
  readonly href: string;
}

/** The region's main service, the one printed large. */
export interface PrintHelpline {
  /** Official name; absent when it is just the number again (e.g. "116 006"). */
  readonly name?: string;
  /** Free, interpreters, areas (and on the poster what it is and who runs it): already translated. */
  readonly facts: readonly string[];
  /** Opening hours in the card's language. */
  readonly hours?: string;
  readonly call?: PrintNumber;
  readonly sms?: PrintNumber;
  /** The service's website: `display` is the address without `https://`. */
  readonly web?: { readonly label: string; readonly url: string; readonly display: string };
  /** A calm line saying one may call without being sure. */
  readonly reassurance?: string;
}

/** Everything the card or poster shows, already in its language: the view only lays it out. */
export interface PrintModel {
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  readonly format: PrintFormat;
  readonly region: string;
  readonly title: string;
  /** The audience's introduction (poster only: the card has no room for it). */
  readonly intro?: string;
  readonly signsHeading: string;
  readonly signs: readonly string[];
  readonly helpHeading: string;
  readonly helpline?: PrintHelpline;
  /** Shown instead of a helpline when the region's main service has no number. */
  readonly noHelpline?: string;
  readonly emergency?: PrintNumber;
  /** The https address the QR code encodes, with the caption under it. */
  readonly qr?: { readonly url: string; readonly caption: string };
  /** Which country the numbers are for and when they were last checked. */
  readonly footer: string;
}

/**
 * How many signs fit with the helpline on one page in every language: the card holds a few, the A4
 * poster more. Only the region's main service is printed: one number, large, is what people remember.
 */
export const SIGN_COUNT: Readonly<Record<PrintFormat, number>> = { card: 3, poster: 7 };

/** The region's name in `lang` (English where the runtime has no names for `lang`). */

/**
 * A `checked` date (YYYY-MM-DD) written out in `lang` as people in `region` write it: English for the
 * United Kingdom gives "29 November 2026", for the United States "November 29, 2026".
 */
export function formatDate(isoDate: string, lang: string, region: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  // English as written in the region where the runtime has no data for `lang` (e.g. Tigrinya).
  const locales = /^[A-Z]{2}$/.test(region)
    ? [`${lang}-${region}`, lang, `en-${region}`, 'en']
    : [lang, 'en'];
  try {
    return new Intl.DateTimeFormat(locales, { dateStyle: 'long', timeZone: 'UTC' }).format(
      Date.UTC(year, month - 1, day),
    );
  } catch {
    return isoDate;
  }
}

/** The https address of a website from the data, or undefined for anything else. */
export function httpsUrl(web: string | undefined): string | undefined {
  if (!web) return undefined;
  try {
    return new URL(web).protocol === 'https:' ? web : undefined;
  } catch {
    return undefined;
  }
}

function phoneLink(label: string, phone: PhoneNumber, scheme: 'tel' | 'sms'): PrintNumber {
  return { label, display: phone.display, href: `${scheme}:${phone.dial}` };
}

// The card has room only for what decides whether to call now: free, interpreters, the hours (added
// by the view); the poster also says what kind of service it is and who runs it.
function printedFacts(t: Translate, service: HelplineService, format: PrintFormat, named: boolean): string[] {
  // The card keeps what kind of service it is where it prints no name (e.g. a bare 116 006).
  const kind = format === 'poster' || !named ? [t(`serviceKind.${service.kind}`)] : [];
  const about = format === 'poster' ? [...kind, service.operator ?? ''] : kind;
  return [...about.filter(Boolean), ...serviceFacts(t, service)];
}

/** Services that give advice in confidence; police, anonymous tip lines and inspectors take reports. */
const ADVICE_KINDS = new Set<ServiceKind>([
  'trafficking-helpline',
  'victim-support',
  'victims-of-crime',
  'children',
]);

function mainHelpline(
  t: Translate,
  lang: string,
  service: HelplineService,
  format: PrintFormat,
): PrintHelpline {
  const web = httpsUrl(service.web);
  const name = service.name === service.phone?.display ? undefined : service.name;
  return {
    name,
    facts: printedFacts(t, service, format, name !== undefined),
    hours: service.hours ? formatHours(service.hours, lang, t('ui.help.always')) : undefined,
    call: service.phone ? phoneLink(t('ui.help.call'), service.phone, 'tel') : undefined,
    sms: service.sms ? phoneLink(t('ui.help.text'), service.sms, 'sms') : undefined,
    web: web
      ? { label: t('ui.help.web'), url: web, display: web.replace(/^https:\/\//, '').replace(/\/$/, '') }
      : undefined,
    reassurance: service.phone
      ? t(ADVICE_KINDS.has(service.kind) ? 'print.notSure' : 'print.notSureReport')
      : undefined,
  };
}

function signTexts(t: Translate, audience: Audience, count: number): string[] {
  const { own, sections } = signsForAudience(audience, EXPLOITATION_TYPES);
  const signs = audience === 'public' ? sections.flatMap((section) => section.signs) : own;
  return signs.slice(0, count).map((sign) => t(`signs.${sign.id}`));
}

/**
 * The card or poster for one region and audience in the translator's language. Pure: every sentence
 * comes from the locale files through `t`, every number and address from `helplines.ts`, names of
 * countries, weekdays and dates from `Intl`. The main service is the region's first, as in the panel.
 */
export function printContent(t: Translate, lang: string, options: PrintOptions): PrintModel {
  const { audience, format } = options;
  const entry = helplinesFor(options.region) ?? helplinesFor('INTL')!;
  const first = entry.services[0];
  const helpline = first ? mainHelpline(t, lang, first, format) : undefined;
  const emergency = entry.emergency[0];
  const qrUrl = options.qr ? helpline?.web?.url : undefined;
  return {
    lang,
    dir: directionOf(lang),
    format,
    region: entry.region,
    title: t('print.heading'),
    intro: format === 'poster' ? t(`ui.intro.${audience}`) : undefined,
    signsHeading: t(`ui.signs.heading.${audience}`),
    signs: signTexts(t, audience, SIGN_COUNT[format]),
    helpHeading: t('ui.help.heading'),
    helpline,
    noHelpline: helpline?.call ? undefined : t('ui.region.noHelpline'),
    emergency: emergency ? phoneLink(t('ui.help.emergency'), emergency, 'tel') : undefined,
    qr: qrUrl ? { url: qrUrl, caption: t('print.scan') } : undefined,
    footer: t('print.checked', {
      country: entry.region === 'INTL' ? t('ui.region.international') : regionName(entry.region, lang),
      date: formatDate(entry.checked, lang, entry.region),
    }),
  };
}
