/**
 * Trains the analyser's optional statistical model from the development set and writes
 * `shared/content/rules/ad-model.json`. Reproducible: the same data gives the same file (fixed folds,
 * fixed order, no randomness). Run: `npx tsx scripts/train-ad-model.ts [path/to/dev.jsonl] [--dry-run]`.
 *
 * Model: L2-regularised logistic regression on the presence of words and word pairs in the title
 * text (features seen in at least MIN_DF labelled ads; the MAX_FEATURES most associated with the
 * label by chi-square, chosen on the training ads only), trained by full-batch Adam. The regularisation strength is picked by 5-fold
 * cross-validation; the thresholds that turn the model's probability into a sign are picked on
 * out-of-fold predictions, combined with the rules' own signs, so that legitimate ads stay well within
 * the false-alarm targets (see TARGET).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AdModelFile } from '../shared/analyse/ad-model';
import { modelSignWeight } from '../shared/analyse/ad-model';
import { analyseAdDetailed } from '../shared/analyse/analyse-ad';
import { featureHits } from '../shared/analyse/model-features';
import { scoreSigns, type WeightedSign } from '../shared/analyse/score';
import { tokenize } from '../shared/analyse/tokenize';
import type { AdInput } from '../shared/analyse/types';

const DATA = fileURLToPath(new URL('../../shared/data/ads/dev.jsonl', import.meta.url));
const OUT = fileURLToPath(new URL('../shared/content/rules/ad-model.json', import.meta.url));
const MIN_DF = 5;
const MAX_FEATURES = 3500;
const FOLDS = 5;
const EPOCHS = 150;
const LEARNING_RATE = 0.05;
const LAMBDAS = [1e-3, 3e-3, 1e-2];
const MAX_BYTES = 150 * 1024;
/**
 * False-alarm limits on out-of-fold predictions, well inside the project targets (medium+ ≤ 3 %,
 * high ≤ 0.5 %) so that the model keeps them on unseen ads, and so that it stays quiet on ordinary
 * classifieds: a model that tripled alerts there would cost more trust than it buys.
 */
const TARGET = { legitMedium: 0.01, legitHigh: 0.002, legitLowShare: 0.1, legitMediumWithLow: 0.012 };

interface Example {
  readonly id: string;
  readonly source: string;
  readonly ad: AdInput;
  readonly y: 0 | 1;
  /** Feature hashes present (unique). */
  readonly hashes: readonly number[];
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function fnv(text: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return hash >>> 0;
}

/** Reads labelled ads and their features; records each feature's readable name. */
function load(path: string, names: Map<number, string>, collisions: Set<number>): Example[] {
  const examples: Example[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as Record<string, unknown>;
    if (r.label !== 0 && r.label !== 1) continue;
    const title = str(r.title);
    const text = str(r.text) ?? '';
    const ad: AdInput = { text, ...(title !== undefined && { title }) };
    const hashes = new Set<number>();
    for (const field of ['title', 'text'] as const) {
      const value = field === 'title' ? title : text;
      if (!value) continue;
      const { tokens } = tokenize(value);
      for (const hit of featureHits(tokens, field)) {
        const words =
          hit.first === hit.last
            ? tokens.norm[hit.first]!
            : `${tokens.norm[hit.first]!} ${tokens.norm[hit.last]!}`;
        const name = field === 'title' ? `title:${words}` : words;
        const known = names.get(hit.hash);
        if (known === undefined) names.set(hit.hash, name);
        else if (known !== name) collisions.add(hit.hash);
        hashes.add(hit.hash);
      }
    }
    examples.push({
      id: String(r.id),
      source: str(r.source) ?? 'unknown',
      ad,
      y: r.label,
      hashes: [...hashes].sort((a, b) => a - b),
    });
  }
  return examples;
}

/** Full-batch Adam on mean log-loss + λ/2‖w‖². Deterministic. */
function train(
  docs: readonly Int32Array[],
  ys: readonly number[],
  size: number,
  lambda: number,
): { w: Float64Array; b: number } {
  const w = new Float64Array(size);
  const m = new Float64Array(size + 1);
  const v = new Float64Array(size + 1);
  const grad = new Float64Array(size + 1);
  let b = Math.log((ys.reduce((a, y) => a + y, 0) + 1) / (ys.length - ys.reduce((a, y) => a + y, 0) + 1));
  const n = docs.length;
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    grad.fill(0);
    for (let d = 0; d < n; d++) {
      const doc = docs[d]!;
      let z = b;
      for (let k = 0; k < doc.length; k++) z += w[doc[k]!]!;
      const err = 1 / (1 + Math.exp(-z)) - ys[d]!;
      for (let k = 0; k < doc.length; k++) grad[doc[k]!]! += err / n;
      grad[size]! += err / n;
    }
    for (let j = 0; j <= size; j++) {
      const g = j < size ? grad[j]! + lambda * w[j]! : grad[j]!;
      m[j] = 0.9 * m[j]! + 0.1 * g;
      v[j] = 0.999 * v[j]! + 0.001 * g * g;
      const step =
        (LEARNING_RATE * (m[j]! / (1 - 0.9 ** epoch))) / (Math.sqrt(v[j]! / (1 - 0.999 ** epoch)) + 1e-8);
      if (j < size) w[j] = w[j]! - step;
      else b -= step;
    }
  }
  return { w, b };
}

