import { AD_RULE_SETS } from '../content/rules/rule-sets.js';
import type { LanguageRules } from '../content/rules/types.js';
import { CharClass, charClass } from './char-class.js';
import {
  combineLanguages,
  compileLanguage,
  type CompiledLanguage,
  type CompiledRules,
  type Term,
} from './compile-rules.js';
import type { TokenList } from './types.js';

/**
 * Phrase sets to match for an ad's language: English and the language-neutral set always (ads mix
 * in English), plus the language itself and those easily confused with it. Unknown → everything.
 */
const LANGUAGE_GROUPS: Readonly<Record<string, readonly string[]>> = {
  en: [],
  pl: ['pl'],
  ro: ['ro'],
  lt: ['lt'],
  es: ['es', 'pt'],
  pt: ['es', 'pt'],
  bg: ['bg', 'uk', 'ru'],
  uk: ['bg', 'uk', 'ru'],
  ru: ['bg', 'uk', 'ru'],
  vi: ['vi'],
  zh: ['zh'],
  ja: ['zh'],
};
const ALWAYS: readonly string[] = ['mul', 'en'];

/** Script bits (see `scriptsOf`). */
export const SCRIPT = { cyrillic: 1, han: 2 } as const;
/** Every bit set: what to assume when the ad's text is not known. */
export const ALL_SCRIPTS = -1;

/** A language that cannot match an ad without a token in its script, or one of a few other words. */
export interface ScriptBinding {
  readonly script: number;
  /** Whole words (normalised) outside the script that some of the language's phrases need instead. */
  readonly unless: readonly string[];
}

/**
 * Languages each of whose phrases has a term that only tokens in the language's script (or equal to
 * one of its `unless` words) can match — checked for every phrase by
 * `tests/unit/analyse/cold-start.test.ts`. An ad with no such token skips them, with exactly the same
 * results, and they are not even compiled.
 */
export const SCRIPT_BOUND: Readonly<Record<string, ScriptBinding>> = {
  bg: { script: SCRIPT.cyrillic, unless: [] },
  uk: { script: SCRIPT.cyrillic, unless: ['cvv'] },
  ru: { script: SCRIPT.cyrillic, unless: ['cvv'] },
  zh: { script: SCRIPT.han, unless: ['ktv'] },
};

interface Bindings {
  /** The bit of each `unless` word, above the script bits. */
  readonly words: ReadonlyMap<string, number>;
  /** The shortest and longest `unless` word: other tokens need no lookup. */
  readonly shortest: number;
  readonly longest: number;
  /** Each bound language's bits: its script's and its `unless` words'. */
  readonly masks: ReadonlyMap<string, number>;
}

let bindings: Bindings | undefined;

function bindingBits(): Bindings {
  if (bindings) return bindings;
  const words = new Map<string, number>();
  const masks = new Map<string, number>();
  let shortest = Infinity;
  let longest = 0;
  for (const [lang, binding] of Object.entries(SCRIPT_BOUND)) {
    let mask = binding.script;
    for (const word of binding.unless) {
      // Past 27 words they share the last bit: that only compiles a language more often.
      if (!words.has(word)) words.set(word, 4 << Math.min(words.size, 27));
      mask |= words.get(word)!;
      shortest = Math.min(shortest, word.length);
      longest = Math.max(longest, word.length);
    }
    masks.set(lang, mask);
  }
  bindings = { words, shortest, longest, masks };
  return bindings;
}

const CYRILLIC_FIRST = 0x400;
const CYRILLIC_LAST = 0x52f;
const IDEOGRAPH: number = CharClass.Ideograph;
const SURROGATE: number = CharClass.Surrogate;
const BOTH_SCRIPTS = SCRIPT.cyrillic | SCRIPT.han;
/**
 * Characters that may give `scriptsOf` a bit, as they are or once normalised: Cyrillic, the CJK
 * blocks, compatibility ideographs, half- and full-width forms, surrogates. A generous superset, so
 * that ordinary text with typographic quotes, dashes or currency signs skips the per-token look
 * (`cold-start.test.ts` checks that no other code unit can give a bit).
 */
export const SCRIPT_SOURCES = /[\u0400-\u052f\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\ud800-\udfff]/;

