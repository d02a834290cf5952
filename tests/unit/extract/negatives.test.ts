// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectPage } from '../../../shared/extract/detect-page.js';
import { HAS_DATA, listPages, parsePage, readPage, warnIfMissing } from './page-data.js';

warnIfMissing();

/** Where a news or blog page is read from: not a job site, so only markup could make it one. */
const ARTICLE_URL = 'https://example.org/article';

/** The non-job-page budget from DESIGN.md: ≤ 2 ms main-thread work. */
const BUDGET_MS = 2;

describe.skipIf(!HAS_DATA)('240 real non-job pages (pages/negatives)', () => {
  const files = HAS_DATA ? listPages('negatives') : [];
  const times: number[] = [];

  it('has the pages', () => {
    expect(files.length).toBe(240);
    // One of them is an article about a jobs site; it must stay silent too.
    expect(files).toContain('readability__wordpress.html');
  });

  it.each(files)('stays silent on %s', async (file) => {
    const html = readPage('negatives', file);
    // Each run times only the first detect call on a freshly parsed document (nothing cached); the
    // best of two runs per page keeps scheduler and GC noise of a busy test machine out of the figure.
    let best = Infinity;
    for (let run = 0; run < 2; run++) {
      const page = parsePage(html, ARTICLE_URL);
      try {
        const start = performance.now();
        const result = detectPage(page.doc, ARTICLE_URL);
        best = Math.min(best, performance.now() - start);
        expect(result).toEqual({ kind: 'none' });
      } finally {
        await page.close();
      }
    }
    times.push(best);
  });

  it(`answers none in under ${BUDGET_MS} ms (median over the pages)`, () => {
    expect(times.length).toBe(files.length);
    const sorted = [...times].sort((a, b) => a - b);
    const median = sorted[sorted.length >> 1]!;
    const p90 = sorted[Math.floor(sorted.length * 0.9)]!;
    console.info(
      `detectPage on ${sorted.length} non-job pages (happy-dom, best of 2 fresh parses): median ${median.toFixed(3)} ms, ` +
        `p90 ${p90.toFixed(3)} ms, max ${sorted[sorted.length - 1]!.toFixed(3)} ms`,
    );
    expect(median).toBeLessThan(BUDGET_MS);
  });
});
