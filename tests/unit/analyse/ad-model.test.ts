import { describe, expect, it } from 'vitest';
import { modelSignWeight, runModel, type AdModelFile } from '../../../shared/analyse/ad-model';
import { analyseAdDetailed } from '../../../shared/analyse/analyse-ad';
import { tokenize } from '../../../shared/analyse/tokenize';
import { expectSpansExact } from './helpers';

const MODEL: AdModelFile = {
  about: 'test model',
  bias: -3,
  thresholds: { low: 0.3, medium: 0.6, high: 0.9 },
  features: { 'easy job': 2.5, weekly: 1, team: -1, 'title:hiring': 0.5 },
};

describe('statistical model', () => {
  it('adds the weights of the features present, each once', () => {
    const { tokens } = tokenize('Easy job, paid weekly. Easy job again.');
    const verdict = runModel(MODEL, { text: tokens });
    expect(verdict.p).toBeCloseTo(1 / (1 + Math.exp(-(-3 + 2.5 + 1))), 6);
    expect(verdict.evidence).toEqual({ field: 'text', first: 0, last: 1 });
  });

  it('keeps title and text features apart', () => {
    const title = tokenize('Hiring now').tokens;
    const text = tokenize('hiring').tokens;
    expect(runModel(MODEL, { title }).p).toBeGreaterThan(runModel(MODEL, { text }).p);
  });

  it('maps probability to a sign: none, weak, strong, strong enough for high', () => {
    expect(modelSignWeight(MODEL, 0.2)).toBeUndefined();
    expect(modelSignWeight(MODEL, 0.4)?.strong).toBe(false);
    expect(modelSignWeight(MODEL, 0.7)?.strong).toBe(true);
    expect(modelSignWeight(MODEL, 0.95)!.weight).toBeGreaterThanOrEqual(0.6);
  });

  it('explains what it adds with a visible phrase', () => {
    const ad = { text: 'An easy job, paid weekly, no questions.' };
    const { analysis } = analyseAdDetailed(ad, {}, MODEL);
    const sign = analysis.signs.find((s) => s.id === 'wording-like-scam-ads');
    expect(sign?.quote).toBe('easy job');
    expectSpansExact(ad, analysis);
  });

  it('adds nothing when switched off', () => {
    const { analysis } = analyseAdDetailed(
      { text: 'An easy job, paid weekly.' },
      { model: false },
      undefined,
    );
    expect(analysis.signs.map((s) => s.id)).not.toContain('wording-like-scam-ads');
  });
});
