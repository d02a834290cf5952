import { describe, expect, it } from 'vitest';
import { analyseAd } from '../../../shared/analyse/analyse-ad';
import { CharClass, charClass } from '../../../shared/analyse/char-class';
import {
  REF_STRIDE,
  SELF_NORMAL,
  compileLanguage,
  completePattern,
  parsedPhraseCount,
  patternOf,
  type CompiledLanguage,
  type Term,
} from '../../../shared/analyse/compile-rules';
import { matchPhrases } from '../../../shared/analyse/match';
import { bigramHash, featureNameHash, unigramHash } from '../../../shared/analyse/model-features';
import { COMMON_TEXT, MAX_TOKEN_LENGTH, normaliseWord } from '../../../shared/analyse/normalise';
import {
  SCRIPT_BOUND,
  SCRIPT_SOURCES,
  compiledLanguages,
  phraseNeedsBinding,
  rulesFor,
  fieldScripts,
  scriptsOf,
} from '../../../shared/analyse/rule-engine';
import { tokenize } from '../../../shared/analyse/tokenize';
import { TOKEN_KIND } from '../../../shared/analyse/types';
import { wordHash } from '../../../shared/analyse/word-hash';
import modelFile from '../../../shared/content/rules/ad-model.json';
import { CURRENCIES } from '../../../shared/content/rules/money';
import { AD_RULE_SETS } from '../../../shared/content/rules/rule-sets';
import type { LanguageRules } from '../../../shared/content/rules/types';

/**
 * The analyser's first call on a page must be cheap: nothing is compiled on import, only the phrase
 * sets an ad can match are compiled, and phrases are parsed only as far as matching needs. These
 * tests guard that (through counters, not timings) and check that every shortcut taken for it gives
 * exactly what the general path gives.
 */

const LONG_ENGLISH =
  'Acme Logistics is hiring warehouse operatives for our Leeds distribution centre. You will pick and ' +
  'pack orders, load vehicles and keep the work area safe and tidy at all times. Day and night shifts ' +
  'are available, with overtime paid at time and a half. We offer a competitive hourly rate, paid weekly ' +
  'into your bank account, with payslips, holiday pay and a pension. No experience is needed: full ' +
  'training is given on your first week. You must be able to lift up to 20 kg and work as part of a ' +
  'team. Accommodation can be arranged near the site; the cost is agreed in writing before you start. ' +
  'Apply with your CV through our website.';

const SHORT_ENGLISH =
  'Warehouse workers needed in the UK. Free accommodation and flights. Pay a small registration fee ' +
  'before departure. Contact us on WhatsApp only.';

function totalPhrases(langs: readonly string[]): number {
  let count = 0;
  for (const set of AD_RULE_SETS) {
    if (langs.includes(set.lang)) for (const phrases of Object.values(set.phrases)) count += phrases.length;
  }
  return count;
}

describe('cold start: lazy compilation', () => {
  // Runs first: the module state is fresh in each test file.
  it('compiles nothing when the analyser is imported', () => {
    expect(compiledLanguages()).toEqual([]);
    expect(parsedPhraseCount()).toBe(0);
  });

  it('compiles only English and the common set for a long English ad, and parses few phrases', () => {
    expect(LONG_ENGLISH.length).toBeGreaterThanOrEqual(600);
    analyseAd({ text: LONG_ENGLISH });
    expect(compiledLanguages()).toEqual(['mul', 'en']);
    expect(parsedPhraseCount()).toBeLessThan(totalPhrases(['mul', 'en']) / 4);
  });

  it('compiles the Latin-script languages for a short English ad, but none bound to another script', () => {
    analyseAd({ text: SHORT_ENGLISH });
    expect(compiledLanguages()).toEqual(['mul', 'en', 'pl', 'ro', 'es', 'pt', 'lt', 'vi']);
  });

  it('compiles a script-bound language only when the ad offers what its phrases need', () => {
    analyseAd({ text: 'Nous cherchons des serveurs. Envoyez le code cvv de votre carte.' });
    expect(compiledLanguages()).toEqual(['mul', 'en', 'pl', 'ro', 'es', 'pt', 'lt', 'vi', 'uk', 'ru']);
    analyseAd({ text: 'Работа в Польше, без опыта, оплата за оформление документов.' });
    expect(compiledLanguages()).toContain('bg');
    expect(compiledLanguages()).not.toContain('zh');
    analyseAd({ text: '高薪招聘，包吃包住，先交报名费。' });
    expect(compiledLanguages()).toContain('zh');
  });
});

