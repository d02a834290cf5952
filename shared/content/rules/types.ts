/**
 * Types for the job-ad analyser's rules: which signs exist, how strong each is, where it comes from,
 * and the phrases (per language) that point to it. The sentences a person reads about each sign live
 * in `shared/i18n/locales/analyser/<lang>.json`, keyed by the sign id.
 *
 * Phrase syntax (one string per phrase; matched on normalised tokens, never on raw text):
 * - words separated by spaces must follow each other; case, accents and apostrophes are ignored;
 * - `word*` matches any token starting with `word` (at least 3 letters before the star);
 * - `a|b|c` matches any of the alternatives at that position (each may carry a star);
 * - `..` lets up to 3 other tokens stand between its neighbours, `..N` up to N (N ≤ 8);
 * - `@name` matches any word of the language's word list `name` (e.g. `@nat` for nationalities);
 * - `#num` matches a number, `#num:11-24` a number in that range; `#cur` a currency sign or word;
 * - Chinese and Japanese words are split into characters automatically.
 * Gaps never cross a sentence end.
 */

/** Signs that point to exploitation (the worker is controlled or charged) or to deception. */
export type SignFamily = 'exploitation' | 'deception';

/**
 * How much one sign weighs on its own: a strong sign is rare in ordinary ads and serious
 * by itself; a weak sign is common in honest ads too and only matters together with others.
 */
export type SignStrength = 'strong' | 'weak';

/** One sign the analyser can report. Its texts are `<id>.title`, `<id>.why`, `<id>.ask`. */
export interface AdSignRule {
  readonly id: string;
  readonly family: SignFamily;
  readonly strength: SignStrength;
  /** Contribution to the score, 0–1, combined across signs as independent evidence. */
  readonly weight: number;
  /** Ids from `shared/content/sources.ts`. */
  readonly sources: readonly string[];
  /**
   * True when the sign's phrases can be negated ("we never charge a fee"): a negator just before
   * the phrase in the same clause, a cancelling word just after it, or an overlapping reassurance
   * phrase drops the match.
   */
  readonly negatable: boolean;
}

/**
 * Things phrases can point to: a sign id, an internal cue that only counts in combination
 * (prefixed `cue:`), or a reassurance (prefixed `ok:`).
 */
export type Trigger = string;

/** Phrases for one language, keyed by trigger. */
export interface LanguageRules {
  /** BCP 47 primary code. */
  readonly lang: string;
  /** Words that negate a following phrase in the same clause ("no", "never", "without"). */
  readonly negators: readonly string[];
  /** Words that cancel a phrase they directly follow ("fees covered", "fee-free"). */
  readonly postNegators: readonly string[];
  /** Named word lists used in phrases as `@name`. */
  readonly lists: Readonly<Record<string, readonly string[]>>;
  /** Phrases per trigger. */
  readonly phrases: Readonly<Record<Trigger, readonly string[]>>;
}

/** A combination: the sign is reported when its anchor is present together with any of `with`. */
export interface ComboRule {
  /** The sign reported. */
  readonly sign: string;
  /** The cue or sign whose span is quoted as the evidence. */
  readonly anchor: Trigger;
  /** At least one of these must also be present somewhere in the ad. */
  readonly with: readonly Trigger[];
}
