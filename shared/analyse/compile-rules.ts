import type { LanguageRules } from '../content/rules/types.js';
import { CURRENCIES } from '../content/rules/money.js';
import { CharClass, charClass } from './char-class.js';
import { MAX_TOKEN_LENGTH, normaliseWord } from './normalise.js';
import { parseNumber } from './parse-number.js';
import { tokenize } from './tokenize.js';
import { TOKEN_KIND } from './types.js';
import type { WordInfo } from './word-info.js';

/**
 * Phrase compilation, built for the first analysis of a page, which runs before the JS engine has
 * optimised anything: each language is compiled on its own (see `rule-engine.ts`, which keeps them)
 * and cheaply. Compiling only reads how each phrase starts and indexes a number for it; a phrase
 * becomes a `Pattern` when a text has a token it can start with, and its parts are parsed one by
 * one as far as matching needs them. Plain words — nearly all of a phrase — are read without the
 * text tokenizer whenever the result is provably the same (lower-case ASCII, letters only, digits
 * only, ideographs only); anything else goes through `tokenize`, so phrases are always cut exactly
 * like the text they are matched against.
 */

/** An inclusive range of numbers. */
export interface NumRange {
  readonly min: number;
  readonly max: number;
}

/** One word of a phrase: an exact normalised word, a prefix, or a number range. */
export interface WordMatcher {
  readonly exact?: string;
  readonly prefix?: string;
  readonly num?: NumRange;
}

/**
 * One position of a phrase: the words, word prefixes or number range it accepts, plus any
 * multi-word alternatives (`on_arrival`, or Chinese words, which are several character tokens).
 * Every term has all five fields (one object shape, so the matcher's property reads stay cheap).
 */
export interface Term {
  /** The exact word accepted when there is exactly one (most terms); `''` otherwise. */
  readonly word: string;
  /** The exact words accepted when there are two or more. */
  readonly words: ReadonlySet<string> | undefined;
  readonly prefixes: readonly string[];
  /** When set, the term accepts a number token in [min, max]. */
  readonly num: NumRange | undefined;
  /** Alternatives of two or more words, matched on consecutive tokens. */
  readonly sequences: readonly (readonly WordMatcher[])[];
}

/** Per-language negation words, as sets. */
export interface LangNegation {
  readonly lang: string;
  readonly negators: ReadonlySet<string>;
  readonly postNegators: ReadonlySet<string>;
}

/**
 * A phrase being compiled. `gaps[k]` is how many tokens may stand between terms k−1 and k. The
 * terms are parsed on demand (`termAt`): while `parts` is set, `terms` holds only the first ones.
 */
export interface Pattern {
  /** Unique among all patterns made in this JS context, 0 … `patternIdLimit()` − 1. */
  readonly id: number;
  readonly trigger: string;
  readonly lang: LangNegation;
  readonly terms: Term[];
  readonly gaps: number[];
  /** The phrase cut at whitespace while some of it is still unparsed, from part `next`. */
  parts: readonly string[] | undefined;
  next: number;
  readonly lists: LanguageRules['lists'];
  /** The source phrase, for error messages and debugging. */
  readonly source: string;
}

/**
 * A phrase to try from a token. `verify` is false when the index already proves the first term
 * matches that one token, true when the first term must still be checked (numbers, multi-word
 * alternatives).
 */
export interface Candidate {
  readonly pattern: Pattern;
  readonly verify: boolean;
}

/** One candidate code, or several in order (most keys have one: no array is made for them). */
export type Codes = number | readonly number[];

/**
 * One language's phrases, indexed by what their first token can be. The index holds candidate
 * codes, not objects (see `candidateOf`): compiling makes no object per phrase.
 */
export interface CompiledLanguage {
  readonly rules: LanguageRules;
  readonly negation: LangNegation;
  /** The keys of `rules.phrases`; a phrase is referred to as trigger index × `REF_STRIDE` + position. */
  readonly triggers: readonly string[];
  readonly phraseCount: number;
  /** Candidate codes by first word: one code, or a list when several phrases start alike. */
  readonly byWord: ReadonlyMap<string, Codes>;
  /** Phrases whose first term is a prefix (`fee*`), by that prefix. */
  readonly byPrefix: ReadonlyMap<string, Codes>;
  /** The first `MIN_PREFIX` code units of every key of `byPrefix`: most words fail this one test. */
  readonly prefixHeads: ReadonlySet<string>;
  /** The longest key of `byPrefix` (0 when there is none). */
  readonly maxPrefix: number;
  /** Phrases starting with one exact number ("7 days a week"), by that number. */
  readonly byNumberValue: ReadonlyMap<number, readonly number[]>;
  /** Phrases starting with a number range (`#num:13-24 hours`). */
  readonly byNumberRange: readonly number[];
  /** Patterns and candidates made so far, by phrase reference and by code. */
  readonly patterns: Map<number, Pattern>;
  readonly candidates: Map<number, Candidate>;
}