/** Chi-square of a feature's presence against the label, on the given ads. */
function chiSquares(docs: readonly Int32Array[], ys: readonly number[], size: number): Float64Array {
  const withPos = new Float64Array(size);
  const withAll = new Float64Array(size);
  docs.forEach((doc, d) => {
    for (const f of doc) {
      withAll[f]!++;
      if (ys[d] === 1) withPos[f]!++;
    }
  });
  const n = docs.length;
  const pos = ys.reduce((a, y) => a + y, 0);
  const chi = new Float64Array(size);
  for (let f = 0; f < size; f++) {
    const a = withPos[f]!;
    const b = withAll[f]! - a;
    const c = pos - a;
    const d = n - pos - b;
    const den = (a + b) * (c + d) * (a + c) * (b + d);
    chi[f] = den > 0 ? (n * (a * d - b * c) ** 2) / den : 0;
  }
  return chi;
}

/**
 * Keeps the MAX_FEATURES features most associated with the label (chi-square, on these ads only),
 * then trains on them. Returns feature index → weight.
 */
function trainPruned(
  docs: readonly Int32Array[],
  ys: readonly number[],
  size: number,
  lambda: number,
): { weights: Map<number, number>; b: number } {
  const chi = chiSquares(docs, ys, size);
  const keep = [...chi.keys()].sort((a, b) => chi[b]! - chi[a]! || a - b).slice(0, MAX_FEATURES);
  const remap = new Map(keep.map((feature, i) => [feature, i]));
  const pruned = docs.map((doc) =>
    Int32Array.from([...doc].filter((f) => remap.has(f)).map((f) => remap.get(f)!)),
  );
  const model = train(pruned, ys, keep.length, lambda);
  return { weights: new Map(keep.map((feature, i) => [feature, model.w[i]!])), b: model.b };
}

function predict(doc: Int32Array, weights: ReadonlyMap<number, number>, b: number): number {
  let z = b;
  for (const f of doc) z += weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

function auc(scores: readonly number[], ys: readonly number[]): number {
  const order = scores.map((s, i) => [s, ys[i]!] as const).sort((a, b) => a[0] - b[0]);
  let rankSum = 0;
  let pos = 0;
  let i = 0;
  while (i < order.length) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
    for (let k = i; k <= j; k++)
      if (order[k]![1] === 1) {
        rankSum += (i + j) / 2 + 1;
        pos++;
      }
    i = j + 1;
  }
  const neg = order.length - pos;
  return (rankSum - (pos * (pos + 1)) / 2) / (pos * neg);
}

interface RuleParts {
  readonly weighted: readonly WeightedSign[];
  readonly reassurances: readonly string[];
}

/** Level and score for an ad's rule signs plus the model sign at probability p under thresholds t. */
function combined(
  parts: RuleParts,
  p: number,
  thresholds: AdModelFile['thresholds'],
): { level: string; score: number } {
  const model: AdModelFile = { about: '', bias: 0, thresholds, features: {} };
  const weight = modelSignWeight(model, p);
  const signs = weight ? [...parts.weighted, { id: 'wording-like-scam-ads', ...weight }] : parts.weighted;
  return scoreSigns(signs, parts.reassurances);
}

