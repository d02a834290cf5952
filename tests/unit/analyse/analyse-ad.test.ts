import { describe, expect, it } from 'vitest';
import { analyseAd } from '../../../shared/analyse/analyse-ad';

describe('analyseAd', () => {
  it('reports the language it was given, as a primary subtag', () => {
    expect(analyseAd({ text: 'Driver wanted.' }, { lang: 'pl-PL' }).lang).toBe('pl');
    expect(analyseAd({ text: 'Driver wanted.', lang: 'RO' }).lang).toBe('ro');
  });

  it('detects the language when none is given, and says und for nothing', () => {
    expect(
      analyseAd({ text: 'Szukamy kierowcy do pracy w naszej firmie, oferujemy umowę o pracę.' }).lang,
    ).toBe('pl');
    expect(analyseAd({ text: '' }).lang).toBe('und');
  });

  it('ignores a malformed language tag', () => {
    expect(
      analyseAd({ text: 'We are looking for a driver to join our team.' }, { lang: '<script>' }).lang,
    ).toBe('en');
  });

  it('rates an ordinary honest ad none or low', () => {
    const result = analyseAd({
      title: 'Warehouse operative',
      employer: 'Acme Logistics Ltd',
      text:
        'Acme Logistics is hiring warehouse operatives for our Leeds site. Permanent contract, £12.50 per hour, ' +
        'paid weekly with payslips, holiday pay and pension. We never charge candidates any fee. Apply on our website.',
    });
    expect(['none', 'low']).toContain(result.level);
  });

  it('gives the same answer every time', () => {
    const ad = { text: 'Urgent! Pay a deposit, we keep your passport. WhatsApp only.' };
    expect(analyseAd(ad)).toEqual(analyseAd(ad));
  });
});
