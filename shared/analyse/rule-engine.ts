import { AD_RULE_SETS } from '../content/rules/rule-sets';
import type { LanguageRules } from '../content/rules/types';
import { CharClass, charClass } from './char-class';
import {
  combineLanguages,
  compileLanguage,
  type CompiledLanguage,
  type CompiledRules,
  type Term,
} from './compile-rules';
import type { TokenList } from './types';

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

/** Bit of each `unless` word, above the script bits; and each bound language's mask. */
let unlessBits: Map<string, number> | undefined;
let boundMasks: Map<string, number> | undefined;

function bindingBits(): { words: Map<string, number>; masks: Map<string, number> } {
  if (!unlessBits || !boundMasks) {
    const words = new Map<string, number>();
    const masks = new Map<string, number>();
    for (const [lang, binding] of Object.entries(SCRIPT_BOUND)) {
      let mask = binding.script;
      for (const word of binding.unless) {
        // Past 27 words they share the last bit: that only compiles a language more often.
        if (!words.has(word)) words.set(word, 4 << Math.min(words.size, 27));
        mask |= words.get(word)!;
      }
      masks.set(lang, mask);
    }
    unlessBits = words;
    boundMasks = masks;
  }
  return { words: unlessBits, masks: boundMasks };
}

const CYRILLIC_FIRST = 0x400;
const CYRILLIC_LAST = 0x52f;
const IDEOGRAPH: number = CharClass.Ideograph;
const SURROGATE: number = CharClass.Surrogate;
const BOTH_SCRIPTS = SCRIPT.cyrillic | SCRIPT.han;
/** Any character `scriptsOf` can give a bit to (it ignores everything below U+0400). */
const MAY_HAVE_SCRIPT = /[^\n\u0020-\u03ff]/;

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
 * (`scriptsOf` on each) and which `unless` words occur. Contacts and numbers are looked at too, which
 * can only add bits (compile a language more), never hide one. Most fields have no character from
 * U+0400 up, which one regular-expression scan of the joined tokens settles.
 */
export function tokenScripts(tokens: TokenList): number {
  const { words } = bindingBits();
  const joined = `\n${tokens.norm.join('\n')}\n`;
  let bits = 0;
  for (const [word, bit] of words) if (joined.includes(`\n${word}\n`)) bits |= bit;
  if (!MAY_HAVE_SCRIPT.test(joined)) return bits;
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
