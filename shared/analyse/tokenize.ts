import {
  CHAR_TABLE,
  CharClass,
  UNKNOWN_CLASS,
  astralClass,
  fillCharClass,
  isUpperCaseLetter,
} from './char-class.js';
import { findEntities, type Entity } from './entities.js';
import { MAX_TOKEN_LENGTH, normaliseWord } from './normalise.js';
import { parseNumber } from './parse-number.js';
import { TokenListBuilder } from './token-list.js';
import { FNV_OFFSET, FNV_PRIME, wordHash } from './word-hash.js';
import { TOKEN_KIND, type TokenList } from './types.js';

/** A field cut into tokens, plus the contacts found in it. */
export interface TokenizedField {
  readonly tokens: TokenList;
  readonly entities: readonly Entity[];
}

const NO_VALUE = Number.NaN;
/** The most tokens room is made for up front (a 256 KB text); the list grows beyond. */
const INITIAL_TOKENS_MAX = 1 << 16;
// Local copies: read once at load, so the scanning loop compares plain integers.
const TABLE = CHAR_TABLE;
const UNKNOWN = UNKNOWN_CLASS;
const fill = fillCharClass;
const normalise = normaliseWord;
const astral = astralClass;
const isUpper = isUpperCaseLetter;
const hashWord = wordHash;
const SPACE: number = CharClass.Space;
const LETTER: number = CharClass.Letter;
const DIGIT: number = CharClass.Digit;
const IDEOGRAPH: number = CharClass.Ideograph;
const SENTENCE_END: number = CharClass.SentenceEnd;
const CLAUSE_END: number = CharClass.ClauseEnd;
const SYMBOL: number = CharClass.Symbol;
const APOSTROPHE: number = CharClass.Apostrophe;
const PERIOD: number = CharClass.Period;
const SURROGATE: number = CharClass.Surrogate;

const WORD = TOKEN_KIND.word;
const NUM = TOKEN_KIND.num;
const IDEOGRAPH_KIND = TOKEN_KIND.ideograph;
const SYMBOL_KIND = TOKEN_KIND.symbol;
const ENTITY_KIND = { email: TOKEN_KIND.email, url: TOKEN_KIND.url, phone: TOKEN_KIND.phone } as const;

function charClass(code: number): number {
  const c = TABLE[code]!;
  return c === UNKNOWN ? fill(code) : c;
}

/**
 * Cuts a field into tokens in one left-to-right pass. Each token keeps its span in the original
 * text, so evidence quotes are always exact slices whatever normalisation did. Words are runs of
 * letters (apostrophes inside kept, then dropped by normalisation); numbers keep their thousands
 * separators; each Han or kana character is a token; contacts are single tokens.
 */