function rate(
  levels: readonly string[],
  ys: readonly number[],
  label: number,
  wanted: readonly string[],
): number {
  let n = 0;
  let hit = 0;
  levels.forEach((level, i) => {
    if (ys[i] !== label) return;
    n++;
    if (wanted.includes(level)) hit++;
  });
  return n ? hit / n : Number.NaN;
}

/** Picks thresholds on out-of-fold predictions: each as low as the false-alarm targets allow. */
function pickThresholds(
  oof: readonly number[],
  ys: readonly number[],
  rules: readonly RuleParts[],
): AdModelFile['thresholds'] {
  const candidates = [
    ...new Set(oof.filter((_, i) => ys[i] === 0).map((p) => Math.round(p * 1e4) / 1e4)),
  ].sort((a, b) => b - a);
  const levelsAt = (t: AdModelFile['thresholds']): string[] =>
    rules.map((r, i) => combined(r, oof[i]!, t).level);
  let high = 1;
  for (const c of candidates) {
    if (rate(levelsAt({ low: c, medium: c, high: c }), ys, 0, ['high']) > TARGET.legitHigh) break;
    high = c;
  }
  let medium = high;
  for (const c of candidates.filter((x) => x <= high)) {
    if (rate(levelsAt({ low: c, medium: c, high }), ys, 0, ['medium', 'high']) > TARGET.legitMedium) break;
    medium = c;
  }
  let low = medium;
  const legit = oof.filter((_, i) => ys[i] === 0);
  for (const c of candidates.filter((x) => x <= medium)) {
    const share = legit.filter((p) => p >= c).length / legit.length;
    if (share > TARGET.legitLowShare) break;
    if (rate(levelsAt({ low: c, medium, high }), ys, 0, ['medium', 'high']) > TARGET.legitMediumWithLow)
      break;
    low = c;
  }
  return { low, medium, high };
}

/** The unlabelled ads (classifieds), to report how often the model raises an alert on a real stream. */
function unlabelledAds(path: string): AdInput[] {
  const ads: AdInput[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as Record<string, unknown>;
    if (r.label === 0 || r.label === 1) continue;
    const title = str(r.title);
    ads.push({ text: str(r.text) ?? '', ...(title !== undefined && { title }) });
  }
  return ads;
}

