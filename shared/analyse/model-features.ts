import { TOKEN_KIND, type TokenList } from './types.js';
import { FNV_OFFSET, FNV_PRIME, wordHash } from './word-hash.js';

/**
 * Features of the optional statistical model: the presence of visible words and word pairs, each
 * hashed to a 30-bit number. The training script and the analyser share this file, so a feature
 * means the same thing in both, and every feature points back to the tokens that make it.
 */

/** A feature found in one field: its hash and the tokens [first, last] that spell it. */
export interface FeatureHit {
  readonly hash: number;
  readonly first: number;
  readonly last: number;
}

/** Title words are mixed with this, so the same word in the title and in the text are different features. */
const TITLE_SEED = 0x5bd1e995;
const TITLE_PREFIX = 'title:';
/** Words shorter or longer than this are not features (initials, glued strings, identifiers). */
const MIN_WORD = 2;
const MAX_WORD = 24;

/** Folds a hash into a small non-negative integer (a V8 small integer, cheap as a key). */
function fold(hash: number): number {
  return (hash ^ (hash >>> 15)) & 0x3fffffff;
}

/** True for tokens that can be features: ordinary words of a sensible length. */
export function isFeatureWord(tokens: TokenList, i: number): boolean {
  const length = tokens.norm[i]!.length;
  return tokens.kind[i] === TOKEN_KIND.word && length >= MIN_WORD && length <= MAX_WORD;
}

/** A word's hash as seen in a field. */
function inField(hash: number, field: 'title' | 'text'): number {
  return field === 'title' ? pair(TITLE_SEED, hash) : hash;
}

/** The hash of a one-word feature. */
export function unigramHash(word: string, field: 'title' | 'text'): number {
  return fold(inField(wordHash(word), field));
}

/** Mixes two word hashes into the hash of the pair (order matters). */
function pair(first: number, second: number): number {
  let x = Math.imul(first ^ 0x2f, 0x9e3779b1) ^ second;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  return x ^ (x >>> 13);
}

/** The hash of a two-word feature. */
export function bigramHash(first: string, second: string, field: 'title' | 'text'): number {
  return fold(pair(inField(wordHash(first), field), inField(wordHash(second), field)));
}

/**
 * The FNV-1a hash (`wordHash`) of `text` from `start` to `end`, four code units a round: the model's
 * feature names are hashed on the first analysis of a page, before anything is optimised, where a
 * small function called often is sped up sooner than one long loop.
 */
function hashRange(text: string, start: number, end: number): number {
  let hash = FNV_OFFSET;
  let i = start;
  for (; i + 3 < end; i += 4) {
    hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
    hash = Math.imul(hash ^ text.charCodeAt(i + 1), FNV_PRIME);
    hash = Math.imul(hash ^ text.charCodeAt(i + 2), FNV_PRIME);
    hash = Math.imul(hash ^ text.charCodeAt(i + 3), FNV_PRIME);
  }
  for (; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash;
}

/**
 * The hash of a feature name of a model file (`word`, `word word`, `title:word`, …), read as
 * `unigramHash` / `bigramHash` read them after splitting on single spaces: a name of three or more
 * words counts as its first word. (`fold` and `pair` are written out for the common text features.)
 */
export function featureNameHash(name: string): number {
  const title = name.startsWith(TITLE_PREFIX);
  const from = title ? TITLE_PREFIX.length : 0;
  const space = name.indexOf(' ', from);
  const first = hashRange(name, from, space < 0 ? name.length : space);
  if (title) {
    return space < 0 || name.indexOf(' ', space + 1) >= 0
      ? fold(inField(first, 'title'))
      : fold(pair(inField(first, 'title'), inField(hashRange(name, space + 1, name.length), 'title')));
  }
  let x = first;
  if (space >= 0 && name.indexOf(' ', space + 1) < 0) {
    // pair(first, second)
    x = Math.imul(first ^ 0x2f, 0x9e3779b1) ^ hashRange(name, space + 1, name.length);
    x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
    x ^= x >>> 13;
  }
  // fold(x)
  return (x ^ (x >>> 15)) & 0x3fffffff;
}

/** Feature hits written into reusable parallel arrays (see `collectFeatures`). */
export interface FeatureBuffer {
  hash: Int32Array;
  first: Int32Array;
  last: Int32Array;
}

/** A buffer with room for `capacity` features; `collectFeatures` grows it when needed. */
export function featureBuffer(capacity = 1024): FeatureBuffer {
  return { hash: new Int32Array(capacity), first: new Int32Array(capacity), last: new Int32Array(capacity) };
}

/**
 * Writes every word and every pair of neighbouring words (in one sentence) of a field into `out`,
 * and returns how many there are. Linear in the number of tokens; allocates only to grow `out`.
 */
export function collectFeatures(tokens: TokenList, field: 'title' | 'text', out: FeatureBuffer): number {
  // At most two features per token.
  if (out.hash.length < tokens.length * 2) {
    const size = tokens.length * 2 + 16;
    out.hash = new Int32Array(size);
    out.first = new Int32Array(size);
    out.last = new Int32Array(size);
  }
  let count = 0;
  let previous = -1;
  let previousHash = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!isFeatureWord(tokens, i)) {
      previous = -1;
      continue;
    }
    const raw = inField(tokens.hash[i]!, field);
    out.hash[count] = fold(raw);
    out.first[count] = i;
    out.last[count++] = i;
    if (previous >= 0 && tokens.sent[previous] === tokens.sent[i]) {
      out.hash[count] = fold(pair(previousHash, raw));
      out.first[count] = previous;
      out.last[count++] = i;
    }
    previous = i;
    previousHash = raw;
  }
  return count;
}

/** Every word and word pair of a field as a list (for the training script, which needs them all). */
export function featureHits(tokens: TokenList, field: 'title' | 'text'): FeatureHit[] {
  const buffer = featureBuffer();
  const count = collectFeatures(tokens, field, buffer);
  const hits: FeatureHit[] = [];
  for (let k = 0; k < count; k++)
    hits.push({ hash: buffer.hash[k]!, first: buffer.first[k]!, last: buffer.last[k]! });
  return hits;
}
