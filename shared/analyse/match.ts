import {
  patternIdLimit,
  termAt,
  type Candidate,
  type CompiledRules,
  type LangNegation,
  type Term,
  type WordMatcher,
} from './compile-rules.js';
import { wordInfo } from './word-info.js';
import { TOKEN_KIND, type TokenList } from './types.js';

/** One phrase found in a field, as a token range [first, last] (inclusive). */
export interface Hit {
  readonly trigger: string;
  readonly first: number;
  readonly last: number;
  /** True when a negator stands just before the phrase in the same clause ("no fees"), or in a gap between its words ("accommodation is not provided"). */
  readonly negatedBefore: boolean;
  /** True when a cancelling word follows the phrase in the same clause ("fees covered"). */
  readonly negatedAfter: boolean;
  /** The language whose phrase matched. */
  readonly lang: string;
}

/** How far back a negator may stand ("we will not ask you to pay a fee": 4 tokens). */
const NEGATION_WINDOW = 5;
/** How far after the phrase a cancelling word may stand ("fees are covered"). */
const POST_NEGATION_WINDOW = 3;
/** Fields with more tokens than this (about 100 KB of text) get a cap on tries per phrase. */
const LARGE_FIELD_TOKENS = 20_000;
/** Tries of one phrase in one large field; far above what any real ad needs. */
const MAX_ATTEMPTS_PER_PHRASE = 2000;
const NUM = TOKEN_KIND.num;
const WORD = TOKEN_KIND.word;
const IDEOGRAPH = TOKEN_KIND.ideograph;
const SYMBOL = TOKEN_KIND.symbol;

function wordMatches(word: WordMatcher, tokens: TokenList, j: number): boolean {
  const isNum = tokens.kind[j] === NUM;
  if (word.num) return isNum && tokens.value[j]! >= word.num.min && tokens.value[j]! <= word.num.max;
  const norm = tokens.norm[j]!;
  if (isNum || norm === '') return false;
  return word.exact !== undefined ? norm === word.exact : norm.startsWith(word.prefix!);
}

/**
 * Where a term that starts at token `j` ends (its last token), or −1. Never crosses a sentence.
 * Only numbers and non-empty words, ideographs and symbols can start a term; contacts never do.
 */
function termEnd(term: Term, tokens: TokenList, j: number): number {
  const kind = tokens.kind[j];
  if (kind === NUM) {
    const value = tokens.value[j]!;
    const num = term.num;
    if (num && value >= num.min && value <= num.max) return j;
  } else {
    if (kind !== WORD && kind !== IDEOGRAPH && kind !== SYMBOL) return -1;
    const norm = tokens.norm[j]!;
    if (norm === '') return -1;
    if (norm === term.word) return j;
    const words = term.words;
    if (words !== undefined && words.has(norm)) return j;
    const prefixes = term.prefixes;
    for (let p = 0; p < prefixes.length; p++) if (norm.startsWith(prefixes[p]!)) return j;
  }
  const sequences = term.sequences;
  for (let s = 0; s < sequences.length; s++) {
    const sequence = sequences[s]!;
    const end = j + sequence.length - 1;
    if (end >= tokens.length || tokens.sent[end] !== tokens.sent[j]) continue;
    let ok = true;
    for (let k = 0; k < sequence.length && ok; k++) ok = wordMatches(sequence[k]!, tokens, j + k);
    if (ok) return end;
  }
  return -1;
}

/**
 * Where each term of the last successful match started and ended, so the tokens in its gaps are
 * known ("accommodation is not provided": "is not" stands in a gap). Reused scratch space.
 */
let termStarts = new Int32Array(16);
let termLasts = new Int32Array(16);

function growScratch(): void {
  const starts = new Int32Array(termStarts.length * 2);
  const lasts = new Int32Array(termLasts.length * 2);
  starts.set(termStarts);
  lasts.set(termLasts);
  termStarts = starts;
  termLasts = lasts;
}

/**
 * Tries one phrase from token `i`; returns the index of its last token or −1. Bounded work. The
 * phrase's terms are parsed only as far as the match gets (`termAt`).
 */