function main(): void {
  const path = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? DATA;
  if (!existsSync(path)) {
    console.log(
      `No training data at ${path}: the shared data folder is absent, so the model was not trained.`,
    );
    process.exitCode = 1;
    return;
  }
  const names = new Map<number, string>();
  const collisions = new Set<number>();
  const examples = load(path, names, collisions);
  const df = new Map<number, number>();
  for (const e of examples) for (const h of e.hashes) df.set(h, (df.get(h) ?? 0) + 1);
  // Text features only: title words ("assistant", "customer") separated the data set's scams well but
  // say nothing a reader could check, and flagged many ordinary ads in the classifieds stream.
  const allowed = (name: string): boolean => !name.startsWith('title:');
  const vocabulary = [...df]
    .filter(([h, n]) => n >= MIN_DF && !collisions.has(h) && allowed(names.get(h)!))
    .map(([h]) => h)
    .sort((a, b) => a - b);
  const index = new Map(vocabulary.map((h, i) => [h, i]));
  const docs = examples.map((e) =>
    Int32Array.from(e.hashes.filter((h) => index.has(h)).map((h) => index.get(h)!)),
  );
  const ys = examples.map((e) => e.y);
  const folds = examples.map((e) => fnv(e.id) % FOLDS);
  console.log(
    `${examples.length} labelled ads (${ys.filter((y) => y === 1).length} fraudulent), ${vocabulary.length} features with df ≥ ${MIN_DF}`,
  );

  const rules: RuleParts[] = examples.map((e) => analyseAdDetailed(e.ad, { model: false }, undefined));

  let bestLambda = LAMBDAS[0]!;
  let bestAuc = -1;
  let bestOof: number[] = [];
  for (const lambda of LAMBDAS) {
    const oof = new Array<number>(examples.length).fill(0);
    for (let fold = 0; fold < FOLDS; fold++) {
      const trainIdx = examples.map((_, i) => i).filter((i) => folds[i] !== fold);
      const model = trainPruned(
        trainIdx.map((i) => docs[i]!),
        trainIdx.map((i) => ys[i]!),
        vocabulary.length,
        lambda,
      );
      examples.forEach((_, i) => {
        if (folds[i] === fold) oof[i] = predict(docs[i]!, model.weights, model.b);
      });
    }
    const a = auc(oof, ys);
    console.log(`λ = ${lambda}: out-of-fold AUC of the model alone ${a.toFixed(3)}`);
    if (a > bestAuc) {
      bestAuc = a;
      bestLambda = lambda;
      bestOof = oof;
    }
  }

  const thresholds = pickThresholds(bestOof, ys, rules);
  const levels = rules.map((r, i) => combined(r, bestOof[i]!, thresholds));
  const scores = levels.map((l) => l.score);
  const ruleScores = rules.map((r) => scoreSigns(r.weighted, r.reassurances).score);
  const pct = (x: number): string => (Number.isNaN(x) ? '—' : `${(100 * x).toFixed(1)}%`);
  const lv = levels.map((l) => l.level);
  console.log(`chosen λ = ${bestLambda}; thresholds ${JSON.stringify(thresholds)}`);
  console.log('out-of-fold estimate of the combined analyser (rules + model), all labelled ads:');
  console.log(
    `  legitimate medium+ ${pct(rate(lv, ys, 0, ['medium', 'high']))}, high ${pct(rate(lv, ys, 0, ['high']))}`,
  );
  console.log(`  fraudulent medium+ ${pct(rate(lv, ys, 1, ['medium', 'high']))}`);
  console.log(`  AUC ${auc(scores, ys).toFixed(3)} (rules alone ${auc(ruleScores, ys).toFixed(3)})`);
  for (const source of [...new Set(examples.map((e) => e.source))]) {
    const idx = examples.map((e, i) => (e.source === source ? i : -1)).filter((i) => i >= 0);
    const sl = idx.map((i) => lv[i]!);
    const sy = idx.map((i) => ys[i]!);
    const both = sy.includes(0) && sy.includes(1);
    console.log(
      `  ${source}: n=${idx.length}, legitimate medium+ ${pct(rate(sl, sy, 0, ['medium', 'high']))} high ${pct(rate(sl, sy, 0, ['high']))}` +
        `, fraudulent medium+ ${pct(rate(sl, sy, 1, ['medium', 'high']))}` +
        (both
          ? `, AUC ${auc(
              idx.map((i) => scores[i]!),
              sy,
            ).toFixed(3)}`
          : ''),
    );
  }

  const final = trainPruned(docs, ys, vocabulary.length, bestLambda);
  const features: Record<string, number> = {};
  const entries = [...final.weights]
    .map(([f, w]) => [names.get(vocabulary[f]!)!, Math.round(w * 1e4) / 1e4] as const)
    .filter(([, w]) => w !== 0)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1));
  for (const [name, w] of entries) features[name] = w;
  const file: AdModelFile = {
    about:
      'Generated by scripts/train-ad-model.ts from the development set (../shared/data/ads/dev.jsonl). ' +
      'Do not edit by hand: retrain. Logistic regression on word and word-pair presence; ' +
      `λ=${bestLambda}, ${entries.length} features, ${examples.length} labelled ads, out-of-fold AUC ${bestAuc.toFixed(3)}.`,
    bias: Math.round(final.b * 1e4) / 1e4,
    thresholds,
    features,
  };
  const json = `${JSON.stringify(file, null, 2)}\n`;
  if (json.length > MAX_BYTES) throw new Error(`model is ${json.length} bytes, over ${MAX_BYTES}`);
  const unlabelled = unlabelledAds(path);
  const alerts = unlabelled.filter((ad) =>
    ['medium', 'high'].includes(analyseAdDetailed(ad, {}, file).analysis.level),
  );
  const rulesOnly = unlabelled.filter((ad) =>
    ['medium', 'high'].includes(analyseAdDetailed(ad, {}, undefined).analysis.level),
  );
  console.log(
    `unlabelled ads rated medium+: ${pct(alerts.length / unlabelled.length)} (rules alone ${pct(rulesOnly.length / unlabelled.length)})`,
  );
  if (process.argv.includes('--dry-run')) return;
  writeFileSync(OUT, json);
  console.log(`wrote ${OUT} (${(json.length / 1024).toFixed(1)} KB)`);
}

main();
