// @vitest-environment happy-dom
import { afterAll, describe, expect, it } from 'vitest';
import { detectPage } from '../../../shared/extract/detect-page.js';
import { fallbackAd } from '../../../shared/extract/fallback.js';
import { JOB_SITES } from '../../../shared/extract/job-sites.js';
import { SITE_SELECTORS, GENERIC_CRUMBS } from '../../../shared/extract/site-selectors.js';
import { htmlParser } from './page-data.js';

const parser = htmlParser();
afterAll(() => parser.close());

function page(body: string, head = ''): Document {
  return parser.parse(
    `<!doctype html><html lang="en"><head><title>Page</title>${head}</head><body>${body}</body></html>`,
  );
}

function ld(value: unknown): string {
  return `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
}

const LONG = 'You will pick and pack orders, load vans and keep the warehouse tidy. '.repeat(5);

function posting(title: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { '@type': 'JobPosting', title, description: `<p>${LONG}</p>`, ...extra };
}

describe('site adapters', () => {
  it('reads an Indeed job page without structured data', () => {
    const doc = page(
      '<h1 data-testid="jobsearch-JobInfoHeader-title"><span>Picker / Packer</span></h1>' +
        '<div data-testid="inlineHeader-companyName"><a>Acme Logistics</a></div>' +
        '<div data-testid="inlineHeader-companyLocation">Leeds LS1</div>' +
        '<div id="salaryInfoAndJobType"><span>£11.44 an hour</span> - <span>Full-time</span></div>' +
        `<div id="jobDescriptionText" lang="en-GB"><p>${LONG}</p><ul><li>Forklift licence</li></ul></div>`,
    );
    expect(detectPage(doc, 'https://uk.indeed.com/viewjob?jk=0123456789abcdef')).toEqual({
      kind: 'job-ad',
      via: 'adapter',
      site: 'indeed',
      ad: {
        title: 'Picker / Packer',
        employer: 'Acme Logistics',
        location: 'Leeds LS1',
        salary: '£11.44 an hour - Full-time',
        text: `${LONG.trim()}\n\nForklift licence`,
        lang: 'en-GB',
        url: 'https://uk.indeed.com/viewjob?jk=0123456789abcdef',
      },
    });
  });

  it('reads a SEEK job page and a Workday job page by their data attributes', () => {
    const seek = page(
      '<h1 data-automation="job-detail-title">Fruit picker</h1><span data-automation="advertiser-name">Farm Co</span>' +
        `<span data-automation="job-detail-location">Mildura VIC</span><div data-automation="jobAdDetails"><p>${LONG}</p></div>`,
    );
    expect(detectPage(seek, 'https://www.seek.com.au/job/71234567')).toMatchObject({
      kind: 'job-ad',
      via: 'adapter',
      ad: { title: 'Fruit picker', employer: 'Farm Co', location: 'Mildura VIC' },
    });
    const workday = page(
      '<h2 data-automation-id="jobPostingHeader">Nurse</h2><div data-automation-id="locations"><dt>Locations</dt><dd>Leeds</dd></div>' +
        `<div data-automation-id="jobPostingDescription"><p>${LONG}</p></div>`,
    );
    expect(
      detectPage(workday, 'https://acme.wd3.myworkdayjobs.com/en-US/Careers/job/Leeds/Nurse_R1'),
    ).toMatchObject({
      kind: 'job-ad',
      via: 'adapter',
      site: 'workday',
      ad: { title: 'Nurse', location: 'Leeds' },
    });
  });

  it('tops up a thin JSON-LD posting with the description the page shows', () => {
    const doc = page(
      `<h1 class="top-card-layout__title">Driver</h1><div class="show-more-less-html__markup"><p>${LONG}</p><button>Show more</button></div>`,
      ld({ '@type': 'JobPosting', title: 'Driver (JSON-LD)', hiringOrganization: { name: 'Acme' } }),
    );
    const result = detectPage(doc, 'https://www.linkedin.com/jobs/view/123');
    expect(result).toMatchObject({
      kind: 'job-ad',
      via: 'json-ld',
      ad: { title: 'Driver (JSON-LD)', employer: 'Acme' },
    });
    if (result.kind === 'job-ad') expect(result.ad.text).toBe(LONG.trim());
  });

  it('has valid selectors for every site', () => {
    const doc = page('<p>x</p>');
    for (const site of JOB_SITES) {
      const selectors = SITE_SELECTORS[site.id]!;
      const all = [
        ...(selectors.cards ?? []),
        ...(selectors.crumbs ?? []),
        ...Object.values(selectors.ad ?? {}).flat(),
      ];
      for (const selector of all)
        expect(() => doc.querySelector(selector), `${site.id}: ${selector}`).not.toThrow();
    }
    for (const selector of GENERIC_CRUMBS) expect(() => doc.querySelector(selector), selector).not.toThrow();
  });
});

describe('ad fields', () => {
  it('takes the language the ad declares, never the page interface language', () => {
    const url = 'https://jobs.example.com/1';
    expect(detectPage(page('<p>x</p>', ld(posting('Kierowca', { inLanguage: 'pl' }))), url)).toMatchObject({
      ad: { lang: 'pl' },
    });
    const result = detectPage(page('<p>x</p>', ld(posting('Driver', { inLanguage: 'not a tag' }))), url);
    expect(result.kind === 'job-ad' && result.ad.lang).toBeUndefined();
  });

  it('formats pay and places from schema.org shapes', () => {
    const shapes = posting('Picker', {
      baseSalary: {
        '@type': 'MonetaryAmount',
        currency: 'GBP',
        value: { minValue: 24000, maxValue: 27000, unitText: 'YEAR' },
      },
      jobLocation: [
        {
          '@type': 'Place',
          address: {
            addressLocality: 'Leeds',
            addressRegion: 'West Yorkshire',
            addressCountry: { name: 'GB' },
          },
        },
        { '@type': 'Place', address: 'Bradford' },
      ],
    });
    expect(detectPage(page('<p>x</p>', ld(shapes)), 'https://jobs.example.com/1')).toMatchObject({
      ad: { salary: 'GBP 24000–27000 per year', location: 'Leeds, West Yorkshire, GB, Bradford' },
    });
    const remote = posting('Support', {
      jobLocationType: 'TELECOMMUTE',
      applicantLocationRequirements: { name: 'UK' },
    });
    expect(detectPage(page('<p>x</p>', ld(remote)), 'https://jobs.example.com/2')).toMatchObject({
      ad: { location: 'Remote, UK' },
    });
  });

  it('gives plain data that survives JSON messaging unchanged', () => {
    const result = detectPage(page('<p>x</p>', ld(posting('Driver'))), 'https://uk.indeed.com/viewjob?jk=1');
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

describe('listings', () => {
  it('reads a JSON-LD ItemList of JobPostings on any host as a listing', () => {
    const list = {
      '@context': 'https://schema.org',
      '@type': 'ItemList',
      itemListElement: [1, 2, 3, 4].map((n) => ({
        '@type': 'ListItem',
        position: n,
        item: posting(`Job ${n}`),
      })),
    };
    expect(detectPage(page('<p>x</p>', ld(list)), 'https://jobs.example.com/search')).toEqual({
      kind: 'listing',
      count: 4,
      via: 'json-ld',
    });
  });

  it('treats three or more JobPostings as a listing and one or two as an ad', () => {
    const three = ld({ '@graph': [posting('A'), posting('B'), posting('C')] });
    expect(detectPage(page('<p>x</p>', three), 'https://jobs.example.com/')).toMatchObject({
      kind: 'listing',
      count: 3,
    });
    const two = ld([{ '@type': 'JobPosting', title: 'Teaser' }, posting('Main')]);
    expect(detectPage(page('<p>x</p>', two), 'https://jobs.example.com/')).toMatchObject({
      kind: 'job-ad',
      ad: { title: 'Main' },
    });
  });

  it('counts microdata JobPostings on a listing page', () => {
    const card = `<article itemscope itemtype="https://schema.org/JobPosting"><h2 itemprop="title">Job</h2><p itemprop="description">${LONG}</p></article>`;
    expect(detectPage(page(card.repeat(5)), 'https://jobs.example.com/all')).toEqual({
      kind: 'listing',
      count: 5,
      via: 'microdata',
    });
  });

  it('follows the site URL rules: a listing URL with one posting is still a listing', () => {
    const doc = page('<div class="job_seen_beacon"></div>'.repeat(2), ld(posting('Selected job')));
    expect(detectPage(doc, 'https://uk.indeed.com/jobs?q=driver&vjk=abc')).toEqual({
      kind: 'listing',
      count: 2,
      via: 'cards',
      site: 'indeed',
    });
  });

  it('reads many cards on a known site page whose URL says nothing', () => {
    const doc = page('<div class="job_seen_beacon"><a data-jk="1">Job</a></div>'.repeat(4));
    expect(detectPage(doc, 'https://www.indeed.com/')).toMatchObject({
      kind: 'listing',
      count: 4,
      via: 'cards',
    });
    expect(detectPage(page('<p>About us</p>'), 'https://www.indeed.com/about')).toEqual({ kind: 'none' });
  });
});

describe('the careful fallback', () => {
  const article = `<nav><a href="/">Home</a><a href="/jobs">Jobs</a></nav><main><h1>Kitchen porter</h1><p>${LONG}</p><p>${LONG}</p></main><footer><p>${'Footer text that is long enough to count. '.repeat(3)}</p></footer>`;

  it('runs on a known site ad URL whose markup no adapter knows', () => {
    const result = detectPage(page(article), 'https://www.reed.co.uk/jobs/kitchen-porter/51234567');
    expect(result).toMatchObject({
      kind: 'job-ad',
      via: 'fallback',
      site: 'reed',
      ad: { title: 'Kitchen porter' },
    });
    if (result.kind === 'job-ad') {
      expect(result.ad.text).toContain('pick and pack');
      expect(result.ad.text).not.toContain('Footer text');
    }
  });

  it('does not run on other pages unless asked', () => {
    expect(detectPage(page(article), 'https://blog.example.org/kitchen-porter')).toEqual({ kind: 'none' });
    expect(
      detectPage(page(article), 'https://blog.example.org/kitchen-porter', { force: true }),
    ).toMatchObject({
      kind: 'job-ad',
      via: 'fallback',
      ad: { title: 'Kitchen porter', url: 'https://blog.example.org/kitchen-porter' },
    });
  });

  it('finds no ad in navigation, link lists or a few words', () => {
    const links = '<div>' + '<a href="/x">A link with some words in it</a> '.repeat(30) + '</div>';
    expect(fallbackAd(page(links), 'https://example.org/')).toBeUndefined();
    expect(fallbackAd(page('<p>Too short.</p>'), 'https://example.org/')).toBeUndefined();
    expect(fallbackAd(page(`<nav><p>${LONG}</p></nav>`), 'https://example.org/')).toBeUndefined();
  });
});
