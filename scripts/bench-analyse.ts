/**
 * Measures the job-ad analyser against its budget: at least 3,000 typical (2–4 KB) ads per second on
 * one core, and under 250 ms for a 1 MB input (ordinary text and adversarial repeats). Uses the dev set
 * (`../shared/data/ads/dev.jsonl`) when present, made-up ads otherwise. Exits 1 above budget. Also
 * reports the first, cold analysis of the process (for reference: its budget is checked in a browser).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyseAd } from '../shared/analyse/analyse-ad';
import type { AdInput } from '../shared/analyse/types';

const MIN_ADS_PER_SECOND = 3000;
const MAX_MEGABYTE_MS = 250;
const ROUNDS = 10;
const ROUND_MS = 500;
const DATA = fileURLToPath(new URL('../../shared/data/ads/dev.jsonl', import.meta.url));

const MADE_UP = [
  'Warehouse operatives needed for a busy distribution centre. Day and night shifts, overtime available.',
  'You will pick and pack orders, load vehicles and keep the work area safe and tidy at all times.',
  'We offer a competitive hourly rate, paid weekly into your bank account, with payslips and holiday pay.',
  'Accommodation can be arranged near the site; the cost is agreed in writing before you start.',
  'No experience needed, full training given. Must be able to lift up to 20 kg and work as part of a team.',
  'Apply with your CV through our website. We never charge candidates any fee for finding work.',
];

function typicalAds(): AdInput[] {
  if (existsSync(DATA)) {
    const ads: AdInput[] = [];
    for (const line of readFileSync(DATA, 'utf8').split('\n')) {
      if (!line) continue;
      const r = JSON.parse(line) as { text?: unknown; title?: unknown };
      const text = typeof r.text === 'string' ? r.text : '';
      const title = typeof r.title === 'string' ? r.title : undefined;
      const size = text.length + (title?.length ?? 0);
      if (size >= 2000 && size <= 4000) ads.push(title === undefined ? { text } : { text, title });
    }
    if (ads.length > 0) return ads;
  }
  const ads: AdInput[] = [];
  for (let i = 0; i < 200; i++) {
    let text = '';
    for (let k = 0; text.length < 3000; k++) text += MADE_UP[(i + k) % MADE_UP.length] + ' ';
    ads.push({ text, title: `Job ${i}` });
  }
  return ads;
}

/** CPU milliseconds for one analysis. */
function timeOne(ad: AdInput): number {
  const start = process.cpuUsage();
  analyseAd(ad);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function main(): void {
  const ads = typicalAds();
  // The first analysis in a fresh process compiles the phrases it needs and the model's table, as
  // the extension's content script does on every page; reported for reference (the page budget is
  // measured in a browser).
  const firstAd = ads.find((ad) => ad.text.length + (ad.title?.length ?? 0) >= 600) ?? ads[0]!;
  const coldMs = timeOne(firstAd);
  for (const ad of ads.slice(0, 200)) analyseAd(ad);
  // CPU time, not wall time, and the best of several rounds: on a shared machine other processes take
  // turns on the core, and the budget is what one core can do.
  let best = 0;
  let bytes = 0;
  let count = 0;
  let wallBest = 0;
  for (let round = 0; round < ROUNDS; round++) {
    let n = 0;
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    while (performance.now() - start < ROUND_MS) {
      const ad = ads[count % ads.length]!;
      analyseAd(ad);
      bytes += ad.text.length + (ad.title?.length ?? 0);
      count++;
      n++;
    }
    const wall = (performance.now() - start) / 1000;
    const cpu = process.cpuUsage(cpuStart);
    best = Math.max(best, n / ((cpu.user + cpu.system) / 1e6));
    wallBest = Math.max(wallBest, n / wall);
  }
  const perSecond = best;
  console.log(`typical ads: ${ads.length} distinct, mean ${Math.round(bytes / count)} chars`);
  console.log(`first analysis (cold, this process): ${coldMs.toFixed(1)} ms CPU`);
  console.log(
    `throughput: ${Math.round(perSecond)} ads/s per CPU-second on one core (best of ${ROUNDS}; budget ≥ ${MIN_ADS_PER_SECOND}); ` +
      `${Math.round(wallBest)} ads/s wall-clock`,
  );

  const ordinary = ads.map((ad) => ad.text).join('\n');
  const inputs: [string, string][] = [
    ['1 MB of ordinary ad text', ordinary.repeat(Math.ceil(1_000_000 / ordinary.length)).slice(0, 1_000_000)],
    ["'a' × 1,000,000", 'a'.repeat(1_000_000)],
    ["'fee ' × 250,000", 'fee '.repeat(250_000)],
    ["'no fee pay deposit ' × 52,632", 'no fee pay deposit '.repeat(52_632)],
    ['1 MB of whitespace', ' \n\t'.repeat(333_334)],
    ["'€5000 per week ' × 66,667", '€5000 per week '.repeat(66_667)],
  ];
  let worst = 0;
  for (const [name, text] of inputs) {
    const ms = Math.min(timeOne({ text }), timeOne({ text }), timeOne({ text }));
    worst = Math.max(worst, ms);
    console.log(`${name}: ${ms.toFixed(1)} ms CPU (budget < ${MAX_MEGABYTE_MS})`);
  }

  const ok = perSecond >= MIN_ADS_PER_SECOND && worst < MAX_MEGABYTE_MS;
  console.log(ok ? 'within budget' : 'OVER BUDGET');
  process.exitCode = ok ? 0 : 1;
}

main();
