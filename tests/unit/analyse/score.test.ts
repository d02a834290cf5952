import { describe, expect, it } from 'vitest';
import { scoreSignIds, scoreSigns } from '../../../shared/analyse/score';
import { AD_SIGNS } from '../../../shared/content/rules/signs';

const weak = AD_SIGNS.filter((s) => s.strength === 'weak').map((s) => s.id);
const strong = AD_SIGNS.filter((s) => s.strength === 'strong').map((s) => s.id);

describe('scoring', () => {
  it('rates an ad with no signs none, score 0', () => {
    expect(scoreSignIds([])).toEqual({ level: 'none', score: 0 });
  });

  it('never rates a single weak sign above low', () => {
    for (const id of weak) expect(scoreSignIds([id]).level, id).toBe('low');
  });

  it('never rates a single weak sign above low, even with an inflated weight', () => {
    expect(scoreSigns([{ id: 'x', weight: 0.9, strong: false }]).level).toBe('low');
  });

  it('rates a single strong sign medium', () => {
    for (const id of strong) expect(scoreSignIds([id]).level, id).toBe('medium');
  });

  it('rates two strong signs high', () => {
    expect(scoreSignIds(['upfront-fee', 'documents-kept']).level).toBe('high');
  });

  it('needs at least three signs for high when none is strong', () => {
    expect(
      scoreSigns([
        { id: 'a', weight: 0.3, strong: false },
        { id: 'b', weight: 0.3, strong: false },
      ]).level,
    ).not.toBe('high');
    expect(scoreSignIds(['housing-provided', 'transport-provided']).level).not.toBe('high');
    const many = [
      'home-data-entry',
      'job-guaranteed',
      'messaging-app-contact',
      'no-permit-needed',
      'id-requested-upfront',
    ];
    expect(scoreSignIds(many).level).toBe('high');
  });

  it('lets several weak signs together reach medium', () => {
    expect(scoreSignIds(['messaging-app-contact', 'job-guaranteed']).level).toBe('medium');
  });

  it('never lowers the score when a sign is added', () => {
    let ids: string[] = [];
    let last = 0;
    for (const id of [...weak, ...strong]) {
      ids = [...ids, id];
      const { score } = scoreSignIds(ids);
      expect(score).toBeGreaterThanOrEqual(last);
      expect(score).toBeLessThanOrEqual(100);
      last = score;
    }
  });

  it('counts a sign once however often it is listed', () => {
    expect(scoreSignIds(['urgency-pressure', 'urgency-pressure', 'urgency-pressure'])).toEqual(
      scoreSignIds(['urgency-pressure']),
    );
  });

  it('lets reassurances soften weak signs but never strong ones', () => {
    const weakPair = ['messaging-app-contact', 'job-guaranteed'];
    expect(scoreSignIds(weakPair, ['ok:licensed', 'ok:contract']).score).toBeLessThan(
      scoreSignIds(weakPair).score,
    );
    expect(scoreSignIds(['documents-kept'], ['ok:no-fees', 'ok:licensed'])).toEqual(
      scoreSignIds(['documents-kept']),
    );
  });
});
