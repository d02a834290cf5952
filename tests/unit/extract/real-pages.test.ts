// @vitest-environment happy-dom
import { afterAll, describe, expect, it } from 'vitest';
import { detectPage } from '../../../shared/extract/detect-page.js';
import { HAS_DATA, parsePage, readPage, warnIfMissing, type ParsedPage } from './page-data.js';
import type { PageDetection } from '../../../shared/extract/types.js';

warnIfMissing();

/** A plausible real URL for each saved page (the page's own canonical / og:url where it has one). */
const PAGE_URLS: Readonly<Record<string, string>> = {
  'workday-autodesk__adfrisealach__job_page.html':
    'https://autodesk.wd1.myworkdayjobs.com/en-US/Ext/job/Montreal-QC-CAN/Senior-Industry-Strategy-Manager---Content-Creation_24WD81528',
  'workday-autodesk__adfrisealach__autodesk_page.html': 'https://autodesk.wd1.myworkdayjobs.com/en-US/Ext',
  'linkedin__0Mico__job_page.html':
    'https://it.linkedin.com/jobs/view/data-analyst-at-rai-radiotelevisione-italiana-3946498763',
  'linkedin__0Mico__Cards.html': 'https://it.linkedin.com/jobs/search?keywords=Python&location=Italia',
  'indeed__Dalton-K-Hughes__indeed.html': 'https://www.indeed.com/l-georgetown,-ga-jobs.html',
  'indeed__Harineko0__indeed.html': 'https://www.indeed.com/jobs?q=usa&vjk=6962ff22d345874c',
};

/** The manifest's site column → `JobSite.id`. */
const SITE_IDS: Readonly<Record<string, string>> = {
  'workday-autodesk': 'workday',
  linkedin: 'linkedin',
  indeed: 'indeed',
};

interface ManifestRow {
  readonly file: string;
  readonly site: string;
  readonly pageType: 'job_detail' | 'job_listing' | 'careers_page';
  readonly lang: string;
  readonly jsonLd: number;
  readonly microdata: number;
}

function manifest(): ManifestRow[] {
  const [header, ...lines] = readPage('jobs', 'manifest.csv').trim().split('\n');
  expect(header?.trim()).toBe('file,site,page_type,lang,jsonld_jobposting,microdata_jobposting');
  return lines.map((line) => {
    const [file = '', site = '', pageType = '', lang = '', jsonLd = '0', microdata = '0'] = line
      .trim()
      .split(',');
    return {
      file,
      site,
      pageType: pageType as ManifestRow['pageType'],
      lang,
      jsonLd: +jsonLd,
      microdata: +microdata,
    };
  });
}

interface JsonLdPosting {
  readonly title: string;
  readonly hiringOrganization: { readonly name: string };
  readonly jobLocation: { readonly address: { readonly addressLocality: string } };
}

/** The page's own JSON-LD JobPosting, read independently of the code under test. */
function pageJsonLd(html: string): JsonLdPosting {
  const open = html.indexOf('<script type="application/ld+json">');
  const start = html.indexOf('>', open) + 1;
  const end = html.indexOf('</script>', start);
  return JSON.parse(html.slice(start, end)) as JsonLdPosting;
}

function occurrences(text: string, needle: string): number {
  let count = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) count++;
  return count;
}

const opened: ParsedPage[] = [];

function detect(file: string, url = PAGE_URLS[file]!): PageDetection {
  const page = parsePage(readPage('jobs', file), url);
  opened.push(page);
  return detectPage(page.doc, url);
}

afterAll(async () => {
  await Promise.all(opened.map((page) => page.close()));
});

