import {
  MIN_PREFIX,
  appendCandidates,
  type Candidate,
  type CompiledLanguage,
  type CompiledRules,
} from './compile-rules.js';

/** What one normalised word can do: which phrases can start with it. */
export interface WordInfo {
  readonly word: string;
  readonly candidates: readonly Candidate[];
}

const MEMO_LIMIT = 100_000;
const NONE: readonly Candidate[] = [];

/**
 * Looks a word up once in every language's indexes and remembers the answer under its hash, so each
 * later token costs one small-integer map lookup. `hash` is `wordHash(norm)`. The candidates come in
 * a fixed order: exact-word phrases by language, then prefix phrases from the shortest prefix up
 * (at each length, by language).
 */
export function wordInfo(rules: CompiledRules, norm: string, hash: number): WordInfo {
  const key = hash & 0x3fffffff;
  const known = rules.memo.get(key);
  if (known && known.word === norm) return known;
  const languages = rules.languages;
  let candidates = NONE;
  for (const language of languages) {
    const codes = language.byWord.get(norm);
    if (codes !== undefined) candidates = appendCandidates(candidates, language, codes);
  }
  if (norm.length >= MIN_PREFIX && rules.maxPrefix >= MIN_PREFIX) {
    const head = norm.slice(0, MIN_PREFIX);
    let withHead: CompiledLanguage[] | undefined;
    for (const language of languages) if (language.prefixHeads.has(head)) (withHead ??= []).push(language);
    if (withHead) {
      const longest = Math.min(norm.length, rules.maxPrefix);
      for (let length = MIN_PREFIX; length <= longest; length++) {
        const prefix = length === norm.length ? norm : norm.slice(0, length);
        for (const language of withHead) {
          const codes = language.byPrefix.get(prefix);
          if (codes !== undefined) candidates = appendCandidates(candidates, language, codes);
        }
      }
    }
  }
  const info: WordInfo = { word: norm, candidates };
  // On a hash collision the first word keeps the slot; the other is simply recomputed each time.
  if (!known) {
    if (rules.memo.size >= MEMO_LIMIT) rules.memo.clear();
    rules.memo.set(key, info);
  }
  return info;
}
