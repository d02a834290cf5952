import { describe, expect, it } from 'vitest';
import { analyseAd } from '../../../shared/analyse/analyse-ad';
import type { AdInput } from '../../../shared/analyse/types';
import { expectSpansExact, rulesOnly } from './helpers';

const ADS: readonly AdInput[] = [
  { text: 'Pay a 200 euro fee, we keep your passport' },
  {
    title: 'URGENT: hostess wanted abroad',
    text: 'Girls 18-25 only. Flights paid. WhatsApp +44 7700 900123.',
  },
  { text: 'Salary', salary: '€3,000 per week', location: 'Dublin' },
  { text: '🙂🙂 Emoji first, then: pay a registration fee of £50. Don’t miss it!' },
  { text: 'Ｆｕｌｌｗｉｄｔｈ and 𝐦𝐚𝐭𝐡 letters, then a security deposit is required.' },
  {
    text: 'Plec\u0103ri rapide \u00een str\u0103in\u0103tate, f\u0103r\u0103 experien\u021b\u0103, salarii de mii de euro.'.normalize(
      'NFD',
    ),
  },
  { text: 'Lone surrogate \uD800 before: no contract needed, cash in hand \uDC00 after.' },
  { text: '包吃包住，先交报名费，月入过万。' },
  { text: 'Send   your\n\n\tbank    details\u00a0and a copy of your passport to jobs.uk.2024@gmail.com' },
];

describe('evidence spans', () => {
  for (const ad of ADS) {
    it(`quotes exactly what the field says: ${ad.text.slice(0, 40)}`, () => {
      const result = analyseAd(ad);
      expect(result.signs.length).toBeGreaterThan(0);
      expectSpansExact(ad, result);
    });
  }

  it('points into the field the evidence came from', () => {
    const ad: AdInput = { title: 'Easy money', text: 'Nothing special here.', salary: '$90 per hour' };
    const result = rulesOnly(ad);
    expect(result.signs.find((s) => s.id === 'easy-money')?.field).toBe('title');
    expect(result.signs.find((s) => s.id === 'pay-far-above-norm')?.field).toBe('salary');
    expectSpansExact(ad, result);
  });

  it('reports each sign once, in reading order', () => {
    const result = rulesOnly('Urgent! Urgent start. Hurry, urgent.');
    expect(result.signs.filter((s) => s.id === 'urgency-pressure')).toHaveLength(1);
    const positions = result.signs.map((s) => s.start);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('returns the contract shape and no extra keys on signs', () => {
    const result = analyseAd({ text: 'Pay a 200 euro fee, we keep your passport' });
    expect(Object.keys(result).sort()).toEqual(['lang', 'level', 'score', 'signs']);
    for (const sign of result.signs)
      expect(Object.keys(sign)).toEqual(['id', 'start', 'end', 'quote', 'field']);
  });
});
