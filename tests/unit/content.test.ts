/** Checks the content data: numbers, sources, ids, dates and the English texts that go with them. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

import { HELPLINES, REGION_CODES, helplinesFor } from '../../shared/content/helplines';
import { MYTHS } from '../../shared/content/myths';
import { SIGNS } from '../../shared/content/signs';
import { SOURCES, sourceById } from '../../shared/content/sources';
import {
  AUDIENCES,
  EXPLOITATION_TYPES,
  type HelplineService,
  type PhoneNumber,
  type ServiceKind,
  type SignGroup,
} from '../../shared/content/types';
import en from '../../shared/i18n/locales/en.json';

const E164 = /^\+[1-9]\d{6,14}$/;
const SHORT_CODE = /^\d{3,6}$/;
const SIGN_GROUPS: readonly SignGroup[] = ['general', ...EXPLOITATION_TYPES];
const SERVICE_KINDS: readonly ServiceKind[] = [
  'trafficking-helpline',
  'victim-support',
  'police',
  'anonymous-reporting',
  'labour-inspection',
  'children',
  'victims-of-crime',
];
const SHARED_DIR = fileURLToPath(new URL('../../shared', import.meta.url));

const services: readonly HelplineService[] = HELPLINES.flatMap((entry) => entry.services);
const numbers: readonly PhoneNumber[] = [
  ...services.flatMap((service) => [service.phone, service.sms]),
  ...HELPLINES.flatMap((entry) => entry.emergency),
].filter((value): value is PhoneNumber => value !== undefined);

function duplicates(values: readonly string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function isRealPastDate(value: string, today: Date): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) && date <= today;
}

describe('phone numbers', () => {
  it('dial as E.164 or as a bare short code', () => {
    for (const number of numbers) {
      expect(E164.test(number.dial) || SHORT_CODE.test(number.dial), number.dial).toBe(true);
    }
  });

  it('show the same digits as they dial', () => {
    for (const { display, dial } of numbers) {
      const shown = display.replace(/\D/g, '');
      if (E164.test(dial)) {
        expect(dial.slice(1).endsWith(shown.replace(/^0/, '')), `${display} vs ${dial}`).toBe(true);
      } else {
        expect(shown, `${display} vs ${dial}`).toBe(dial);
      }
    }
  });

  it('never include the obsolete UK referral number anywhere under shared/', () => {
    const digits = ['0300', '303', '8151'];
    const forbidden = [digits.join(' '), digits.join(''), `+44${digits.join('').slice(1)}`];
    for (const file of filesUnder(SHARED_DIR)) {
      const text = readFileSync(file, 'utf8');
      for (const needle of forbidden) expect(text.includes(needle), `${file} contains ${needle}`).toBe(false);
    }
  });
});

describe('helplines', () => {
  it('cover at least 12 regions plus the international fallback', () => {
    expect(REGION_CODES.length).toBeGreaterThanOrEqual(12);
    expect(REGION_CODES).not.toContain('INTL');
    expect(helplinesFor('INTL')).toBeDefined();
    for (const code of REGION_CODES) expect(code).toMatch(/^[A-Z]{2}$/);
  });

  it('have no duplicate region or service id', () => {
    expect(duplicates(HELPLINES.map((entry) => entry.region))).toEqual([]);
    expect(duplicates(services.map((service) => service.id))).toEqual([]);
  });

  it('give every country an emergency number and a real, past check date', () => {
    const today = new Date();
    for (const entry of HELPLINES) {
      // INTL has none on purpose: no number works everywhere, so the panel says "call your local emergency number".
      if (entry.region === 'INTL') expect(entry.emergency).toEqual([]);
      else expect(entry.emergency.length, entry.region).toBeGreaterThanOrEqual(1);
      expect(isRealPastDate(entry.checked, today), `${entry.region}: ${entry.checked}`).toBe(true);
    }
  });

  it('give every service at least one source and a way to reach it', () => {
    for (const service of services) {
      expect(service.sources.length, service.id).toBeGreaterThanOrEqual(1);
      expect(service.phone ?? service.sms ?? service.web ?? service.email, service.id).toBeDefined();
    }
  });

  it('show the Modern Slavery & Exploitation Helpline first in GB', () => {
    const first = helplinesFor('gb')?.services[0];
    expect(first?.phone).toEqual({ display: '08000 121 700', dial: '+448000121700' });
    expect(helplinesFor('US')?.services[0]?.sms?.dial).toBe('233733');
    expect(helplinesFor('XX')).toBeUndefined();
  });

  it('use well-formed opening hours, language codes and web addresses', () => {
    for (const service of services) {
      if (service.hours && 'schedule' in service.hours) {
        for (const span of service.hours.schedule) {
          expect(span.days.every((day) => Number.isInteger(day) && day >= 1 && day <= 7)).toBe(true);
          expect(span.opens).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
          expect(span.closes).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
          expect(span.opens < span.closes, service.id).toBe(true);
        }
      }
      for (const lang of service.languages ?? []) expect(lang).toMatch(/^[a-z]{2,3}(-[A-Z]{2})?$/);
      for (const area of service.areas ?? []) expect(area).toMatch(/^[A-Z]{2}-[A-Z0-9]{1,3}$/);
      if (service.web) expect(new URL(service.web).protocol).toBe('https:');
    }
  });
});

describe('sources', () => {
  it('have unique ids, https URLs and well-formed dates', () => {
    expect(duplicates(SOURCES.map((source) => source.id))).toEqual([]);
    for (const source of SOURCES) {
      expect(source.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(new URL(source.url).protocol, source.id).toBe('https:');
      if (source.published) expect(source.published).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    }
  });

  it('exist for every id referenced by a sign, myth or service', () => {
    const referenced = [...SIGNS, ...MYTHS, ...services].flatMap((item) => item.sources);
    for (const id of referenced) expect(sourceById(id), id).toBeDefined();
  });

  it('include the job-ad red-flag sources the analyser rules reference', () => {
    for (const id of [
      'ilo-forced-labour-indicators',
      'ilo-fair-recruitment',
      'jobsaware',
      'iom-romania',
      'facebook-help-exploitation',
      'volodko-2020',
      'polaris-labour',
      'glaa',
      'uk-home-office-signs',
    ]) {
      expect(sourceById(id), id).toBeDefined();
    }
  });
});

describe('signs and myths', () => {
  it('have unique ids and at least one source each', () => {
    expect(duplicates(SIGNS.map((sign) => sign.id))).toEqual([]);
    expect(duplicates(MYTHS.map((myth) => myth.id))).toEqual([]);
    for (const item of [...SIGNS, ...MYTHS]) expect(item.sources.length, item.id).toBeGreaterThanOrEqual(1);
  });

  it('give every exploitation type and every audience at least 3 signs', () => {
    for (const type of EXPLOITATION_TYPES) {
      expect(SIGNS.filter((sign) => sign.group === type).length, type).toBeGreaterThanOrEqual(3);
    }
    for (const audience of AUDIENCES) {
      expect(
        SIGNS.filter((sign) => sign.audiences.includes(audience)).length,
        audience,
      ).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('English texts', () => {
  it('exist for every sign and no others, each short enough for the bundle budget', () => {
    expect(Object.keys(en.signs).sort()).toEqual(SIGNS.map((sign) => sign.id).sort());
    for (const [id, text] of Object.entries(en.signs)) {
      expect(text.trim().length, id).toBeGreaterThan(0);
      expect(text.length, id).toBeLessThanOrEqual(160);
    }
  });

  it('exist for every myth (myth and fact) and no others', () => {
    expect(Object.keys(en.myths).sort()).toEqual(MYTHS.map((myth) => myth.id).sort());
    for (const [id, { myth, fact }] of Object.entries(en.myths)) {
      expect(myth.trim().length, id).toBeGreaterThan(0);
      expect(fact.trim().length, id).toBeGreaterThan(0);
    }
  });

  it('label every sign group and service kind, and nothing else', () => {
    expect(Object.keys(en.groups).sort()).toEqual([...SIGN_GROUPS].sort());
    expect(Object.keys(en.serviceKind).sort()).toEqual([...SERVICE_KINDS].sort());
    for (const service of services) expect(SERVICE_KINDS).toContain(service.kind);
  });
});
