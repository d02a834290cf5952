/**
 * Character classes for the tokenizer, computed once per UTF-16 code unit and cached, so that
 * scanning stays a table lookup per character whatever the script.
 */

/** What a character does for tokenizing (plain numbers, so the scanning loop compares integers). */
export const CharClass = {
  /** Whitespace, punctuation that neither ends a clause nor is kept: separates tokens. */
  Space: 0,
  /** A letter or combining mark: part of a word. */
  Letter: 1,
  /** An ASCII or other decimal digit. */
  Digit: 2,
  /** A Han, Hiragana or Katakana character: one token each. */
  Ideograph: 3,
  /** Ends a sentence: ! ? ; newline, bullets, CJK full stops. (The full stop is decided in context.) */
  SentenceEnd: 4,
  /** Ends a clause: , : ( ) dashes, quotes. */
  ClauseEnd: 5,
  /** Kept as a one-character token: currency signs, / % + @ &. */
  Symbol: 6,
  /** Apostrophes, kept inside a word when a letter follows. */
  Apostrophe: 7,
  /** The full stop, decided by what follows it. */
  Period: 8,
  /** A UTF-16 surrogate: the tokenizer looks at the pair. */
  Surrogate: 9,
} as const;

/** One of the `CharClass` values. */
export type CharClass = (typeof CharClass)[keyof typeof CharClass];

/** Marks a table entry not computed yet. */
export const UNKNOWN_CLASS = 255;
const UNKNOWN = UNKNOWN_CLASS;
const table = new Uint8Array(65536).fill(UNKNOWN);

const LETTER = /^[\p{L}\p{M}]$/u;
const DIGIT = /^\p{Nd}$/u;
const IDEOGRAPH = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;
const CURRENCY = /^\p{Sc}$/u;
const SPACE_LIKE = /^[\p{Z}\p{Cc}\p{Cf}]$/u;

const SENTENCE_ENDS = '!?;\n\r\u2028\u2029•·▪●◦■□►▶✔✓☑*…。！？；\u0085';
const CLAUSE_ENDS = ',:()[]{}"“”„«»‹›–—‒―、，：（）「」『』|';
const SYMBOLS = '/%+@&';
const APOSTROPHES = "'’ʼ`´";

/**
 * The class of a non-ASCII code unit in a block fully assigned since Unicode 6.0 at the latest
 * (Latin-1, Latin Extended-A/B, combining marks, Cyrillic, Vietnamese, the original Han block,
 * currency signs up to ₹), or −1. It spares the first analysis of a page from compiling the Unicode
 * property expressions below for ordinary European, Vietnamese or Chinese text. It must agree with
 * them exactly: `tests/unit/analyse/cold-start.test.ts` checks every code unit.
 */
function commonClass(code: number): number {
  if (code < 0xc0) {
    // Latin-1 punctuation and symbols: ª µ º are letters, ¢ £ ¤ ¥ currency signs, the rest space.
    if (code === 0xaa || code === 0xb5 || code === 0xba) return CharClass.Letter;
    if (code >= 0xa2 && code <= 0xa5) return CharClass.Symbol;
    return code >= 0x80 ? CharClass.Space : -1;
  }
  if (code <= 0x24f) return code === 0xd7 || code === 0xf7 ? CharClass.Space : CharClass.Letter;
  if (code >= 0x300 && code <= 0x36f) return CharClass.Letter;
  if (code >= 0x400 && code <= 0x4ff) return code === 0x482 ? CharClass.Space : CharClass.Letter;
  if (code >= 0x1e00 && code <= 0x1eff) return CharClass.Letter;
  if (code >= 0x20a0 && code <= 0x20b9) return CharClass.Symbol;
  if (code >= 0x4e00 && code <= 0x9fa5) return CharClass.Ideograph;
  return -1;
}

function classify(code: number): CharClass {
  if (code >= 0xd800 && code <= 0xdfff) return CharClass.Surrogate;
  const ch = String.fromCharCode(code);
  if (code === 0x2e) return CharClass.Period;
  if (SENTENCE_ENDS.includes(ch)) return CharClass.SentenceEnd;
  if (CLAUSE_ENDS.includes(ch)) return CharClass.ClauseEnd;
  if (SYMBOLS.includes(ch)) return CharClass.Symbol;
  if (APOSTROPHES.includes(ch)) return CharClass.Apostrophe;
  if (code < 128) {
    if (code >= 48 && code <= 57) return CharClass.Digit;
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return CharClass.Letter;
    if (code === 36) return CharClass.Symbol;
    return CharClass.Space;
  }
  const known = commonClass(code);
  if (known >= 0) return known as CharClass;
  if (SPACE_LIKE.test(ch)) return CharClass.Space;
  if (IDEOGRAPH.test(ch)) return CharClass.Ideograph;
  if (DIGIT.test(ch)) return CharClass.Digit;
  if (LETTER.test(ch)) return CharClass.Letter;
  if (CURRENCY.test(ch)) return CharClass.Symbol;
  return CharClass.Space;
}

/**
 * The class of every UTF-16 code unit, filled lazily (255 = not yet known): the tokenizer reads it
 * directly and calls `fillCharClass` only on a miss, so the hot loop is one array read per character.
 */
export const CHAR_TABLE: Uint8Array = table;

/** Computes, stores and returns the class of a code unit not yet in `CHAR_TABLE`. */
export function fillCharClass(code: number): CharClass {
  const c = classify(code);
  table[code] = c;
  return c;
}

/** The class of one UTF-16 code unit. */
export function charClass(code: number): CharClass {
  const c = table[code]!;
  return (c === UNKNOWN ? fillCharClass(code) : c) as CharClass;
}

/** The class of an astral code point (a valid surrogate pair): letters, ideographs or nothing. */
export function astralClass(codePoint: number): CharClass {
  const ch = String.fromCodePoint(codePoint);
  if (IDEOGRAPH.test(ch)) return CharClass.Ideograph;
  if (LETTER.test(ch)) return CharClass.Letter;
  return CharClass.Space;
}

/** True for a character that can start or continue an upper-case word (used to end sentences). */
export function isUpperCaseLetter(code: number): boolean {
  if (code >= 65 && code <= 90) return true;
  if (code < 128) return false;
  const ch = String.fromCharCode(code);
  return ch !== ch.toLowerCase();
}