/**
 * The script bits of the characters of a string: `SCRIPT.cyrillic` for U+0400–U+052F, `SCRIPT.han`
 * for Han and kana (or any surrogate, to be safe). Used the same way on phrase words and on tokens.
 */
export function scriptsOf(word: string): number {
  let bits = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < CYRILLIC_FIRST) continue;
    if (c <= CYRILLIC_LAST) bits |= SCRIPT.cyrillic;
    else {
      const cls = charClass(c);
      if (cls === IDEOGRAPH || cls === SURROGATE) bits |= SCRIPT.han;
    }
  }
  return bits;
}

/**
 * What a field offers the script-bound languages, as bits for `rulesFor`: the scripts of its tokens
 * (`scriptsOf` on each normal form) and which `unless` words occur. A field whose text has none of
 * the `SCRIPT_SOURCES` characters is settled without looking at its tokens' letters.
 */
export function fieldScripts(text: string, tokens: TokenList): number {
  const { words, shortest, longest } = bindingBits();
  let bits = 0;
  for (let i = 0; i < tokens.length; i++) {
    const norm = tokens.norm[i]!;
    if (norm.length >= shortest && norm.length <= longest) bits |= words.get(norm) ?? 0;
  }
  if (!SCRIPT_SOURCES.test(text)) return bits;
  for (let i = 0; i < tokens.length && (bits & BOTH_SCRIPTS) !== BOTH_SCRIPTS; i++) {
    bits |= scriptsOf(tokens.norm[i]!);
  }
  return bits;
}

/**
 * True when a phrase (its terms) can only match where `binding` says: some term accepts only words
 * with a letter of the script or equal to an `unless` word, prefixes with a letter of the script,
 * and sequences with such a word or prefix. No number.
 */
export function phraseNeedsBinding(terms: readonly Term[], binding: ScriptBinding): boolean {
  const wordOk = (word: string): boolean =>
    (scriptsOf(word) & binding.script) !== 0 || binding.unless.includes(word);
  const prefixOk = (prefix: string): boolean => (scriptsOf(prefix) & binding.script) !== 0;
  return terms.some((term) => {
    const words = term.word !== '' ? [term.word] : [...(term.words ?? [])];
    return (
      term.num === undefined &&
      words.length + term.prefixes.length + term.sequences.length > 0 &&
      words.every(wordOk) &&
      term.prefixes.every(prefixOk) &&
      term.sequences.every((sequence) =>
        sequence.some(
          (m) => (m.exact !== undefined && wordOk(m.exact)) || (m.prefix !== undefined && prefixOk(m.prefix)),
        ),
      )
    );
  });
}

const languages = new Map<string, CompiledLanguage>();
const views = new Map<string, CompiledRules>();

function compiledLanguage(set: LanguageRules): CompiledLanguage {
  let language = languages.get(set.lang);
  if (!language) {
    language = compileLanguage(set);
    languages.set(set.lang, language);
  }
  return language;
}

/** The languages compiled so far in this JS context, in the order they were compiled. */
export function compiledLanguages(): readonly string[] {
  return [...languages.keys()];
}

/**
 * The compiled phrases for ads in these languages (`*` or an unsupported code: every language),
 * leaving out the languages bound to a script not among `scripts`. Each language is compiled on
 * first use and kept (never on import), and so is each combination.
 */
export function rulesFor(langs: readonly string[], scripts: number = ALL_SCRIPTS): CompiledRules {
  const wanted = new Set<string>(ALWAYS);
  let all = false;
  for (const lang of langs) {
    const group = LANGUAGE_GROUPS[lang];
    if (group) for (const member of group) wanted.add(member);
    else all = true;
  }
  const { masks } = bindingBits();
  const chosen: LanguageRules[] = [];
  for (const set of AD_RULE_SETS) {
    const bound = masks.get(set.lang);
    if ((all || wanted.has(set.lang)) && (bound === undefined || (bound & scripts) !== 0)) chosen.push(set);
  }
  const key = chosen.map((set) => set.lang).join(',');
  let rules = views.get(key);
  if (!rules) {
    rules = combineLanguages(chosen.map(compiledLanguage));
    views.set(key, rules);
  }
  return rules;
}
