// Prints one plain line "N passed, N failed" totalling every suite's report in .ci-reports/.
// Usage: node scripts/count-results.mjs [exit status of the test run]
import { existsSync, readFileSync } from 'node:fs';

const reports = {
  unit: '.ci-reports/unit.json',
  browser: '.ci-reports/browser.json',
  e2e: '.ci-reports/e2e.json',
};
let passed = 0;
let failed = 0;
let skipped = 0;
for (const [suite, file] of Object.entries(reports)) {
  if (!existsSync(file)) {
    console.log(`${suite}: no report (the run stopped before it)`);
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  // vitest's JSON reporter (jest format) or our wtr reporter.
  const p = report.numPassedTests ?? report.passed ?? 0;
  const f = report.numFailedTests ?? report.failed ?? 0;
  const s = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0) + (report.skipped ?? 0);
  console.log(`${suite}: ${p} passed, ${f} failed, ${s} skipped`);
  passed += p;
  failed += f;
  skipped += s;
}
// A step that failed before any test ran (typecheck, lint, build, size) still counts as a failure.
const status = Number(process.argv[2] ?? 0);
if (status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