describe('cold start: script-bound languages are skipped without changing any result', () => {
  it('binds only languages each of whose phrases needs its script (or one of its `unless` words)', () => {
    for (const [lang, binding] of Object.entries(SCRIPT_BOUND)) {
      const set = AD_RULE_SETS.find((rules) => rules.lang === lang);
      expect(set, lang).toBeDefined();
      const language = compileLanguage(set!, true);
      const free = [...language.patterns.values()].filter((p) => !phraseNeedsBinding(p.terms, binding));
      expect(
        free.map((p) => p.source),
        `${lang}: add the script or the word to SCRIPT_BOUND, or unbind the language`,
      ).toEqual([]);
    }
  });

  it('gets no script bit from any character outside SCRIPT_SOURCES, as it is or normalised', () => {
    const gained: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const ch = String.fromCharCode(code);
      if (SCRIPT_SOURCES.test(ch)) continue;
      const lower = ch.toLowerCase();
      for (const form of [ch, lower, lower.normalize('NFD'), normaliseWord(ch)]) {
        if (scriptsOf(form) !== 0) gained.push(code.toString(16));
      }
    }
    expect(gained).toEqual([]);
  });

  it('finds the same phrases with and without the script filter', () => {
    const texts = [
      SHORT_ENGLISH,
      'Send your CVV and card number. Работа без договора.',
      'Opłata rekrutacyjna 300 zł. Taxa de inscrição. KTV hostess, 高薪.',
      'No fee, never pay for a job. Paszport zostaje u pracodawcy.',
    ];
    for (const text of texts) {
      const { tokens } = tokenize(text);
      const all = matchPhrases(rulesFor(['*']), tokens);
      expect(matchPhrases(rulesFor(['*'], fieldScripts(text, tokens)), tokens), text).toEqual(all);
    }
  });
});

/** A term in a form independent of how it is stored (`word`/`words`), for comparisons. */
function canonical(term: Term): unknown {
  const exact = term.word !== '' ? [term.word] : [...(term.words ?? [])];
  return {
    exact: [...new Set(exact)].sort(),
    prefixes: [...term.prefixes],
    num: term.num ?? null,
    sequences: term.sequences.map((s) => s.map((m) => ({ ...m }))),
  };
}

/**
 * The phrase parser as it was before the cold-start work: every plain word cut by the text tokenizer.
 * Kept here as the reference the fast paths must agree with.
 */
