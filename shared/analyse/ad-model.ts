import { collectFeatures, featureBuffer, featureNameHash } from './model-features.js';
import type { TokenList } from './types.js';

/**
 * The optional statistical model: logistic regression over visible words and word pairs, trained by
 * `scripts/train-ad-model.ts` from the development set. Its weights are generated, never edited by
 * hand. It only ever adds a sign whose evidence is the phrase that weighed most.
 */

/** The model file written by the training script. */
export interface AdModelFile {
  readonly about: string;
  readonly bias: number;
  /** Probabilities from which the model's sign is weak (`low`), strong (`medium`), strong and high. */
  readonly thresholds: { readonly low: number; readonly medium: number; readonly high: number };
  /** Feature → weight. `word`, `word word`, and `title:word`, `title:word word` for the title. */
  readonly features: Readonly<Record<string, number>>;
}

/** What the model says about one ad. */
export interface ModelVerdict {
  /** Probability-like score, 0–1. */
  readonly p: number;
  /** The field and token range of the phrase that added most, if any phrase added anything. */
  readonly evidence?: { readonly field: 'title' | 'text'; readonly first: number; readonly last: number };
}

interface Table {
  readonly keys: Int32Array;
  readonly weights: Float64Array;
  readonly stamps: Uint32Array;
  readonly mask: number;
  readonly bias: number;
  stamp: number;
}

const tables = new WeakMap<AdModelFile, Table>();
/** Reused between calls: the features of the field being scored. */
const scratch = featureBuffer();

/**
 * Builds the open-addressing hash table for a model once, on first use; keys are feature hashes + 1
 * (0 = empty). Typed arrays only, filled in one flat loop.
 */
function tableFor(model: AdModelFile): Table {
  const known = tables.get(model);
  if (known) return known;
  const features = model.features;
  const names = Object.keys(features);
  let size = 1024;
  while (size < names.length * 2) size *= 2;
  const keys = new Int32Array(size);
  const weights = new Float64Array(size);
  const mask = size - 1;
  for (let f = 0; f < names.length; f++) {
    const name = names[f]!;
    const hash = featureNameHash(name);
    const key = hash + 1;
    let slot = hash & mask;
    while (keys[slot] !== 0 && keys[slot] !== key) slot = (slot + 1) & mask;
    keys[slot] = key;
    weights[slot] = features[name]!;
  }
  const table: Table = { keys, weights, stamps: new Uint32Array(size), mask, bias: model.bias, stamp: 0 };
  tables.set(model, table);
  return table;
}

/**
 * Scores an ad's title and text tokens with the model: each feature present counts once.
 * Linear in the number of tokens; a table probe per word and per word pair.
 */
export function runModel(
  model: AdModelFile,
  fields: { readonly title?: TokenList; readonly text?: TokenList },
): ModelVerdict {
  const table = tableFor(model);
  table.stamp = (table.stamp + 1) >>> 0;
  if (table.stamp === 0) {
    table.stamps.fill(0);
    table.stamp = 1;
  }
  let z = table.bias;
  let best: ModelVerdict['evidence'];
  let bestWeight = 0;
  for (const field of ['title', 'text'] as const) {
    const tokens = fields[field];
    if (!tokens) continue;
    const count = collectFeatures(tokens, field, scratch);
    const { keys, weights, stamps, mask, stamp } = table;
    for (let k = 0; k < count; k++) {
      const hash = scratch.hash[k]!;
      let slot = hash & mask;
      while (keys[slot] !== 0 && keys[slot] !== hash + 1) slot = (slot + 1) & mask;
      if (keys[slot] === 0 || stamps[slot] === stamp) continue;
      stamps[slot] = stamp;
      const weight = weights[slot]!;
      z += weight;
      if (weight > bestWeight) {
        bestWeight = weight;
        best = { field, first: scratch.first[k]!, last: scratch.last[k]! };
      }
    }
  }
  const p = 1 / (1 + Math.exp(-z));
  return best ? { p, evidence: best } : { p };
}

/**
 * The weight and strength of the model's sign for a probability, or undefined below `low`.
 * Monotone in p: weak up to `medium` (never more than `low` alone), strong from `medium` (alone it
 * reaches `medium`), and from `high` strong enough to reach `high` alone.
 */
export function modelSignWeight(
  model: AdModelFile,
  p: number,
): { readonly weight: number; readonly strong: boolean } | undefined {
  const { low, medium, high } = model.thresholds;
  const along = (from: number, to: number): number => Math.min(1, Math.max(0, (p - from) / (to - from || 1)));
  if (p < low) return undefined;
  if (p < medium) return { weight: 0.08 + 0.12 * along(low, medium), strong: false };
  if (p < high) return { weight: 0.4 + 0.15 * along(medium, high), strong: true };
  return { weight: 0.62 + 0.2 * along(high, 1), strong: true };
}
