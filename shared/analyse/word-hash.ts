/**
 * The 32-bit FNV-1a hash of a normalised word. The tokenizer stores it for every word, so the rule
 * index and the statistical model each look a word up by number instead of hashing it again.
 */

/** FNV-1a offset basis (as a signed 32-bit integer). */
export const FNV_OFFSET = 0x811c9dc5 | 0;
/** FNV-1a prime. */
export const FNV_PRIME = 16777619;

/** FNV-1a over the UTF-16 code units of `word`. */
export function wordHash(word: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), FNV_PRIME);
  return hash;
}
