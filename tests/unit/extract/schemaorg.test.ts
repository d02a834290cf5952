// @vitest-environment happy-dom
import { afterAll, describe, expect, it } from 'vitest';
import { detectPage } from '../../../shared/extract/detect-page.js';
import { HAS_DATA, htmlParser, readPage, warnIfMissing } from './page-data.js';
import type { AdRoute } from '../../../shared/extract/types.js';

warnIfMissing();

interface SchemaOrgExample {
  readonly id: string;
  readonly types: readonly string[];
  readonly format: 'pre' | 'microdata' | 'rdfa' | 'jsonld';
  readonly html: string;
  readonly jobposting_in_types: boolean;
  readonly jobposting_in_markup: boolean;
}

const URL_ON_UNKNOWN_HOST = 'https://example.org/schema-example';

const ROUTES: Readonly<Record<SchemaOrgExample['format'], AdRoute | undefined>> = {
  jsonld: 'json-ld',
  microdata: 'microdata',
  rdfa: 'rdfa',
  pre: undefined,
};

const examples: SchemaOrgExample[] = HAS_DATA
  ? readPage('schemaorg_examples.jsonl')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as SchemaOrgExample)
  : [];
const parser = htmlParser(URL_ON_UNKNOWN_HOST);
afterAll(() => parser.close());

function page(example: SchemaOrgExample): Document {
  return parser.parse(
    `<!doctype html><html><head><title>${example.id}</title></head><body>${example.html}</body></html>`,
  );
}

const withJob = examples.filter((example) => example.jobposting_in_markup);
const withoutJob = examples.filter((example) => !example.jobposting_in_markup);

describe.skipIf(!HAS_DATA)('schema.org 30.0 examples (pages/schemaorg_examples.jsonl)', () => {
  it('has the 2,004 records, 14 of them with JobPosting markup', () => {
    expect(examples.length).toBe(2004);
    expect(withJob.length).toBe(14);
  });

  it.each(
    withJob
      .filter((example) => example.format !== 'rdfa')
      .map((example) => [example.id, example.format, example] as const),
  )('reads %s (%s) as a job ad via its own markup', (_id, format, example) => {
    const result = detectPage(page(example), URL_ON_UNKNOWN_HOST);
    expect(result.kind).toBe('job-ad');
    if (result.kind !== 'job-ad') return;
    expect(result.via).toBe(ROUTES[format]);
    expect(result.ad.title).not.toBe('');
    expect(result.ad.url).toBe(URL_ON_UNKNOWN_HOST);
    expect(result.site).toBeUndefined();
  });

  // RDFa is not in the cheap gate for unknown hosts (see detect-page.ts): it is read when asked.
  it.each(
    withJob.filter((example) => example.format === 'rdfa').map((example) => [example.id, example] as const),
  )('reads the RDFa example %s when the page is checked on request', (_id, example) => {
    expect(detectPage(page(example), URL_ON_UNKNOWN_HOST)).toEqual({ kind: 'none' });
    const result = detectPage(page(example), URL_ON_UNKNOWN_HOST, { force: true });
    expect(result).toMatchObject({ kind: 'job-ad', via: 'rdfa' });
  });

  it('reads every field of the full JobPosting example the same from JSON-LD, microdata and RDFa', () => {
    const full = withJob.filter((example) => example.id === '#eg-0028');
    expect(full.map((example) => example.format).sort()).toEqual(['jsonld', 'microdata', 'rdfa']);
    for (const example of full) {
      const result = detectPage(page(example), URL_ON_UNKNOWN_HOST, { force: true });
      if (result.kind !== 'job-ad') throw new Error(`${example.format}: ${result.kind}`);
      expect(result.ad.title, example.format).toBe('Software Engineer');
      expect(result.ad.location, example.format).toBe('Kirkland, WA');
      expect(result.ad.salary, example.format).toBe('USD 100000');
      expect(result.ad.text, example.format).toContain('seeks a full-time mid-level software engineer');
      expect(result.ad.text, example.format).toContain('Web application development using Java/J2EE');
      // The JSON-LD version of this example has no hiringOrganization; the inline ones nest it.
      expect(result.ad.employer, example.format).toBe(
        example.format === 'jsonld' ? undefined : 'ABC Company Inc.',
      );
    }
  });

  it('takes the title from `name` and employer, location from nested nodes and @id references', () => {
    const byId = (id: string) => withJob.find((example) => example.id === id && example.format === 'jsonld')!;
    expect(detectPage(page(byId('#eg-0251')), URL_ON_UNKNOWN_HOST)).toMatchObject({
      ad: { title: 'Mobile App Developer', employer: 'ACME Software' },
    });
    expect(detectPage(page(byId('#eg-0268')), URL_ON_UNKNOWN_HOST)).toMatchObject({
      ad: { title: 'Telecommute from anywhere in USA!', location: 'USA' },
    });
    expect(detectPage(page(byId('#eg-0281')), URL_ON_UNKNOWN_HOST)).toMatchObject({
      ad: { employer: 'ACME Corp.' },
    });
  });

  it(`stays silent on every record without JobPosting markup (${withoutJob.length} records)`, () => {
    const wrong: string[] = [];
    for (const example of withoutJob) {
      const result = detectPage(page(example), URL_ON_UNKNOWN_HOST);
      if (result.kind !== 'none') wrong.push(`${example.id} ${example.format}: ${result.kind}`);
    }
    expect(wrong).toEqual([]);
    expect(withoutJob.length).toBe(1990);
  });
});