export function tokenize(text: string): TokenizedField {
  const entities = findEntities(text);
  // About one token per six characters in ordinary text: room for one per four, so that an ad
  // rarely makes it grow; huge inputs start smaller and grow as needed.
  const tokens = new TokenListBuilder(Math.min((text.length >> 2) + 16, INITIAL_TOKENS_MAX));
  const n = text.length;
  let sent = 0;
  let clause = 0;
  let entityIndex = 0;
  let nextEntity = entities.length > 0 ? entities[0]!.start : n + 1;
  let i = 0;

  while (i < n) {
    if (i === nextEntity) {
      const entity = entities[entityIndex]!;
      tokens.push(
        entity.domain,
        entity.start,
        entity.end,
        ENTITY_KIND[entity.kind],
        sent,
        clause,
        NO_VALUE,
        0,
      );
      i = entity.end;
      entityIndex++;
      nextEntity = entityIndex < entities.length ? entities[entityIndex]!.start : n + 1;
      continue;
    }
    const code = text.charCodeAt(i);
    let cls: number = charClass(code);
    let width = 1;
    if (cls === SURROGATE) {
      const low = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if (code <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
        cls = astral(((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000);
        width = 2;
      } else {
        cls = SPACE;
      }
    }
    switch (cls) {
      case LETTER: {
        const end = scanWord(text, i, nextEntity);
        if (end - i > MAX_TOKEN_LENGTH) {
          tokens.push('', i, end, WORD, sent, clause, NO_VALUE, EMPTY_HASH);
        } else if (lastWordKind === OTHER) {
          const norm = normalise(text.slice(i, end));
          tokens.push(norm, i, end, WORD, sent, clause, NO_VALUE, hashWord(norm));
        } else {
          // Only a–z or A–Z: `scanWord` hashed the lower-case letters as it went.
          const raw = text.slice(i, end);
          tokens.push(
            lastWordKind === PLAIN ? raw : raw.toLowerCase(),
            i,
            end,
            WORD,
            sent,
            clause,
            NO_VALUE,
            lastWordHash,
          );
        }
        i = end;
        continue;
      }
      case DIGIT: {
        const end = scanNumber(text, i, nextEntity);
        const value = end - i <= MAX_TOKEN_LENGTH ? parseNumber(text.slice(i, end)) : NO_VALUE;
        tokens.push('#', i, end, NUM, sent, clause, value, 0);
        i = end;
        continue;
      }
      case IDEOGRAPH: {
        const norm = text.slice(i, i + width);
        tokens.push(norm, i, i + width, IDEOGRAPH_KIND, sent, clause, NO_VALUE, hashWord(norm));
        break;
      }
      case SYMBOL: {
        const norm = text.charAt(i);
        tokens.push(norm, i, i + 1, SYMBOL_KIND, sent, clause, NO_VALUE, hashWord(norm));
        break;
      }
      case SENTENCE_END:
        sent++;
        clause++;
        break;
      case CLAUSE_END:
        clause++;
        break;
      case PERIOD: {
        const next = i + 1 < n ? text.charCodeAt(i + 1) : 32;
        const nextCls = charClass(next);
        if (nextCls !== LETTER && nextCls !== DIGIT) {
          sent++;
          clause++;
        } else if (isUpper(next)) {
          // "…the team.Essential duties": a sentence glued to the next one.
          sent++;
          clause++;
        }
        break;
      }
      default:
        break;
    }
    i += width;
  }
  return { tokens, entities };
}

function isWordChar(text: string, i: number): boolean {
  const c = charClass(text.charCodeAt(i));
  if (c === LETTER) return true;
  if (c !== SURROGATE) return false;
  const hi = text.charCodeAt(i);
  const lo = text.charCodeAt(i + 1);
  if (hi > 0xdbff || !(lo >= 0xdc00 && lo <= 0xdfff)) return false;
  return astral(((hi - 0xd800) << 10) + (lo - 0xdc00) + 0x10000) === LETTER;
}

/** What `scanWord` saw in the last word: only a–z, also A–Z, or anything else (accents, apostrophes). */
const PLAIN = 0;
const ASCII_UPPER = 1;
const OTHER = 2;
let lastWordKind = PLAIN;
/** For a word of a–z and A–Z only, `wordHash` of its lower-case form, computed by `scanWord`. */
let lastWordHash = 0;
const EMPTY_HASH = wordHash('');

function scanWord(text: string, start: number, limit: number): number {
  const n = Math.min(text.length, limit);
  let i = start;
  let kind = PLAIN;
  let hash = FNV_OFFSET;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (code >= 97 && code <= 122) {
      hash = Math.imul(hash ^ code, FNV_PRIME);
      i++;
      continue;
    }
    if (code >= 65 && code <= 90) {
      if (kind === PLAIN) kind = ASCII_UPPER;
      hash = Math.imul(hash ^ (code + 32), FNV_PRIME);
      i++;
      continue;
    }
    if (code >= 128 && isWordChar(text, i)) {
      kind = OTHER;
      i += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
      continue;
    }
    // An apostrophe inside a word ("don't", "l’offre") stays in the token.
    if (charClass(code) === APOSTROPHE && i + 1 < n && isWordChar(text, i + 1)) {
      kind = OTHER;
      i++;
      continue;
    }
    break;
  }
  lastWordKind = kind;
  lastWordHash = hash;
  return Math.min(i, n);
}

function isDigit(text: string, i: number): boolean {
  return i < text.length && charClass(text.charCodeAt(i)) === DIGIT;
}

function scanNumber(text: string, start: number, limit: number): number {
  const n = Math.min(text.length, limit);
  let i = start;
  while (i < n) {
    if (isDigit(text, i)) {
      i++;
      continue;
    }
    const c = text.charCodeAt(i);
    // 3,500 or 3.500 or 3.5 continue the number; so does "3 500" (a space before exactly 3 digits).
    if ((c === 44 || c === 46) && i + 1 < n && isDigit(text, i + 1)) {
      i++;
      continue;
    }
    if (
      (c === 32 || c === 0xa0 || c === 0x202f) &&
      i + 3 < n &&
      isDigit(text, i + 1) &&
      isDigit(text, i + 2) &&
      isDigit(text, i + 3) &&
      !isDigit(text, i + 4) &&
      i - start <= 3
    ) {
      i += 4;
      continue;
    }
    break;
  }
  return i;
}