/**
 * The phrases of several languages, matched together. Candidates are always listed in the same
 * order: exact-word phrases by language, then prefix phrases by prefix length, then by language.
 */
export interface CompiledRules {
  /** In `AD_RULE_SETS` order. */
  readonly languages: readonly CompiledLanguage[];
  readonly byNumberValue: ReadonlyMap<number, readonly Candidate[]>;
  readonly byNumberRange: readonly Candidate[];
  /** The longest prefix of any language. */
  readonly maxPrefix: number;
  /** How many phrases there are. */
  readonly patternCount: number;
  /** What each word seen so far can start (see `wordInfo`), by word hash; bounded. */
  readonly memo: Map<number, WordInfo>;
}

const MAX_GAP = 8;
const DEFAULT_GAP = 3;
/** Shortest prefix allowed (`fee*`), in UTF-16 code units after normalisation. */
export const MIN_PREFIX = 3;
const WHITESPACE = /\s+/;
const NUM = TOKEN_KIND.num;
const LETTER: number = CharClass.Letter;
const IDEOGRAPH: number = CharClass.Ideograph;

/** Thrown for a phrase that breaks the syntax in `shared/content/rules/types.ts`. */
export class RuleSyntaxError extends Error {
  /** Keeps the name readable in test output. */
  override readonly name = 'RuleSyntaxError';
}

/**
 * Letters that are a word's normal form on their own (lower-case ASCII, and Cyrillic without the
 * letters that decompose: й ё ї ў), and the alternatives operators. (`cold-start.test.ts` checks it.)
 */