describe.skipIf(!HAS_DATA)('saved job-board pages (pages/jobs, manifest.csv)', () => {
  const rows = HAS_DATA ? manifest() : [];

  it('has a URL for every page in the manifest', () => {
    expect(rows.length).toBeGreaterThanOrEqual(6);
    for (const row of rows) expect(PAGE_URLS[row.file], row.file).toBeDefined();
  });

  it.each(rows.filter((row) => row.pageType === 'job_detail').map((row) => [row.file, row] as const))(
    'reads %s as a job ad with the fields of its JSON-LD',
    (file, row) => {
      const html = readPage('jobs', file);
      const expected = pageJsonLd(html);
      const result = detect(file);
      expect(result.kind).toBe('job-ad');
      if (result.kind !== 'job-ad') return;
      expect(result.via).toBe(row.jsonLd > 0 ? 'json-ld' : 'microdata');
      expect(result.site).toBe(SITE_IDS[row.site]);
      expect(result.ad.url).toBe(PAGE_URLS[file]);
      expect(result.ad.title).toBe(expected.title.trim());
      expect(result.ad.employer).toBe(expected.hiringOrganization.name.trim());
      expect(result.ad.location).toContain(expected.jobLocation.address.addressLocality.trim());
      expect(result.ad.text.length).toBeGreaterThan(500);
      // Plain text: no tags, no character references left.
      expect(result.ad.text).not.toMatch(/<\/?[a-z][a-z0-9]*[\s>/]/i);
      expect(result.ad.text).not.toMatch(/&(lt|gt|amp|quot|#\d+);/);
    },
  );

  it('keeps paragraphs in the LinkedIn description (HTML escaped inside JSON-LD)', () => {
    const result = detect('linkedin__0Mico__job_page.html');
    if (result.kind !== 'job-ad') throw new Error(`expected a job ad, got ${result.kind}`);
    expect(result.ad.text.startsWith('RAI ricerca un/a Data Analyst')).toBe(true);
    expect(result.ad.text).toContain('\n\nAttività:\n\n');
    expect(result.ad.location).toBe('Rome, IT');
  });

  it('decodes character references in the Workday description', () => {
    const result = detect('workday-autodesk__adfrisealach__job_page.html');
    if (result.kind !== 'job-ad') throw new Error(`expected a job ad, got ${result.kind}`);
    expect(result.ad.text).toContain('(M&E)');
    expect(result.ad.text).toContain("d'Autodesk");
  });

  it.each(rows.filter((row) => row.pageType === 'job_listing').map((row) => [row.file, row] as const))(
    'reads %s as a listing with every job card counted',
    (file, row) => {
      const html = readPage('jobs', file);
      const cards =
        row.site === 'indeed'
          ? occurrences(html, 'class="job_seen_beacon"')
          : occurrences(html, 'data-entity-urn="urn:li:jobPosting:');
      expect(cards).toBeGreaterThan(10);
      expect(detect(file)).toEqual({ kind: 'listing', count: cards, via: 'cards', site: SITE_IDS[row.site] });
    },
  );

  it('reads an Indeed results page as a listing on another country host too', () => {
    const result = detect('indeed__Harineko0__indeed.html', 'https://uk.indeed.com/jobs?q=warehouse&l=Leeds');
    expect(result).toMatchObject({ kind: 'listing', count: 15, site: 'indeed' });
  });

  // A careers shell without JobPosting is not a single ad. On a Workday host its URL is the site's job
  // search page (the list renders client-side, so no cards yet): a listing with count 0, found by URL.
  // The same shell on an unknown host has no job signal at all: none.
  it.each(rows.filter((row) => row.pageType === 'careers_page').map((row) => [row.file] as const))(
    'reads the careers shell %s as a Workday job-search listing, never as an ad',
    (file) => {
      expect(detect(file)).toEqual({ kind: 'listing', count: 0, via: 'url', site: 'workday' });
      expect(detect(file, 'https://careers.example.com/')).toEqual({ kind: 'none' });
    },
  );

  it('falls back to the LinkedIn adapter when the JSON-LD is gone, with the same fields', () => {
    const file = 'linkedin__0Mico__job_page.html';
    const page = parsePage(readPage('jobs', file), PAGE_URLS[file]);
    opened.push(page);
    for (const script of Array.from(page.doc.querySelectorAll('script[type="application/ld+json"]')))
      script.remove();
    const result = detectPage(page.doc, PAGE_URLS[file]!);
    expect(result.kind).toBe('job-ad');
    if (result.kind !== 'job-ad') return;
    expect(result.via).toBe('adapter');
    expect(result.ad.title).toBe('DATA ANALYST');
    expect(result.ad.employer).toBe('Rai - Radiotelevisione Italiana');
    expect(result.ad.location).toBe('Rome');
    expect(result.ad.text).toContain('\n\nAttività:\n\n');
    expect(result.ad.text).not.toContain('Mostra');
  });
});
