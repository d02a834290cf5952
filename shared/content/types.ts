/**
 * Types for the content everything else reads: signs, myths, helplines and their sources.
 * Words a person reads live in the locale files (`shared/i18n/locales/<lang>.json`), keyed by the ids
 * declared here; this folder holds the structure, the numbers and where each fact came from.
 */

/** The forms of exploitation the panel can show signs for (`types` attribute). */
export const EXPLOITATION_TYPES = ['labour', 'sexual', 'domestic', 'criminal', 'organ'] as const;
/** One form of exploitation. */
export type ExploitationType = (typeof EXPLOITATION_TYPES)[number];

/** Who the panel speaks to (`audience` attribute). */
export const AUDIENCES = ['public', 'jobseeker', 'employer'] as const;
/** One audience. */
export type Audience = (typeof AUDIENCES)[number];

/** A sign belongs to the general list or to one form of exploitation. */
export type SignGroup = 'general' | ExploitationType;

/** How sure we are of a fact, from the research notes' confidence key (S / P / R). */
export type Confidence = 'read-in-source' | 'partly-seen' | 'needs-check';

/** A publication a fact or a sign comes from. */
export interface Source {
  /** Stable id, referenced by signs, myths, helplines and analyser rules. */
  readonly id: string;
  /** Title of the page or document (proper noun: not translated). */
  readonly title: string;
  /** Who published it. */
  readonly publisher: string;
  /** Where to read it. */
  readonly url: string;
  /** Publication date (YYYY-MM-DD, YYYY-MM or YYYY) where the source showed one. */
  readonly published?: string;
}

/**
 * A sign of exploitation. Its text is `signs.<id>` in each locale.
 * `audiences` says to whom it is shown: the public sees signs in other people, a jobseeker sees
 * what a genuine job never asks of them, an employer sees what to check in labour providers.
 */
export interface Sign {
  readonly id: string;
  readonly group: SignGroup;
  readonly audiences: readonly Audience[];
  /** Ids from `sources.ts`. */
  readonly sources: readonly string[];
}

/** A common myth and the fact that answers it; texts are `myths.<id>.myth` and `myths.<id>.fact`. */
export interface Myth {
  readonly id: string;
  readonly sources: readonly string[];
}

/** A telephone number as printed locally and in E.164 for `tel:` links. */
export interface PhoneNumber {
  /** As printed locally, e.g. `08000 121 700`. */
  readonly display: string;
  /** E.164, e.g. `+448000121700`; short codes that have no E.164 form keep their digits, e.g. `999`. */
  readonly dial: string;
}

/** Days are ISO weekday numbers: 1 = Monday … 7 = Sunday. Times are local, `HH:MM`. */
export interface OpeningSpan {
  readonly days: readonly number[];
  readonly opens: string;
  readonly closes: string;
}

/** Either always open, or a weekly schedule. */
export type OpeningHours = { readonly always: true } | { readonly schedule: readonly OpeningSpan[] };

/** What a service is for; the label shown is `serviceKind.<kind>` in the locale. */
export type ServiceKind =
  | 'trafficking-helpline'
  | 'victim-support'
  | 'police'
  | 'anonymous-reporting'
  | 'labour-inspection'
  | 'children'
  | 'victims-of-crime';

/** One helpline or reporting route. */
export interface HelplineService {
  /** Stable id, e.g. `gb-mseh`. */
  readonly id: string;
  readonly kind: ServiceKind;
  /** Official name in its own language (proper noun). */
  readonly name: string;
  /** Who runs it (proper noun), where the source names it. */
  readonly operator?: string;
  readonly phone?: PhoneNumber;
  /** Texting: number to send an SMS to. */
  readonly sms?: PhoneNumber;
  /** Online report form, or the service's site where no form exists. */
  readonly web?: string;
  readonly email?: string;
  readonly hours?: OpeningHours;
  /** BCP 47 codes of languages answered directly. */
  readonly languages?: readonly string[];
  /** True where interpreters join calls for many more languages. */
  readonly interpreters?: boolean;
  readonly free?: boolean;
  /**
   * ISO 3166-2 subdivisions the service covers, where it does not cover the whole region
   * (e.g. `['GB-ENG', 'GB-WLS']`); absent means the whole region.
   */
  readonly areas?: readonly string[];
  /** Ids from `sources.ts`. */
  readonly sources: readonly string[];
  readonly confidence: Confidence;
}

/** Everything the panel needs for one region. The first service is the one shown first. */
export interface RegionHelplines {
  /** ISO 3166-1 alpha-2, or `INTL` for the international fallback. */
  readonly region: string;
  readonly services: readonly HelplineService[];
  /** Emergency number(s), the first is shown beside the helpline. */
  readonly emergency: readonly PhoneNumber[];
  readonly emergencyConfidence: Confidence;
  /** Date (YYYY-MM-DD) these facts were last checked against their sources. */
  readonly checked: string;
}
