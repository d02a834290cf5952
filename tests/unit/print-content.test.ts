import { describe, expect, it } from 'vitest';
import {
  printContent,
  SIGN_COUNT,
  type PrintFormat,
  type PrintModel,
} from '../../demo/print/print-content.js';
import { loadPrintLocale, PRINT_ENGLISH } from '../../demo/print/print-locales.js';
import { HELPLINES, REGION_CODES } from '../../shared/content/helplines.js';
import { AUDIENCES } from '../../shared/content/types.js';
import { LANGUAGES } from '../../shared/i18n/languages.js';
import { Translator } from '../../shared/i18n/translator.js';
import { flatten, readLocale, type Tree } from '../support/locale-files.js';

const readPrint = (code: string): Tree => readLocale(code, 'print/');

/** Every string in a model, with where it is. */
function strings(value: unknown, path = 'model'): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, `${path}[${index}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => strings(item, `${path}.${key}`));
  return [];
}

async function translatorFor(code: string): Promise<Translator> {
  const translator = new Translator(PRINT_ENGLISH, loadPrintLocale);
  expect(await translator.use(code)).toBe(code);
  return translator;
}

const RAW_KEY = /^(ui|print|signs|groups|serviceKind|areas|myths)\.[\w.-]+$/;

describe('the print model', () => {
  it('GB in English: the helpline as printed locally, its tel: link, 999 and the website', async () => {
    const { t } = await translatorFor('en');
    const model = printContent(t, 'en', { region: 'GB', audience: 'public', format: 'poster', qr: true });
    expect(model.title).toBe('Spot the signs of modern slavery');
    expect(model.lang).toBe('en');
    expect(model.dir).toBe('ltr');
    expect(model.helpline?.name).toBe('Modern Slavery & Exploitation Helpline');
    expect(model.helpline?.call).toEqual({
      label: 'Call',
      display: '08000 121 700',
      href: 'tel:+448000121700',
    });
    expect(model.helpline?.hours).toBe('open 24 hours');
    expect(model.helpline?.web).toEqual({
      label: 'Report online',
      url: 'https://modernslaveryhelpline.org',
      display: 'modernslaveryhelpline.org',
    });
    expect(model.emergency).toEqual({
      label: 'If someone is in danger now, call',
      display: '999',
      href: 'tel:999',
    });
    expect(model.qr).toEqual({
      url: 'https://modernslaveryhelpline.org',
      caption: "Scan for the helpline's website",
    });
    expect(model.signs).toHaveLength(SIGN_COUNT.poster);
    expect(model.signs[0]).toBe(t('signs.general-appearance'));
    expect(model.footer).toBe('Contact details for United Kingdom, checked on 29 November 2026');
    expect(model.noHelpline).toBeUndefined();
  });

  it('the card is shorter: fewer signs, no intro; no QR code when not asked for', async () => {
    const { t } = await translatorFor('en');
    const card = printContent(t, 'en', { region: 'GB', audience: 'jobseeker', format: 'card', qr: false });
    expect(card.signs).toHaveLength(SIGN_COUNT.card);
    expect(SIGN_COUNT.card).toBeLessThan(SIGN_COUNT.poster);
    expect(card.signs[0]).toBe(t('signs.job-no-fee'));
    expect(card.intro).toBeUndefined();
    expect(card.qr).toBeUndefined();
    expect(card.helpline?.call?.display).toBe('08000 121 700');
  });

  it('texting where it exists (US), and no QR code where the main service has no website (RO)', async () => {
    const { t } = await translatorFor('en');
    const us = printContent(t, 'en', { region: 'US', audience: 'public', format: 'card', qr: true });
    expect(us.helpline?.sms).toEqual({ label: 'Text', display: '233733', href: 'sms:233733' });
    expect(us.emergency?.href).toBe('tel:911');
    const ro = printContent(t, 'en', { region: 'RO', audience: 'public', format: 'poster', qr: true });
    expect(ro.helpline?.web).toBeUndefined();
    expect(ro.qr).toBeUndefined();
    expect(ro.helpline?.call?.href).toBe('tel:+40800800678');
  });

  it('is right to left for Arabic and Urdu, in their own words', async () => {
    for (const code of ['ar', 'ur']) {
      const { t } = await translatorFor(code);
      const model = printContent(t, code, { region: 'GB', audience: 'public', format: 'poster', qr: true });
      expect(model.dir).toBe('rtl');
      expect(model.lang).toBe(code);
      expect(model.title).toBe(readPrint(code)['heading']);
      expect(model.helpline?.call?.display).toBe('08000 121 700');
    }
  });

  const regions = ['GB', 'US', 'PL', 'UA', 'DE', 'LT', 'PT', 'INTL'];
  for (const { code } of LANGUAGES) {
    it(`${code}: a complete model for every audience and format, with no raw keys`, async () => {
      const { t } = await translatorFor(code);
      const printOwn = flatten(readPrint(code));
      for (const region of regions) {
        for (const audience of AUDIENCES) {
          for (const format of ['card', 'poster'] satisfies PrintFormat[]) {
            const model: PrintModel = printContent(t, code, { region, audience, format, qr: true });
            const where = `${code}/${region}/${audience}/${format}`;
            expect(model.title, where).toBe(printOwn.get('heading'));
            expect(model.signs.length, where).toBeGreaterThan(0);
            expect(model.helpline, where).toBeDefined();
            if (region !== 'INTL') expect(model.helpline?.call?.display, where).toBeTruthy();
            for (const [path, text] of strings(model)) {
              expect(text.trim(), `${where} ${path}`).not.toBe('');
              expect(text, `${where} ${path}`).not.toMatch(RAW_KEY);
              expect(text, `${where} ${path}`).not.toContain('{{');
            }
          }
        }
      }
    });
  }

  it('has a number for the main service of every region in the list', async () => {
    const { t } = await translatorFor('en');
    for (const region of REGION_CODES) {
      const model = printContent(t, 'en', { region, audience: 'public', format: 'poster', qr: true });
      const first = HELPLINES.find((entry) => entry.region === region)!.services[0]!;
      expect(model.helpline?.call?.display, region).toBe(first.phone?.display);
      expect(model.helpline?.call?.href, region).toBe(`tel:${first.phone?.dial}`);
    }
  });
});

describe('what the card promises', () => {
  it('offers advice in confidence only where the main service gives it; elsewhere, reporting', async () => {
    const { t } = await translatorFor('en');
    const reassurance = (region: string) =>
      printContent(t, 'en', { region, audience: 'public', format: 'card', qr: false }).helpline?.reassurance;
    expect(reassurance('GB')).toBe("You don't have to be sure. You can call for advice in confidence.");
    for (const region of ['AU', 'NZ', 'IE', 'NL']) {
      expect(reassurance(region), region).toBe("You don't have to be sure to report a concern.");
    }
  });

  it('says what kind of service a bare number is on the card', async () => {
    const { t } = await translatorFor('en');
    const model = printContent(t, 'en', { region: 'SE', audience: 'public', format: 'card', qr: false });
    expect(model.helpline?.name).toBeUndefined();
    expect(model.helpline?.facts).toContain(t('serviceKind.victims-of-crime'));
  });
});