export const SELF_NORMAL = 'a-z\\u0430-\\u0438\\u043a-\\u044f\\u0454\\u0456\\u0491';
/** Where a phrase's first word ends, if it is made of such letters and a space follows. */
const WORD_END = new RegExp(`[^${SELF_NORMAL}]`);
/** Where a phrase stops being such letters, `|` and `*`: its first part ends there if a space follows. */
const HEAD_END = new RegExp(`[^${SELF_NORMAL}|*]`);
/** A part that is one plain word whose normal form is itself (at most `MAX_TOKEN_LENGTH` letters). */
const PLAIN_WORD = new RegExp(`^[${SELF_NORMAL}]{1,${MAX_TOKEN_LENGTH}}$`);
/** Alternatives that are each such a word, or such a prefix (`fee*`, 3 letters or more). */
const SIMPLE_ALTERNATIVES = new RegExp(
  `^(?:[${SELF_NORMAL}]{1,${MAX_TOKEN_LENGTH}}|[${SELF_NORMAL}]{${MIN_PREFIX},${MAX_TOKEN_LENGTH}}\\*)` +
    `(?:\\|(?:[${SELF_NORMAL}]{1,${MAX_TOKEN_LENGTH}}|[${SELF_NORMAL}]{${MIN_PREFIX},${MAX_TOKEN_LENGTH}}\\*))*$`,
);
/** Han characters, each its own token (see `char-class.ts`): a phrase may start with a run of them. */
const NOT_HAN = /[^\u4e00-\u9fa5]/;
/** A part using an operator (`|`, `*`, `#`, `@`) rather than being a plain word. */
const OPERATOR = /[|*#@]/;
/** Phrases per trigger that a phrase reference (trigger index × stride + position) can tell apart. */
export const REF_STRIDE = 4096;
const SPACE = 32;
const ANY_NUMBER: NumRange = { min: -Infinity, max: Infinity };
const NO_PREFIXES: readonly string[] = [];
const NO_SEQUENCES: readonly (readonly WordMatcher[])[] = [];
let currencyWords: readonly string[] | undefined;
/** Parsed alternatives (`a|b*`, `@list`, `#cur`) by part, per language's lists; terms are immutable. */
const alternativesMemo = new WeakMap<LanguageRules['lists'], Map<string, Term>>();
let nextPatternId = 0;
let parsedPhrases = 0;

/** One more than the largest pattern id handed out so far (for arrays indexed by pattern id). */
export function patternIdLimit(): number {
  return nextPatternId;
}

/** How many phrases have been parsed completely in this JS context (for tests of laziness). */
export function parsedPhraseCount(): number {
  return parsedPhrases;
}

function wordTerm(word: string): Term {
  return { word, words: undefined, prefixes: NO_PREFIXES, num: undefined, sequences: NO_SEQUENCES };
}

function numberTerm(num: NumRange): Term {
  return { word: '', words: undefined, prefixes: NO_PREFIXES, num, sequences: NO_SEQUENCES };
}

function makeTerm(exact: readonly string[], prefixes: readonly string[], sequences: WordMatcher[][]): Term {
  return {
    word: exact.length === 1 ? exact[0]! : '',
    words: exact.length > 1 ? new Set(exact) : undefined,
    prefixes: prefixes.length > 0 ? prefixes : NO_PREFIXES,
    num: undefined,
    sequences: sequences.length > 0 ? sequences : NO_SEQUENCES,
  };
}

const SHAPE_OTHER = 0;
const SHAPE_LETTERS = 1;
const SHAPE_DIGITS = 2;
const SHAPE_IDEOGRAPHS = 3;

/**
 * Which fast path cuts a plain phrase word exactly as `tokenize` would: letters only (one word token),
 * ASCII digits only (one number token), or BMP ideographs only (one token each). Anything else, or
 * anything too long to be normalised, is `SHAPE_OTHER` and goes through the tokenizer.
 */
function shapeOf(word: string): number {
  const n = word.length;
  if (n === 0 || n > MAX_TOKEN_LENGTH) return SHAPE_OTHER;
  const c0 = word.charCodeAt(0);
  const shape =
    c0 >= 48 && c0 <= 57
      ? SHAPE_DIGITS
      : charClass(c0) === LETTER
        ? SHAPE_LETTERS
        : charClass(c0) === IDEOGRAPH
          ? SHAPE_IDEOGRAPHS
          : SHAPE_OTHER;
  for (let i = 1; i < n && shape !== SHAPE_OTHER; i++) {
    const c = word.charCodeAt(i);
    const same =
      shape === SHAPE_DIGITS
        ? c >= 48 && c <= 57
        : charClass(c) === (shape === SHAPE_LETTERS ? LETTER : IDEOGRAPH);
    if (!same) return SHAPE_OTHER;
  }
  return shape;
}

/**
 * Cuts a plain phrase word (no operators) into word matchers, exactly as the text would be cut. A word
 * with no token at all (punctuation) is an error in an alternative, and adds nothing as a whole part.
 */
function cutWord(word: string, phrase: string, out: WordMatcher[], allowEmpty = false): void {
  const shape = shapeOf(word);
  if (shape === SHAPE_LETTERS) {
    out.push({ exact: normaliseWord(word) });
  } else if (shape === SHAPE_DIGITS) {
    const value = parseNumber(word);
    out.push({ num: { min: value, max: value } });
  } else if (shape === SHAPE_IDEOGRAPHS) {
    for (let i = 0; i < word.length; i++) out.push({ exact: word.charAt(i) });
  } else {
    const { tokens } = tokenize(word);
    if (tokens.length === 0 && !allowEmpty) throw new RuleSyntaxError(`empty word in "${phrase}"`);
    for (let t = 0; t < tokens.length; t++) {
      const value = tokens.value[t]!;
      out.push(tokens.kind[t] === NUM ? { num: { min: value, max: value } } : { exact: tokens.norm[t]! });
    }
  }
}

function prefixOf(segment: string, phrase: string): string {
  const prefix = normaliseWord(segment.slice(0, -1));
  if (prefix.length < MIN_PREFIX) throw new RuleSyntaxError(`prefix too short in "${phrase}"`);
  return prefix;
}

/** Reads one alternative (`fee`, `fee*`, `on_arrival`, `护照`) as a sequence of word matchers. */
function parseWords(alt: string, phrase: string): WordMatcher[] {
  const words: WordMatcher[] = [];
  for (const segment of alt.split('_')) {
    if (segment.endsWith('*')) words.push({ prefix: prefixOf(segment, phrase) });
    else cutWord(segment, phrase, words);
  }
  return words;
}

/** Adds one alternative to the exact words, prefixes or sequences of the term being built. */
function addAlternative(
  alt: string,
  phrase: string,
  exact: string[],
  prefixes: string[],
  sequences: WordMatcher[][],
): void {
  if (!alt.includes('_')) {
    if (alt.endsWith('*')) {
      prefixes.push(prefixOf(alt, phrase));
      return;
    }
    if (PLAIN_WORD.test(alt)) {
      exact.push(alt);
      return;
    }
  }
  const matchers = parseWords(alt, phrase);
  const only = matchers[0]!;
  if (matchers.length > 1) sequences.push(matchers);
  else if (only.prefix !== undefined) prefixes.push(only.prefix);
  else if (only.exact !== undefined) exact.push(only.exact);
  else sequences.push(matchers);
}

function parseRange(alt: string, phrase: string): NumRange {
  const [min, max] = alt.slice(5).split('-').map(Number);
  if (min === undefined || max === undefined || Number.isNaN(min) || Number.isNaN(max)) {
    throw new RuleSyntaxError(`bad number range in "${phrase}"`);
  }
  return { min, max };
}

function parseAlternatives(part: string, lists: LanguageRules['lists'], phrase: string): Term {
  const exact: string[] = [];
  const prefixes: string[] = [];
  const sequences: WordMatcher[][] = [];
  for (const alt of part.split('|')) {
    if (alt === '#num') return numberTerm(ANY_NUMBER);
    if (alt.startsWith('#num:')) return numberTerm(parseRange(alt, phrase));
    if (alt === '#cur') {
      currencyWords ??= Object.keys(CURRENCIES);
      for (const word of currencyWords) exact.push(word);
      continue;
    }
    if (alt.startsWith('@')) {
      const words = lists[alt.slice(1)];
      if (!words) throw new RuleSyntaxError(`unknown list ${alt} in "${phrase}"`);
      for (const word of words) addAlternative(word, phrase, exact, prefixes, sequences);
    } else {
      addAlternative(alt, phrase, exact, prefixes, sequences);
    }
  }
  return makeTerm(exact, prefixes, sequences);
}

/**
 * Parses parts `from` … of a phrase into `terms` and `gaps` until at least one term is added (or the
 * parts run out), and returns the index of the first part not read. The first term's gap is 0.
 */
function parseNext(
  parts: readonly string[],
  from: number,
  lists: LanguageRules['lists'],
  phrase: string,
  terms: Term[],
  gaps: number[],
): number {
  const before = terms.length;
  let pendingGap = 0;
  let p = from;
  while (p < parts.length && terms.length === before) {
    const part = parts[p++]!;
    if (part.startsWith('..')) {
      const n = part === '..' ? DEFAULT_GAP : Number(part.slice(2));
      if (!Number.isInteger(n) || n < 1 || n > MAX_GAP) throw new RuleSyntaxError(`bad gap in "${phrase}"`);
      pendingGap = n;
      continue;
    }
    if (PLAIN_WORD.test(part)) {
      terms.push(wordTerm(part));
      gaps.push(pendingGap);
    } else if (OPERATOR.test(part)) {
      // The same alternatives recur across phrases ("fee|fees", "#cur", "@nat"): parse each once.
      let memo = alternativesMemo.get(lists);
      if (!memo) alternativesMemo.set(lists, (memo = new Map()));
      let term = memo.get(part);
      if (!term) memo.set(part, (term = parseAlternatives(part, lists, phrase)));
      terms.push(term);
      gaps.push(pendingGap);
    } else {
      // A plain word may be several tokens ("live-in", "24/7", "包吃包住"): cut it like the text.
      const words: WordMatcher[] = [];
      cutWord(part, phrase, words, true);
      for (let t = 0; t < words.length; t++) {
        const word = words[t]!;
        terms.push(word.num ? numberTerm(word.num) : wordTerm(word.exact!));
        gaps.push(t === 0 ? pendingGap : 0);
      }
    }
    pendingGap = 0;
  }
  if (before === 0 && gaps.length > 0) gaps[0] = 0;
  return p;
}

/** Parses one phrase into terms and gaps. */
export function parsePhrase(
  phrase: string,
  lists: LanguageRules['lists'],
): { terms: Term[]; gaps: number[] } {
  const terms: Term[] = [];
  const gaps: number[] = [];
  const parts = phrase.trim().split(WHITESPACE);
  for (let p = 0; p < parts.length;) p = parseNext(parts, p, lists, phrase, terms, gaps);
  if (terms.length === 0) throw new RuleSyntaxError(`empty phrase "${phrase}"`);
  return { terms, gaps };
}

/**
 * Term `k` of a pattern, parsing the phrase as far as needed; undefined when the phrase has no more
 * terms (it is then completely parsed). Throws `RuleSyntaxError` on bad data.
 */
export function termAt(pattern: Pattern, k: number): Term | undefined {
  const { terms } = pattern;
  while (k >= terms.length && pattern.parts !== undefined) {
    const parts = pattern.parts;
    pattern.next = parseNext(parts, pattern.next, pattern.lists, pattern.source, terms, pattern.gaps);
    if (pattern.next >= parts.length) {
      pattern.parts = undefined;
      parsedPhrases++;
      if (terms.length === 0) throw new RuleSyntaxError(`empty phrase "${pattern.source}"`);
    }
  }
  return terms[k];
}

/** Parses the rest of a pattern (for checks and tests; matching parses only what it needs). */
export function completePattern(pattern: Pattern): void {
  termAt(pattern, Infinity);
}

/** The pattern of a phrase reference (trigger index × `REF_STRIDE` + position), made on first use. */
export function patternOf(language: CompiledLanguage, ref: number): Pattern {
  let pattern = language.patterns.get(ref);
  if (!pattern) {
    const trigger = language.triggers[Math.floor(ref / REF_STRIDE)]!;
    const source = language.rules.phrases[trigger]![ref % REF_STRIDE]!;
    pattern = {
      id: nextPatternId++,
      trigger,
      lang: language.negation,
      terms: [],
      gaps: [],
      parts: source.trim().split(WHITESPACE),
      next: 0,
      lists: language.rules.lists,
      source,
    };
    language.patterns.set(ref, pattern);
  }
  return pattern;
}

/** The candidate of a code (phrase reference × 2, + 1 when the first term must be verified). */
export function candidateOf(language: CompiledLanguage, code: number): Candidate {
  let candidate = language.candidates.get(code);
  if (!candidate) {
    candidate = { pattern: patternOf(language, code >> 1), verify: (code & 1) === 1 };
    language.candidates.set(code, candidate);
  }
  return candidate;
}

/** The candidates of some codes, appended to `to` (a new array when `to` is empty). */
export function appendCandidates(
  to: readonly Candidate[],
  language: CompiledLanguage,
  codes: Codes,
): readonly Candidate[] {
  const out = to.length === 0 ? [] : (to as Candidate[]);
  if (typeof codes === 'number') out.push(candidateOf(language, codes));
  else for (let c = 0; c < codes.length; c++) out.push(candidateOf(language, codes[c]!));
  return out;
}

function add(map: Map<string, Codes>, key: string, code: number): void {
  const known = map.get(key);
  // A phrase's entries are added one after another, so a repeat can only be the last entry.
  if (known === undefined) map.set(key, code);
  else if (typeof known === 'number') {
    if (known >> 1 !== code >> 1) map.set(key, [known, code]);
  } else if (known[known.length - 1]! >> 1 !== code >> 1) (known as number[]).push(code);
}

/**
 * Compiles one language: indexes every phrase by its first term, reading no more of it than that.
 * With `complete`, also parses every phrase (which checks all of the syntax). Throws
 * `RuleSyntaxError` on bad data.
 */
export function compileLanguage(rules: LanguageRules, complete = false): CompiledLanguage {
  const byWord = new Map<string, Codes>();
  const byPrefix = new Map<string, Codes>();
  const prefixHeads = new Set<string>();
  let maxPrefix = 0;
  const byNumberValue = new Map<number, number[]>();
  const byNumberRange: number[] = [];
  const addPrefix = (prefix: string, code: number): void => {
    add(byPrefix, prefix, code);
    prefixHeads.add(prefix.slice(0, MIN_PREFIX));
    if (prefix.length > maxPrefix) maxPrefix = prefix.length;
  };
  const addNumber = (range: NumRange, code: number): void => {
    if (range.min !== range.max) byNumberRange.push(code);
    else {
      const list = byNumberValue.get(range.min);
      if (list) list.push(code);
      else byNumberValue.set(range.min, [code]);
    }
  };
  const { lists, phrases } = rules;
  const triggers = Object.keys(phrases);
  let phraseCount = 0;
  for (let t = 0; t < triggers.length; t++) {
    const sources = phrases[triggers[t]!]!;
    if (sources.length > REF_STRIDE)
      throw new RuleSyntaxError(`more than ${REF_STRIDE} phrases for one sign`);
    phraseCount += sources.length;
    for (let k = 0; k < sources.length; k++) {
      const source = sources[k]!;
      const ref = t * REF_STRIDE + k;
      const direct = ref * 2;
      const checked = direct + 1;
      // Most phrases start with plain words or prefixes ("fee …", "fee*|charge …", "报名费 …"):
      // index them from the source alone.
      const wordEnd = source.search(WORD_END);
      if (wordEnd > 0 && wordEnd <= MAX_TOKEN_LENGTH && source.charCodeAt(wordEnd) === SPACE) {
        add(byWord, source.slice(0, wordEnd), direct);
        continue;
      }
      if (wordEnd < 0 && source.length <= MAX_TOKEN_LENGTH) {
        add(byWord, source, direct);
        continue;
      }
      const end = wordEnd === 0 ? 0 : source.search(HEAD_END);
      if (end !== 0) {
        if (end < 0 || source.charCodeAt(end) === SPACE) {
          const head = end < 0 ? source : source.slice(0, end);
          if (SIMPLE_ALTERNATIVES.test(head)) {
            for (const alt of head.split('|')) {
              if (alt.endsWith('*')) addPrefix(alt.slice(0, -1), direct);
              else add(byWord, alt, direct);
            }
            continue;
          }
        }
      } else {
        const han = source.search(NOT_HAN);
        if (han !== 0 && (han < 0 || source.charCodeAt(han) === SPACE)) {
          add(byWord, source.charAt(0), direct);
          continue;
        }
      }
      const first = headTerm(source, lists);
      if (first.num) addNumber(first.num, checked);
      if (first.word !== '') add(byWord, first.word, direct);
      else if (first.words) for (const word of first.words) add(byWord, word, direct);
      for (const prefix of first.prefixes) addPrefix(prefix, direct);
      for (const [head] of first.sequences) {
        if (head!.num) addNumber(head!.num, checked);
        else if (head!.prefix !== undefined) addPrefix(head!.prefix, checked);
        else add(byWord, head!.exact!, checked);
      }
    }
  }
  const language: CompiledLanguage = {
    rules,
    negation: {
      lang: rules.lang,
      negators: new Set(rules.negators.map(normaliseWord)),
      postNegators: new Set(rules.postNegators.map(normaliseWord)),
    },
    triggers,
    phraseCount,
    byWord,
    byPrefix,
    prefixHeads,
    maxPrefix,
    byNumberValue,
    byNumberRange,
    patterns: new Map(),
    candidates: new Map(),
  };
  if (complete) {
    for (let t = 0; t < triggers.length; t++) {
      const count = phrases[triggers[t]!]!.length;
      for (let k = 0; k < count; k++) completePattern(patternOf(language, t * REF_STRIDE + k));
    }
  }
  return language;
}

/** The first term of a phrase, parsing no further than the part that gives it. */
function headTerm(source: string, lists: LanguageRules['lists']): Term {
  const terms: Term[] = [];
  parseNext(source.trim().split(WHITESPACE), 0, lists, source, terms, []);
  if (terms.length === 0) throw new RuleSyntaxError(`empty phrase "${source}"`);
  return terms[0]!;
}

/** The phrases of several compiled languages (in `AD_RULE_SETS` order), matched together. */
export function combineLanguages(languages: readonly CompiledLanguage[]): CompiledRules {
  const byNumberValue = new Map<number, readonly Candidate[]>();
  let byNumberRange: readonly Candidate[] = [];
  let maxPrefix = 0;
  let patternCount = 0;
  for (const language of languages) {
    for (const [value, codes] of language.byNumberValue) {
      byNumberValue.set(value, appendCandidates(byNumberValue.get(value) ?? [], language, codes));
    }
    byNumberRange = appendCandidates(byNumberRange, language, language.byNumberRange);
    maxPrefix = Math.max(maxPrefix, language.maxPrefix);
    patternCount += language.phraseCount;
  }
  return { languages, byNumberValue, byNumberRange, maxPrefix, patternCount, memo: new Map() };
}

/**
 * Compiles every phrase of these languages completely, checking all of their syntax, and combines
 * them. Throws `RuleSyntaxError` on bad data. (The analyser itself compiles lazily: `rulesFor`.)
 */
export function compileRules(ruleSets: readonly LanguageRules[]): CompiledRules {
  return combineLanguages(ruleSets.map((rules) => compileLanguage(rules, true)));
}
