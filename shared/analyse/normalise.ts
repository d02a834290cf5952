/**
 * Word normalisation for matching: lower case, no accents, no apostrophes, a few letters that do not
 * decompose mapped by hand (ł → l, đ → d, ß → ss). Offsets are not needed here: the tokenizer keeps
 * each token's original span and only the token's text goes through this function.
 */

const EXTRA_FOLDS: Readonly<Record<string, string>> = {
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ø: 'o',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
};

const COMBINING_MARK = /\p{M}/gu;
/**
 * Decomposed Latin, Vietnamese and Cyrillic words hold no marks but U+0300–U+036F: for them a plain
 * range replaces the Unicode property expression, which is costly to compile on a page's first
 * analysis. (`tests/unit/analyse/cold-start.test.ts` checks that the two agree on these characters.)
 */
export const COMMON_TEXT = /^[\u0020-\u036f\u0400-\u0482\u048a-\u052f]*$/;
const COMMON_MARK = /[\u0300-\u036f]/g;
const APOSTROPHES = /['’ʼ`´]/g;
const NEEDS_FOLD = /[łđðøßæœıħŧ]/;

/** Longest token (in UTF-16 units) that is normalised; longer runs are not words and never match. */
export const MAX_TOKEN_LENGTH = 48;

const cache = new Map<string, string>();
const CACHE_LIMIT = 20000;

/** Normalises one word as phrases and text are compared: `Opłata` → `oplata`, `Don’t` → `dont`. */
export function normaliseWord(raw: string): string {
  if (raw.length > MAX_TOKEN_LENGTH) return '';
  let ascii = true;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c > 127 || c === 39 || c === 96) {
      ascii = false;
      break;
    }
  }
  if (ascii) return raw.toLowerCase();
  const hit = cache.get(raw);
  if (hit !== undefined) return hit;
  let out = raw.toLowerCase().normalize('NFD');
  out = out.replace(COMMON_TEXT.test(out) ? COMMON_MARK : COMBINING_MARK, '').replace(APOSTROPHES, '');
  if (NEEDS_FOLD.test(out)) {
    let folded = '';
    for (const ch of out) folded += EXTRA_FOLDS[ch] ?? ch;
    out = folded;
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(raw, out);
  return out;
}
