import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileRules } from '../../../shared/analyse/compile-rules';
import { AD_CUES, AD_REASSURANCES } from '../../../shared/content/rules/cues';
import { AD_RULE_SETS } from '../../../shared/content/rules/rule-sets';
import { AD_COMBOS, AD_SIGNS } from '../../../shared/content/rules/signs';
import { SOURCES } from '../../../shared/content/sources';

const locale = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('../../../shared/i18n/locales/analyser/en.json', import.meta.url)),
    'utf8',
  ),
) as Record<string, unknown>;

describe('analyser rule data', () => {
  it('has at least 30 signs, each with a family, a strength and a weight in range', () => {
    expect(AD_SIGNS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(AD_SIGNS.map((s) => s.id)).size).toBe(AD_SIGNS.length);
    for (const sign of AD_SIGNS) {
      expect(['exploitation', 'deception']).toContain(sign.family);
      expect(['strong', 'weak']).toContain(sign.strength);
      // A weak sign alone must stay below medium; a strong one alone must reach it.
      if (sign.strength === 'weak') expect(sign.weight).toBeLessThan(0.33);
      else expect(sign.weight).toBeGreaterThanOrEqual(0.33);
    }
  });

  it('covers both families', () => {
    expect(AD_SIGNS.filter((s) => s.family === 'exploitation').length).toBeGreaterThanOrEqual(10);
    expect(AD_SIGNS.filter((s) => s.family === 'deception').length).toBeGreaterThanOrEqual(8);
  });

  it('gives every sign a title, an explanation and a question in the English analyser locale', () => {
    for (const sign of AD_SIGNS) {
      const entry = locale[sign.id] as Record<string, unknown> | undefined;
      expect(entry, sign.id).toBeDefined();
      for (const key of ['title', 'why', 'ask'])
        expect(typeof entry?.[key], `${sign.id}.${key}`).toBe('string');
      expect(String(entry?.ask)).toContain('?');
    }
  });

  it('never says an ad is trafficking or a scam', () => {
    const text = JSON.stringify(locale).toLowerCase();
    expect(text).not.toMatch(/\bis (a )?(scam|trafficking|fraud)\b/);
    expect(text).not.toMatch(/this (ad|job) is (fake|a scam|trafficking)/);
  });

  it('has plural forms for the summary', () => {
    const summary = locale.summary as Record<string, string>;
    expect(summary.count_one).toContain('{{count}}');
    expect(summary.count_other).toContain('{{count}}');
  });

  it('cites only sources that exist', () => {
    const ids = new Set(SOURCES.map((s) => s.id));
    for (const sign of AD_SIGNS) {
      expect(sign.sources.length, sign.id).toBeGreaterThan(0);
      for (const source of sign.sources) expect(ids.has(source), `${sign.id} → ${source}`).toBe(true);
    }
  });

  it('points every phrase at a known sign, cue or reassurance', () => {
    const known = new Set([
      ...AD_SIGNS.map((s) => s.id),
      ...AD_CUES.map((c) => c.id),
      ...AD_REASSURANCES.map((r) => r.id),
      'ok:benign',
    ]);
    for (const set of AD_RULE_SETS) {
      for (const trigger of Object.keys(set.phrases))
        expect(known.has(trigger), `${set.lang}: ${trigger}`).toBe(true);
    }
    for (const combo of AD_COMBOS) {
      expect(known.has(combo.sign)).toBe(true);
      expect(known.has(combo.anchor)).toBe(true);
      for (const other of combo.with) expect(known.has(other), other).toBe(true);
    }
  });

  it('compiles every phrase of every language', () => {
    const rules = compileRules(AD_RULE_SETS);
    expect(rules.patternCount).toBeGreaterThan(500);
  });

  it('keeps the generated model file within 150 KB', () => {
    const path = fileURLToPath(new URL('../../../shared/content/rules/ad-model.json', import.meta.url));
    expect(statSync(path).size).toBeLessThanOrEqual(150 * 1024);
  });
});
