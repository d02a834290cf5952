/**
 * Public types of the job-ad analyser (`analyseAd`) and the internal token shape its stages share.
 */

/** An ad as the analyser reads it: the text plus whatever structured fields the page gave. */
export interface AdInput {
  readonly text: string;
  readonly title?: string;
  readonly employer?: string;
  readonly salary?: string;
  readonly location?: string;
  /** BCP 47 language of the ad if known; otherwise it is detected from the text. */
  readonly lang?: string;
}

/** The fields of an ad that signs can point into. */
export type AdField = 'title' | 'text' | 'employer' | 'salary' | 'location';

/** The fields in the order they are read and reported. */
export const AD_FIELDS: readonly AdField[] = ['title', 'text', 'employer', 'salary', 'location'];

/** How much an ad is worth checking: `none` shows no sign; `high` shows strong or many signs. */
export type ConcernLevel = 'none' | 'low' | 'medium' | 'high';

/** One sign found in an ad, with the evidence: `quote === ad[field].slice(start, end)`. */
export interface FoundSign {
  /** Sign id from `shared/content/rules/signs.ts`; its texts are in the analyser locale. */
  readonly id: string;
  /** Offset (UTF-16 code units) of the quote's start in `field`. */
  readonly start: number;
  /** Offset just past the quote's end in `field`. */
  readonly end: number;
  readonly quote: string;
  readonly field: AdField;
}

/** What `analyseAd` returns. */
export interface AdAnalysis {
  readonly level: ConcernLevel;
  /** 0–100: how strongly the signs together point to an ad worth checking. */
  readonly score: number;
  /** Signs in reading order, one per sign id. */
  readonly signs: readonly FoundSign[];
  /** The language used: the one given, or the detected one (`und` when unknown). */
  readonly lang: string;
}

/** Options for `analyseAd`. */
export interface AnalyseOptions {
  /** The ad's language if known (BCP 47); takes precedence over `ad.lang`. */
  readonly lang?: string;
  /** Set false to leave out the statistical model's sign (rules only). Default true. */
  readonly model?: boolean;
}

/** What kind of thing a token is, as the small integer stored in `TokenList.kind`. */
export const TOKEN_KIND = { word: 0, num: 1, ideograph: 2, symbol: 3, email: 4, url: 5, phone: 6 } as const;

/** A token kind's name. */
export type TokenKind = keyof typeof TOKEN_KIND;

/**
 * A field's tokens as parallel arrays: token `i` is `norm[i]`, `start[i]`… There is no object per
 * token, so a 1 MB field costs a few typed arrays rather than hundreds of thousands of objects.
 */
export interface TokenList {
  readonly length: number;
  /** Normalised text (see `normaliseWord`); for emails and URLs the lower-cased domain; `#` for numbers. */
  readonly norm: readonly string[];
  /** Span of each token in the original field text. */
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** `TOKEN_KIND` values. */
  readonly kind: Uint8Array;
  /** Sentence number within the field: phrase gaps never cross sentences. */
  readonly sent: Int32Array;
  /** Clause number within the field: negation never crosses clauses. */
  readonly clause: Int32Array;
  /** Numeric value of a number token, NaN otherwise. */
  readonly value: Float64Array;
  /** `wordHash(norm)` of words, ideographs and symbols; 0 for numbers and contacts. */
  readonly hash: Int32Array;
}
