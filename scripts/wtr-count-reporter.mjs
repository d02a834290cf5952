// A @web/test-runner reporter that writes pass/fail totals to .ci-reports/browser.json for .ci/run.
import { mkdirSync, writeFileSync } from 'node:fs';

function countTests(suite, totals) {
  if (!suite) return;
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) countTests(child, totals);
}

/** Counts every test of every session; a session that failed to load counts as one failure. */
export function countReporter(file = '.ci-reports/browser.json') {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const before = totals.passed + totals.failed;
        countTests(session.testResults, totals);
        if (!session.passed && totals.passed + totals.failed === before) totals.failed += 1;
      }
      mkdirSync('.ci-reports', { recursive: true });
      writeFileSync(file, JSON.stringify(totals));
    },
  };
}