function referenceParse(phrase: string, lists: LanguageRules['lists']): { terms: unknown[]; gaps: number[] } {
  type Matcher = { exact?: string; prefix?: string; num?: { min: number; max: number } };
  const cut = (word: string): Matcher[] => {
    const { tokens } = tokenize(word);
    const out: Matcher[] = [];
    for (let t = 0; t < tokens.length; t++) {
      const value = tokens.value[t]!;
      out.push(
        tokens.kind[t] === TOKEN_KIND.num ? { num: { min: value, max: value } } : { exact: tokens.norm[t]! },
      );
    }
    return out;
  };
  const term = (
    exact: string[],
    prefixes: string[],
    sequences: Matcher[][],
    num?: Matcher['num'],
  ): unknown => ({
    exact: [...new Set(exact)].sort(),
    prefixes,
    num: num ?? null,
    sequences,
  });
  const alternatives = (part: string): unknown => {
    const exact: string[] = [];
    const prefixes: string[] = [];
    const sequences: Matcher[][] = [];
    for (const alt of part.split('|')) {
      if (alt === '#num') return term([], [], [], { min: -Infinity, max: Infinity });
      if (alt.startsWith('#num:')) {
        const [min, max] = alt.slice(5).split('-').map(Number);
        return term([], [], [], { min: min!, max: max! });
      }
      if (alt === '#cur') {
        exact.push(...Object.keys(CURRENCIES));
        continue;
      }
      for (const word of alt.startsWith('@') ? lists[alt.slice(1)]! : [alt]) {
        const matchers: Matcher[] = [];
        for (const segment of word.split('_')) {
          if (segment.endsWith('*')) matchers.push({ prefix: normaliseWord(segment.slice(0, -1)) });
          else matchers.push(...cut(segment));
        }
        const only = matchers[0]!;
        if (matchers.length > 1) sequences.push(matchers);
        else if (only.prefix !== undefined) prefixes.push(only.prefix);
        else if (only.exact !== undefined) exact.push(only.exact);
        else sequences.push(matchers);
      }
    }
    return term(exact, prefixes, sequences);
  };
  const terms: unknown[] = [];
  const gaps: number[] = [];
  let pendingGap = 0;
  for (const part of phrase.trim().split(/\s+/)) {
    if (part.startsWith('..')) {
      pendingGap = part === '..' ? 3 : Number(part.slice(2));
      continue;
    }
    if (/[|*#@]/.test(part)) {
      terms.push(alternatives(part));
      gaps.push(pendingGap);
    } else {
      cut(part).forEach((m, t) => {
        terms.push(m.num ? term([], [], [], m.num) : term([m.exact!], [], []));
        gaps.push(t === 0 ? pendingGap : 0);
      });
    }
    pendingGap = 0;
  }
  gaps[0] = 0;
  return { terms, gaps };
}

/** The index the compiler must build, from fully parsed first terms, as plain data. */
function referenceIndex(language: CompiledLanguage): unknown {
  const byWord = new Map<string, number[]>();
  const byPrefix = new Map<string, number[]>();
  const byNumberValue = new Map<number, number[]>();
  const byNumberRange: number[] = [];
  const add = (map: Map<string, number[]>, key: string, code: number): void => {
    const list = map.get(key) ?? [];
    if (!list.some((known) => known >> 1 === code >> 1)) list.push(code);
    map.set(key, list);
  };
  const addNumber = (range: { min: number; max: number }, code: number): void => {
    if (range.min !== range.max) byNumberRange.push(code);
    else byNumberValue.set(range.min, [...(byNumberValue.get(range.min) ?? []), code]);
  };
  language.triggers.forEach((trigger, t) => {
    language.rules.phrases[trigger]!.forEach((_, k) => {
      const pattern = patternOf(language, t * REF_STRIDE + k);
      completePattern(pattern);
      const first = pattern.terms[0]!;
      const direct = (t * REF_STRIDE + k) * 2;
      if (first.num) addNumber(first.num, direct + 1);
      for (const word of first.word !== '' ? [first.word] : [...(first.words ?? [])])
        add(byWord, word, direct);
      for (const prefix of first.prefixes) add(byPrefix, prefix, direct);
      for (const [head] of first.sequences) {
        if (head!.num) addNumber(head!.num, direct + 1);
        else if (head!.prefix !== undefined) add(byPrefix, head!.prefix, direct + 1);
        else add(byWord, head!.exact!, direct + 1);
      }
    });
  });
  return plainIndex({ byWord, byPrefix, byNumberValue, byNumberRange });
}

function plainIndex(index: {
  byWord: ReadonlyMap<string, number | readonly number[]>;
  byPrefix: ReadonlyMap<string, number | readonly number[]>;
  byNumberValue: ReadonlyMap<number, readonly number[]>;
  byNumberRange: readonly number[];
}): unknown {
  const entries = <K>(map: ReadonlyMap<K, number | readonly number[]>): [K, number[]][] =>
    [...map].map(([key, codes]): [K, number[]] => [key, typeof codes === 'number' ? [codes] : [...codes]]);
  const sorted = <K>(list: [K, number[]][]): [K, number[]][] =>
    list.sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : String(a[0]) > String(b[0]) ? 1 : 0));
  return {
    byWord: sorted(entries(index.byWord)),
    byPrefix: sorted(entries(index.byPrefix)),
    byNumberValue: sorted(entries(index.byNumberValue)),
    byNumberRange: [...index.byNumberRange],
  };
}

