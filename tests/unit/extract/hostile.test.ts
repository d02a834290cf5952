// @vitest-environment happy-dom
import { afterAll, describe, expect, it } from 'vitest';
import { detectPage } from '../../../shared/extract/detect-page.js';
import { parseJsonLd } from '../../../shared/extract/json-ld.js';
import { MAX_TEXT } from '../../../shared/extract/limits.js';
import { htmlParser } from './page-data.js';

const URL = 'https://careers.example.com/jobs/123';
const parser = htmlParser(URL);
afterAll(() => parser.close());

function page(head: string, body = '<p>Some page</p>'): Document {
  return parser.parse(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
}

function ld(json: string): string {
  return `<script type="application/ld+json">${json}</script>`;
}

const POSTING = JSON.stringify({
  '@context': 'https://schema.org',
  '@type': 'JobPosting',
  title: 'Warehouse operative',
  description: '<p>Night shifts.</p>',
  hiringOrganization: { '@type': 'Organization', name: 'Acme' },
});

describe('hostile and broken input never throws', () => {
  it('skips broken JSON-LD and still reads a good block after it', () => {
    expect(detectPage(page(ld('{"@type": "JobPosting", "title": ')), URL)).toEqual({ kind: 'none' });
    const result = detectPage(page(ld('{ broken JobPosting') + ld(POSTING)), URL);
    expect(result).toMatchObject({
      kind: 'job-ad',
      via: 'json-ld',
      ad: { title: 'Warehouse operative', employer: 'Acme' },
    });
  });

  it('tolerates raw line breaks in strings, comment wrappers and a trailing semicolon', () => {
    const messy = '<!--\n{"@type": "JobPosting", "title": "Cook", "description": "Line one\nLine two"};\n-->';
    expect(parseJsonLd(messy)).toMatchObject({ title: 'Cook' });
    expect(detectPage(page(ld(messy)), URL)).toMatchObject({ kind: 'job-ad', ad: { title: 'Cook' } });
  });

  it('caps a 10 MB description at MAX_TEXT and stays quick', () => {
    const huge = JSON.stringify({
      '@type': 'JobPosting',
      title: 'Big',
      description: '<p>Work hard.</p>'.repeat(650_000),
    });
    expect(huge.length).toBeGreaterThan(10_000_000);
    const doc = page(ld(huge));
    const start = performance.now();
    const result = detectPage(doc, URL);
    const elapsed = performance.now() - start;
    expect(result.kind).toBe('job-ad');
    if (result.kind === 'job-ad') {
      expect(result.ad.text.length).toBeLessThanOrEqual(MAX_TEXT);
      expect(result.ad.text.startsWith('Work hard.\n\nWork hard.')).toBe(true);
    }
    expect(elapsed).toBeLessThan(3_000);
  });

  it('survives a @graph nested 50,000 levels deep and finds postings at sane depths', () => {
    const depth = 50_000;
    const deep = '{"@graph":['.repeat(depth) + POSTING + ']}'.repeat(depth);
    expect(detectPage(page(ld(deep)), URL)).toEqual({ kind: 'none' });
    const shallow = '{"@graph":['.repeat(8) + POSTING + ']}'.repeat(8);
    expect(detectPage(page(ld(shallow)), URL)).toMatchObject({
      kind: 'job-ad',
      ad: { title: 'Warehouse operative' },
    });
  });

  it('bounds huge arrays and odd shapes', () => {
    const wide = `{"@graph": [${'{"@type":"Thing"},'.repeat(300_000)}${POSTING}], "JobPosting": 1}`;
    expect(() => detectPage(page(ld(wide)), URL)).not.toThrow();
    for (const json of [
      '{"@type": ["Thing", "JobPosting"], "title": 42, "description": ["<p>a</p>", {"x": 1}]}',
      '{"@type": {"JobPosting": true}, "title": "x"}',
      '{"@type": "http://schema.org/JobPosting", "title": {"@value": "y"}, "hiringOrganization": [null, 3]}',
      '{"@type": "JobPosting", "__proto__": {"title": "polluted"}, "constructor": "x", "jobLocation": "nowhere"}',
      '[null, 1, "JobPosting", {"@type": "schema:JobPosting", "title": "Prefixed", "baseSalary": {"value": {}}}]',
      '"JobPosting"',
    ]) {
      expect(() => detectPage(page(ld(json)), URL), json).not.toThrow();
    }
    expect(detectPage(page(ld('{"@type": "schema:JobPosting", "title": "Prefixed"}')), URL)).toMatchObject({
      ad: { title: 'Prefixed' },
    });
    expect(({} as Record<string, unknown>)['title']).toBeUndefined();
  });

  it('reads markup as text only: nothing in the description reaches the page', () => {
    const evil = JSON.stringify({
      '@type': 'JobPosting',
      title: '<img src=x onerror="alert(1)">Driver &amp; helper',
      description:
        '<script>alert(1)</script><img src=x onerror="alert(2)"><iframe src="https://evil.example"></iframe><p>Real text</p>',
    });
    // As real pages do, `</` is escaped as `<\/` so the JSON does not close its <script> early.
    const doc = page(ld(evil.replaceAll('</', '<\\/')));
    const before = doc.querySelectorAll('*').length;
    const result = detectPage(doc, URL);
    expect(result).toMatchObject({ kind: 'job-ad', ad: { title: 'Driver & helper', text: 'Real text' } });
    expect(doc.querySelectorAll('*').length).toBe(before);
    expect(doc.querySelectorAll('img, iframe').length).toBe(0);
  });

  it('copes with bad URLs, empty documents and documents that throw', () => {
    expect(detectPage(page(ld(POSTING)), 'not a url')).toMatchObject({ kind: 'job-ad' });
    expect(detectPage(parser.parse(''), 'javascript:alert(1)')).toEqual({ kind: 'none' });
    expect(detectPage(parser.parse(''), 'https://uk.indeed.com/viewjob?jk=1')).toEqual({ kind: 'none' });
    const throwing = new Proxy({} as Document, {
      get() {
        throw new Error('hostile getter');
      },
    });
    expect(detectPage(throwing, 'https://uk.indeed.com/viewjob?jk=1')).toEqual({ kind: 'none' });
    expect(detectPage(throwing, URL, { force: true })).toEqual({ kind: 'none' });
  });

  it('does not touch the document it reads', () => {
    const doc = page(
      ld(POSTING),
      '<main><h1>Warehouse operative</h1><p>' + 'Night shifts. '.repeat(40) + '</p></main>',
    );
    const snapshot = doc.documentElement.textContent;
    const count = doc.querySelectorAll('*').length;
    detectPage(doc, URL, { force: true });
    detectPage(doc, 'https://uk.indeed.com/viewjob?jk=1');
    expect(doc.documentElement.textContent).toBe(snapshot);
    expect(doc.querySelectorAll('*').length).toBe(count);
  });
});
