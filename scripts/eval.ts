/**
 * Evaluates the job-ad analyser on the development set (`../shared/data/ads/dev.jsonl` from the repo
 * root, or the file given as the first argument) and prints, per source: how many ads, the share
 * rated at least low / at least medium / high, recall on fraudulent ads, false alarms on legitimate
 * ads, and the AUC of the score. `--signs` adds how often each sign fires per label; `--rules-only`
 * leaves out the statistical model.
 * Exits 0 with a message when the data folder is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyseAd } from '../shared/analyse/analyse-ad';
import type { AdAnalysis, ConcernLevel } from '../shared/analyse/types';

interface Row {
  readonly source: string;
  readonly label: 0 | 1 | null;
  readonly score: number;
  readonly level: ConcernLevel;
  readonly signs: readonly string[];
}

const RANK: Readonly<Record<ConcernLevel, number>> = { none: 0, low: 1, medium: 2, high: 3 };
const DEFAULT_PATH = fileURLToPath(new URL('../../shared/data/ads/dev.jsonl', import.meta.url));

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function analyseLine(line: string, rulesOnly: boolean): Row | undefined {
  const record: unknown = JSON.parse(line);
  if (typeof record !== 'object' || record === null) return undefined;
  const r = record as Record<string, unknown>;
  const text = str(r.text) ?? '';
  const ad = {
    text,
    ...(str(r.title) !== undefined && { title: str(r.title) }),
    ...(str(r.employer) !== undefined && { employer: str(r.employer) }),
    ...(str(r.salary) !== undefined && { salary: str(r.salary) }),
    ...(str(r.location) !== undefined && { location: str(r.location) }),
    ...(str(r.lang) !== undefined && { lang: str(r.lang) }),
  };
  const result: AdAnalysis = analyseAd(ad, { model: !rulesOnly });
  const label = r.label === 0 || r.label === 1 ? r.label : null;
  return {
    source: str(r.source) ?? 'unknown',
    label,
    score: result.score,
    level: result.level,
    signs: result.signs.map((s) => s.id),
  };
}

/** Area under the ROC curve (Mann–Whitney, ties count half); NaN without both labels. */
export function auc(rows: readonly Row[]): number {
  const labelled = rows.filter((r) => r.label !== null);
  const pos = labelled.filter((r) => r.label === 1).length;
  const neg = labelled.length - pos;
  if (pos === 0 || neg === 0) return Number.NaN;
  const sorted = [...labelled].sort((a, b) => a.score - b.score);
  let rankSum = 0;
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1]!.score === sorted[i]!.score) j++;
    const midRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) if (sorted[k]!.label === 1) rankSum += midRank;
    i = j + 1;
  }
  return (rankSum - (pos * (pos + 1)) / 2) / (pos * neg);
}

const pct = (part: number, whole: number): string =>
  whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}%`;
const share = (rows: readonly Row[], min: ConcernLevel): number =>
  rows.filter((r) => RANK[r.level] >= RANK[min]).length;

function summaryLine(name: string, rows: readonly Row[]): string {
  const fraud = rows.filter((r) => r.label === 1);
  const legit = rows.filter((r) => r.label === 0);
  const a = auc(rows);
  return [
    name.padEnd(16),
    String(rows.length).padStart(5),
    pct(share(rows, 'low'), rows.length).padStart(7),
    pct(share(rows, 'medium'), rows.length).padStart(7),
    pct(share(rows, 'high'), rows.length).padStart(7),
    (fraud.length ? `${pct(share(fraud, 'medium'), fraud.length)} of ${fraud.length}` : '—').padStart(14),
    (legit.length
      ? `${pct(share(legit, 'medium'), legit.length)}/${pct(share(legit, 'high'), legit.length)}`
      : '—'
    ).padStart(13),
    (Number.isNaN(a) ? '—' : a.toFixed(3)).padStart(6),
  ].join(' ');
}

function main(): void {
  const args = process.argv.slice(2);
  const path = args.find((a) => !a.startsWith('--')) ?? DEFAULT_PATH;
  const rulesOnly = args.includes('--rules-only');
  if (!existsSync(path)) {
    console.log(
      `No evaluation data at ${path}: the shared data folder is absent, so there is nothing to evaluate.`,
    );
    return;
  }
  const started = performance.now();
  const rows: Row[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const row = analyseLine(line, rulesOnly);
    if (row) rows.push(row);
  }
  const seconds = (performance.now() - started) / 1000;
  const sources = [...new Set(rows.map((r) => r.source))];
  console.log(
    `Analysed ${rows.length} ads in ${seconds.toFixed(1)} s${rulesOnly ? ' (rules only, no model)' : ''}`,
  );
  if (!rulesOnly) {
    console.log(
      'Note: the statistical model was trained on these ads, so its share of these figures is in-sample.\n' +
        'Honest estimates: `npx tsx scripts/train-ad-model.ts --dry-run` (out-of-fold); rules alone: `npm run eval -- --rules-only`.',
    );
  }
  console.log('');
  console.log('source               n   ≥low   ≥med   high  fraud recall  legit med/hi    AUC');
  for (const source of sources)
    console.log(
      summaryLine(
        source,
        rows.filter((r) => r.source === source),
      ),
    );
  const labelled = rows.filter((r) => r.label !== null);
  console.log(summaryLine('all labelled', labelled));
  const unlabelled = rows.filter((r) => r.label === null);
  if (unlabelled.length) console.log(summaryLine('all unlabelled', unlabelled));

  const legit = labelled.filter((r) => r.label === 0);
  const fraud = labelled.filter((r) => r.label === 1);
  const checks: [string, boolean][] = [
    [
      `legitimate rated medium+ ${pct(share(legit, 'medium'), legit.length)} (target ≤ 3%)`,
      share(legit, 'medium') <= 0.03 * legit.length,
    ],
    [
      `legitimate rated high ${pct(share(legit, 'high'), legit.length)} (target ≤ 0.5%)`,
      share(legit, 'high') <= 0.005 * legit.length,
    ],
    [
      `fraudulent rated medium+ ${pct(share(fraud, 'medium'), fraud.length)} (target ≥ 40%)`,
      share(fraud, 'medium') >= 0.4 * fraud.length,
    ],
    [`AUC on labelled ads ${auc(labelled).toFixed(3)} (target ≥ 0.85)`, auc(labelled) >= 0.85],
    [
      `alert rate (medium+) on unlabelled classifieds ${pct(share(unlabelled, 'medium'), unlabelled.length)} (no target)`,
      true,
    ],
  ];
  console.log('');
  for (const [text, ok] of checks) console.log(`${ok ? 'ok  ' : 'MISS'} ${text}`);

  if (args.includes('--signs')) {
    const ids = [...new Set(rows.flatMap((r) => r.signs))].sort();
    console.log('\nsign                          fraud   legit  unlabelled');
    for (const id of ids) {
      const count = (rs: readonly Row[]): string =>
        pct(rs.filter((r) => r.signs.includes(id)).length, rs.length);
      console.log(
        `${id.padEnd(28)} ${count(fraud).padStart(7)} ${count(legit).padStart(7)} ${count(unlabelled).padStart(7)}`,
      );
    }
  }
}

main();
