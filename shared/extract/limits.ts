/**
 * Size and effort caps for extraction. Host pages are hostile or just huge: every loop over page data
 * is bounded by one of these, so detection stays fast and never runs away.
 */

/** Longest ad text returned (UTF-16 code units, ≈ 200 KB): longer descriptions are cut. */
export const MAX_TEXT = 200_000;

/** Longest one-line field (title, employer, location, salary). */
export const MAX_FIELD = 500;

/** Longest HTML string converted to text; the rest is ignored (the text cap is reached long before). */
export const MAX_HTML = 2_000_000;

/** Largest JSON-LD block parsed; larger blocks are skipped as unreadable. */
export const MAX_JSON_LD = 16_000_000;

/** JSON-LD blocks read per page. */
export const MAX_JSON_LD_BLOCKS = 64;

/** Deepest nesting followed inside one JSON-LD block. */
export const MAX_JSON_DEPTH = 48;

/** JSON values visited per page while looking for JobPostings. */
export const MAX_JSON_NODES = 50_000;

/** Elements scored by the fallback's main-text search. */
export const MAX_FALLBACK_ELEMENTS = 6_000;

/** Longest URL looked at; longer ones are cut before matching. */
export const MAX_URL = 4_096;
