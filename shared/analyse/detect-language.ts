import { LANGUAGE_PROFILES } from './language-profiles.js';

/** How much of a long text is read for detection: the start says enough and keeps it fast. */
const SAMPLE_LENGTH = 500;

const SCRIPTS = [
  'latin',
  'cyrillic',
  'han',
  'kana',
  'hangul',
  'arabic',
  'greek',
  'thai',
  'hebrew',
  'devanagari',
] as const;
type Script = (typeof SCRIPTS)[number];
const LATIN = 0;
const CYRILLIC = 1;
const HAN = 2;
const KANA = 3;
const NONE = -1;

const SCRIPT_LANG: Readonly<Partial<Record<Script, string>>> = {
  hangul: 'ko',
  arabic: 'ar',
  greek: 'el',
  thai: 'th',
  hebrew: 'he',
  devanagari: 'hi',
};

function scriptOf(c: number): number {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return LATIN;
  if (c < 0xc0) return NONE;
  if ((c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff)) return LATIN;
  if (c >= 0x400 && c <= 0x4ff) return CYRILLIC;
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) return HAN;
  if (c >= 0x3040 && c <= 0x30ff) return KANA;
  if (c >= 0xac00 && c <= 0xd7af) return 4;
  if (c >= 0x600 && c <= 0x6ff) return 5;
  if (c >= 0x370 && c <= 0x3ff) return 6;
  if (c >= 0xe00 && c <= 0xe7f) return 7;
  if (c >= 0x590 && c <= 0x5ff) return 8;
  if (c >= 0x900 && c <= 0x97f) return 9;
  return NONE;
}

interface Index {
  readonly words: ReadonlyMap<string, readonly number[]>;
  readonly letters: ReadonlyMap<string, readonly number[]>;
  /** The longest stop word: longer words need no lookup. */
  readonly longest: number;
}

const NO_PROFILES: readonly number[] = [];

let index: Index | undefined;

/** Word → profiles and letter → profiles, built on first use. */
function getIndex(): Index {
  if (index) return index;
  const words = new Map<string, number[]>();
  const letters = new Map<string, number[]>();
  LANGUAGE_PROFILES.forEach((profile, p) => {
    for (const word of profile.stopWords) words.set(word, [...(words.get(word) ?? []), p]);
    for (const letter of profile.letters) letters.set(letter, [...(letters.get(letter) ?? []), p]);
  });
  let longest = 0;
  for (const word of words.keys()) longest = Math.max(longest, word.length);
  index = { words, letters, longest };
  return index;
}

/**
 * Detects the language of a text with no network and no model file: the script first, then, for
 * Latin and Cyrillic, frequent function words (two points each) and letters peculiar to a language
 * (one point each). Returns a BCP 47 primary code, or `und` when the text gives too little to go on.
 * Reads at most the first 500 characters, in one pass.
 */
export function detectLanguage(text: string): string {
  const sample = (text.length > SAMPLE_LENGTH ? text.slice(0, SAMPLE_LENGTH) : text)
    .normalize('NFC')
    .toLowerCase();
  const { words, letters, longest } = getIndex();
  const scripts = new Int32Array(SCRIPTS.length);
  const scores = new Int32Array(LANGUAGE_PROFILES.length);
  let wordStart = -1;
  for (let i = 0; i <= sample.length; i++) {
    const c = i < sample.length ? sample.charCodeAt(i) : 32;
    const script = scriptOf(c);
    if (script !== NONE) {
      scripts[script]!++;
      if (wordStart < 0) wordStart = i;
      if (c >= 0xc0) for (const p of letters.get(sample.charAt(i)) ?? NO_PROFILES) scores[p]!++;
      continue;
    }
    if (wordStart >= 0) {
      if (i - wordStart <= longest) {
        for (const p of words.get(sample.slice(wordStart, i)) ?? NO_PROFILES) scores[p]! += 2;
      }
      wordStart = -1;
    }
  }
  let best = NONE;
  for (let s = 0; s < SCRIPTS.length; s++) if (scripts[s]! > (best === NONE ? 1 : scripts[best]!)) best = s;
  if (best === NONE) return 'und';
  if (best === HAN || best === KANA)
    return scripts[KANA]! * 10 >= scripts[KANA]! + scripts[HAN]! ? 'ja' : 'zh';
  const script = SCRIPTS[best]!;
  const byScript = SCRIPT_LANG[script];
  if (byScript) return byScript;
  let bestLang = 'und';
  let bestScore = 0;
  LANGUAGE_PROFILES.forEach((profile, p) => {
    if (profile.script === script && scores[p]! > bestScore) {
      bestScore = scores[p]!;
      bestLang = profile.lang;
    }
  });
  return bestLang;
}
