import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyseAd } from '../../../shared/analyse/analyse-ad';
import type { ConcernLevel } from '../../../shared/analyse/types';
import { expectSpansExact } from './helpers';

const DATA = fileURLToPath(new URL('../../../../shared/data/ads/dev.jsonl', import.meta.url));
const HAS_DATA = existsSync(DATA);
const ALERT: readonly ConcernLevel[] = ['medium', 'high'];

describe.skipIf(!HAS_DATA)(
  'dev set figures (skipped: ../shared/data is absent)',
  { timeout: 120_000 },
  () => {
    const rows = HAS_DATA
      ? readFileSync(DATA, 'utf8')
          .split('\n')
          .filter((line) => line.trim() !== '')
          .map((line) => JSON.parse(line) as Record<string, unknown>)
      : [];
    const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
    const results = rows.map((r) => {
      const ad = { text: str(r.text) ?? '', ...(str(r.title) && { title: str(r.title)! }) };
      return { label: r.label, ad, result: analyseAd(ad) };
    });

    it('keeps false alarms on legitimate ads within target', () => {
      const legit = results.filter((r) => r.label === 0);
      expect(legit.filter((r) => ALERT.includes(r.result.level)).length / legit.length).toBeLessThanOrEqual(
        0.03,
      );
      expect(legit.filter((r) => r.result.level === 'high').length / legit.length).toBeLessThanOrEqual(0.005);
    });

    it('rates at least 40 % of fraudulent ads medium or high', () => {
      const fraud = results.filter((r) => r.label === 1);
      expect(
        fraud.filter((r) => ALERT.includes(r.result.level)).length / fraud.length,
      ).toBeGreaterThanOrEqual(0.4);
    });

    it('quotes every piece of evidence exactly, on every real ad', () => {
      for (const { ad, result } of results) expectSpansExact(ad, result);
    });
  },
);