function matchFrom(candidate: Candidate, tokens: TokenList, i: number): number {
  const pattern = candidate.pattern;
  const sent = tokens.sent[i];
  termStarts[0] = i;
  let pos = candidate.verify ? termEnd(termAt(pattern, 0)!, tokens, i) : i;
  termLasts[0] = pos;
  for (let k = 1; pos >= 0; k++) {
    const term = k < pattern.terms.length ? pattern.terms[k]! : termAt(pattern, k);
    if (term === undefined) break;
    if (k >= termStarts.length) growScratch();
    const limit = Math.min(tokens.length - 1, pos + 1 + pattern.gaps[k]!);
    let found = -1;
    for (let j = pos + 1; j <= limit && found < 0; j++) {
      if (tokens.sent[j] !== sent) break;
      found = termEnd(term, tokens, j);
      if (found >= 0) {
        termStarts[k] = j;
        termLasts[k] = found;
      }
    }
    pos = found;
  }
  return pos;
}

/** True when a negator stands in one of the gaps of the match just made (between its terms). */
function negatedInside(
  lang: LangNegation,
  tokens: TokenList,
  terms: number,
  first: number,
  last: number,
): boolean {
  if (terms < 2 || last - first < 2) return false;
  let k = 0;
  for (let j = first + 1; j < last; j++) {
    while (k < terms && termLasts[k]! < j) k++;
    if (k < terms && termStarts[k]! <= j) continue;
    if (lang.negators.has(tokens.norm[j]!)) return true;
  }
  return false;
}

function negatedBefore(lang: LangNegation, tokens: TokenList, first: number): boolean {
  const clause = tokens.clause[first];
  for (let j = first - 1; j >= 0 && j >= first - NEGATION_WINDOW; j--) {
    if (tokens.clause[j] !== clause) break;
    if (lang.negators.has(tokens.norm[j]!)) return true;
  }
  return false;
}

function negatedAfter(lang: LangNegation, tokens: TokenList, last: number): boolean {
  const clause = tokens.clause[last];
  for (let j = last + 1; j < tokens.length && j <= last + POST_NEGATION_WINDOW; j++) {
    if (tokens.clause[j] !== clause) break;
    if (lang.postNegators.has(tokens.norm[j]!)) return true;
  }
  return false;
}

/**
 * Finds every phrase in a field's tokens. Each token looks up only the phrases that can start with
 * it, and each phrase tries at most (terms × gap) tokens, so the time is linear in the field length.
 */
export function matchPhrases(rules: CompiledRules, tokens: TokenList): Hit[] {
  const hits: Hit[] = [];
  const n = tokens.length;
  // Only huge inputs need this guard: it bounds the tries of any one phrase, so a text that repeats
  // one word a million times costs no more than a few thousand tries per phrase.
  const attempts = n > LARGE_FIELD_TOKENS ? new Uint32Array(patternIdLimit()) : undefined;
  for (let i = 0; i < n; i++) {
    const kind = tokens.kind[i];
    if (kind === NUM) {
      const exact = rules.byNumberValue.get(tokens.value[i]!);
      if (exact) tryAll(exact, tokens, i, hits, attempts);
      tryAll(rules.byNumberRange, tokens, i, hits, attempts);
      continue;
    }
    if (kind !== WORD && kind !== IDEOGRAPH && kind !== SYMBOL) continue;
    const norm = tokens.norm[i]!;
    if (norm === '') continue;
    const candidates = wordInfo(rules, norm, tokens.hash[i]!).candidates;
    if (candidates.length > 0) tryAll(candidates, tokens, i, hits, attempts);
  }
  return hits;
}

function tryAll(
  candidates: readonly Candidate[],
  tokens: TokenList,
  i: number,
  hits: Hit[],
  attempts: Uint32Array | undefined,
): void {
  for (let c = 0; c < candidates.length; c++) {
    const candidate = candidates[c]!;
    if (attempts && attempts[candidate.pattern.id]!++ >= MAX_ATTEMPTS_PER_PHRASE) continue;
    const last = matchFrom(candidate, tokens, i);
    if (last < 0) continue;
    const pattern = candidate.pattern;
    const lang = pattern.lang;
    hits.push({
      trigger: pattern.trigger,
      first: i,
      last,
      negatedBefore:
        negatedBefore(lang, tokens, i) || negatedInside(lang, tokens, pattern.terms.length, i, last),
      negatedAfter: negatedAfter(lang, tokens, last),
      lang: lang.lang,
    });
  }
}
