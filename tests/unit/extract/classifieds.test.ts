// @vitest-environment happy-dom
import { afterAll, describe, expect, it } from 'vitest';
import { crumbsSayJobs, normaliseLabel } from '../../../shared/extract/classifieds.js';
import { detectPage } from '../../../shared/extract/detect-page.js';
import { htmlParser } from './page-data.js';

const parser = htmlParser();
afterAll(() => parser.close());

function page(head: string, body: string): Document {
  return parser.parse(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
}

const LONG = 'Full time, Monday to Friday, training provided, apply with your CV. '.repeat(4);

/** An OLX ad page as OLX renders one (title, description, breadcrumbs), with a chosen category. */
function olxAd(crumb: string, jsonLd = ''): Document {
  return page(
    jsonLd,
    `<ol data-testid="breadcrumbs"><li><a href="/">Strona główna</a></li><li><a href="/x/">${crumb}</a></li></ol>` +
      `<h4 data-cy="ad_title">Ogłoszenie</h4><div data-cy="ad_description"><div>${LONG}</div></div>`,
  );
}

const PRODUCT = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"BMW 320d","offers":{"@type":"Offer","price":"45000"}}</script>`;

describe('classifieds: only jobs and services count', () => {
  it('stays silent on an OLX car ad and reads an OLX job ad', () => {
    const car = 'https://www.olx.pl/d/oferta/bmw-320d-touring-CID5-ID1a2b3.html';
    expect(detectPage(olxAd('Motoryzacja', PRODUCT), car)).toEqual({ kind: 'none' });
    expect(detectPage(olxAd('Motoryzacja'), car)).toEqual({ kind: 'none' });
    expect(detectPage(olxAd('Samochody osobowe'), car)).toEqual({ kind: 'none' });

    const job = 'https://www.olx.pl/oferta/praca/magazynier-z-udt-CID4-ID12345.html';
    expect(detectPage(olxAd('Praca'), job)).toMatchObject({ kind: 'job-ad', via: 'adapter', site: 'olx' });
  });

  it('lets the breadcrumbs or JobPosting markup decide when the URL has no category', () => {
    const url = 'https://www.olx.pt/d/anuncio/ajudante-de-cozinha-IDJxY4M.html';
    expect(detectPage(olxAd('Emprego'), url)).toMatchObject({ kind: 'job-ad', via: 'adapter' });
    expect(detectPage(olxAd('Serviços'), url)).toMatchObject({ kind: 'job-ad' });
    expect(detectPage(olxAd('Carros, motos e barcos'), url)).toEqual({ kind: 'none' });
    const posting = `<script type="application/ld+json">{"@type":"JobPosting","title":"Ajudante","description":"${LONG}"}</script>`;
    expect(detectPage(olxAd('?', posting), url)).toMatchObject({ kind: 'job-ad', via: 'json-ld' });
  });

  it('reads JSON-LD breadcrumbs too', () => {
    const crumbs = `<script type="application/ld+json">{"@type":"BreadcrumbList","itemListElement":[
      {"@type":"ListItem","position":1,"name":"Home"},{"@type":"ListItem","position":2,"item":{"name":"Jobs"}}]}</script>`;
    const doc = page(
      crumbs,
      `<h1 class="vap_header__title">Cleaner</h1><div class="vap__description">${LONG}</div>`,
    );
    expect(detectPage(doc, 'https://dublin.locanto.ie/ID_4964952094/Cleaner.html')).toMatchObject({
      kind: 'job-ad',
      site: 'locanto',
    });
  });

  it('tells craigslist /cto/ from /jjj/ and keeps the posting body clean', () => {
    const body =
      '<h1><span id="titletextonly">Warehouse helper</span></h1>' +
      `<section id="postingbody"><div class="print-information print-qrcode-container"><p class="print-qrcode-label">QR Code Link to This Post</p></div>${LONG}</section>`;
    expect(
      detectPage(
        page('', body),
        'https://sfbay.craigslist.org/sby/cto/d/san-jose-2012-civic/7712345680.html',
      ),
    ).toEqual({
      kind: 'none',
    });
    const result = detectPage(
      page('', body),
      'https://sfbay.craigslist.org/sby/lab/d/san-jose-warehouse/7712345681.html',
    );
    expect(result).toMatchObject({
      kind: 'job-ad',
      via: 'adapter',
      site: 'craigslist',
      ad: { title: 'Warehouse helper' },
    });
    if (result.kind === 'job-ad') expect(result.ad.text).not.toContain('QR Code');
  });

  it('counts listings only in jobs categories', () => {
    const cards =
      '<ol>' + '<li class="cl-static-search-result"><a href="/x">Job</a></li>'.repeat(7) + '</ol>';
    expect(detectPage(page('', cards), 'https://denver.craigslist.org/search/jjj?query=driver')).toEqual({
      kind: 'listing',
      count: 7,
      via: 'cards',
      site: 'craigslist',
    });
    expect(detectPage(page('', cards), 'https://denver.craigslist.org/search/cto')).toEqual({ kind: 'none' });
    expect(detectPage(page('', cards), 'https://denver.craigslist.org/')).toEqual({ kind: 'none' });
    expect(
      detectPage(page('', '<p>Kijiji</p>'), 'https://www.kijiji.ca/b-jobs/ottawa/c45l1700185'),
    ).toMatchObject({
      kind: 'listing',
      via: 'url',
    });
    expect(
      detectPage(
        page('', '<p>Kijiji</p>'),
        'https://www.kijiji.ca/v-cars-trucks/lethbridge/explorer/1731517390',
      ),
    ).toEqual({
      kind: 'none',
    });
  });

  it('checks another category when the person asks to check the page', () => {
    const body = `<h1>Honda Civic</h1><main><p>${LONG}</p></main>`;
    const url = 'https://sfbay.craigslist.org/sby/cto/d/san-jose-2012-civic/7712345680.html';
    expect(detectPage(page('', body), url)).toEqual({ kind: 'none' });
    expect(detectPage(page('', body), url, { force: true })).toMatchObject({
      kind: 'job-ad',
      via: 'fallback',
    });
  });
});

describe('breadcrumb labels', () => {
  it('normalises accents, case, spacing and counts', () => {
    expect(normaliseLabel('  Locuri de  Muncă (1 234) ')).toBe('locuri de munca');
    expect(normaliseLabel('Usługi')).toBe('uslugi');
  });

  it('matches whole labels or their first words only', () => {
    expect(crumbsSayJobs(['Home', 'Jobs in Toronto (GTA)'], ['jobs'])).toBe(true);
    expect(crumbsSayJobs(['Работа'], ['работа'])).toBe(true);
    expect(crumbsSayJobs(['Motors services'], ['services'])).toBe(false);
    expect(crumbsSayJobs(['Jobsworth'], ['jobs'])).toBe(false);
  });
});
