// `npm run size`: gzip -9 sizes of the widget and what it loads for the English panel, against budgets.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1024;
/** Budgets from DESIGN.md. */
const BUDGET_ENGLISH_TOTAL = 40 * KB;
const AIM_ENGLISH_TOTAL = 32 * KB;
const BUDGET_LOCALE = 8 * KB;

const dir = 'dist/widget';
if (!existsSync(join(dir, 'stamp-out.js'))) {
  console.error('dist/widget/stamp-out.js is missing: run `npm run build` first.');
  process.exit(1);
}
const gzip = (file) => gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

let failed = false;
// The English panel needs only stamp-out.js: English text is inline, nothing else is fetched.
const english = gzip('stamp-out.js');
const verdict =
  english > BUDGET_ENGLISH_TOTAL
    ? 'OVER BUDGET'
    : english > AIM_ENGLISH_TOTAL
      ? 'within budget, above the 32 KB aim'
      : 'ok';
console.log(
  `stamp-out.js (all the English panel loads): ${kb(english)} gzip -9 / budget ${kb(BUDGET_ENGLISH_TOTAL)} — ${verdict}`,
);
if (english > BUDGET_ENGLISH_TOTAL) failed = true;
console.log(`stamp-out.mjs: ${kb(gzip('stamp-out.mjs'))} gzip -9`);
for (const file of readdirSync(join(dir, 'locales')).sort()) {
  const size = gzip(join('locales', file));
  const over = size > BUDGET_LOCALE;
  if (over) failed = true;
  console.log(
    `locales/${file}: ${kb(size)} gzip -9 / budget ${kb(BUDGET_LOCALE)}${over ? ' — OVER BUDGET' : ''}`,
  );
}
process.exit(failed ? 1 : 0);