describe('cold start: the shortcuts give exactly what the general path gives', () => {
  it('indexes every phrase of every language by the first term its full parse gives', () => {
    for (const set of AD_RULE_SETS) {
      const lazy = compileLanguage(set);
      expect(plainIndex(lazy), set.lang).toEqual(referenceIndex(compileLanguage(set)));
      const heads = new Set([...lazy.byPrefix.keys()].map((prefix) => prefix.slice(0, 3)));
      expect([...lazy.prefixHeads].sort(), set.lang).toEqual([...heads].sort());
      expect(lazy.maxPrefix).toBe(Math.max(0, ...[...lazy.byPrefix.keys()].map((p) => p.length)));
    }
  });

  it('parses every phrase, part by part, as the tokenizer-based reference parser does', () => {
    for (const set of AD_RULE_SETS) {
      const language = compileLanguage(set, true);
      for (const pattern of language.patterns.values()) {
        const reference = referenceParse(pattern.source, set.lists);
        expect({ terms: pattern.terms.map(canonical), gaps: pattern.gaps }, pattern.source).toEqual(
          reference,
        );
      }
    }
  });

  it('treats the self-normal letters as letters whose normal form is themselves', () => {
    const letters = [...'abcdefghijklmnopqrstuvwxyz'];
    for (const [, from, to] of SELF_NORMAL.matchAll(/\\u([0-9a-f]{4})(?:-\\u([0-9a-f]{4}))?/g)) {
      const first = parseInt(from!, 16);
      for (let c = first; c <= (to ? parseInt(to, 16) : first); c++) letters.push(String.fromCharCode(c));
    }
    expect(letters.length).toBeGreaterThan(26 + 30);
    for (const letter of letters) {
      expect(charClass(letter.charCodeAt(0)), letter).toBe(CharClass.Letter);
      expect(normaliseWord(letter), letter).toBe(letter);
    }
    const word = letters.join('').slice(0, MAX_TOKEN_LENGTH);
    expect(normaliseWord(word)).toBe(word);
  });

  it('classifies every UTF-16 code unit as the Unicode property expressions do', () => {
    const letter = /^[\p{L}\p{M}]$/u;
    const digit = /^\p{Nd}$/u;
    const ideograph = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;
    const currency = /^\p{Sc}$/u;
    const space = /^[\p{Z}\p{Cc}\p{Cf}]$/u;
    const sentenceEnds = '!?;\n\r\u2028\u2029•·▪●◦■□►▶✔✓☑*…。！？；\u0085';
    const clauseEnds = ',:()[]{}"“”„«»‹›–—‒―、，：（）「」『』|';
    const reference = (code: number): number => {
      if (code >= 0xd800 && code <= 0xdfff) return CharClass.Surrogate;
      const ch = String.fromCharCode(code);
      if (code === 0x2e) return CharClass.Period;
      if (sentenceEnds.includes(ch)) return CharClass.SentenceEnd;
      if (clauseEnds.includes(ch)) return CharClass.ClauseEnd;
      if ('/%+@&'.includes(ch)) return CharClass.Symbol;
      if ("'’ʼ`´".includes(ch)) return CharClass.Apostrophe;
      if (code < 128) {
        if (code >= 48 && code <= 57) return CharClass.Digit;
        if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return CharClass.Letter;
        return code === 36 ? CharClass.Symbol : CharClass.Space;
      }
      if (space.test(ch)) return CharClass.Space;
      if (ideograph.test(ch)) return CharClass.Ideograph;
      if (digit.test(ch)) return CharClass.Digit;
      if (letter.test(ch)) return CharClass.Letter;
      return currency.test(ch) ? CharClass.Symbol : CharClass.Space;
    };
    const wrong: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (charClass(code) !== reference(code)) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('removes the same marks from common decomposed text as the Unicode property expression', () => {
    const wrong: string[] = [];
    for (let code = 0x20; code < 0x10000; code++) {
      const ch = String.fromCharCode(code);
      if (!COMMON_TEXT.test(ch)) continue;
      if (/\p{M}/u.test(ch) !== (code >= 0x300 && code <= 0x36f)) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('hashes every feature name of the model as the feature hashes do', () => {
    const names = [
      ...Object.keys(modelFile.features),
      'title:pay',
      'title:pay now',
      'pay now today',
      'title:a b c',
      'zł',
      '',
      'a ',
    ];
    for (const name of names) {
      const title = name.startsWith('title:');
      const words = (title ? name.slice(6) : name).split(' ');
      const field = title ? 'title' : 'text';
      const expected =
        words.length === 2 ? bigramHash(words[0]!, words[1]!, field) : unigramHash(words[0]!, field);
      expect(featureNameHash(name), name).toBe(expected);
    }
  });

  it('stores the hash of every word token as it is cut', () => {
    const text =
      "Don't PAY the Fee! Opłata 300 zł, ЗАРПЛАТА 高薪 a@gmail.com www.x.org " + 'Long'.repeat(13) + ' ok';
    const { tokens } = tokenize(text);
    for (let i = 0; i < tokens.length; i++) {
      const kind = tokens.kind[i];
      const hashed = kind === TOKEN_KIND.word || kind === TOKEN_KIND.ideograph || kind === TOKEN_KIND.symbol;
      expect(tokens.hash[i], tokens.norm[i]).toBe(hashed ? wordHash(tokens.norm[i]!) : 0);
    }
  });
});
