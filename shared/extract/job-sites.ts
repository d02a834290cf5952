/**
 * The job boards and classifieds sites the extension runs on: the one list behind the manifest's match
 * patterns, detection (which paths are an ad, a listing, a jobs category) and the tests.
 *
 * Hosts: `*://*.example.com/*` covers example.com and every subdomain (Chrome's `*.` rule), so one
 * pattern per registrable domain is enough. URL rules are tested against `pathname + search`: short
 * anchored expressions over the URL only, never over page text. Sites change their paths; when a rule
 * misses, structured data (JSON-LD, microdata) still finds the ad, and the page-side checks (breadcrumbs,
 * `@type`) still keep classifieds' other categories silent. Per-site DOM selectors are in
 * `site-selectors.ts`.
 */
import { parseMatchPattern, patternMatchesUrl, type MatchPattern } from './match-pattern.js';
import { MAX_URL } from './limits.js';
import type { JobSite } from './types.js';

/** The items of a white-space-separated (or `separator`-separated) list: keeps long lists of codes short. */
function words(list: string, separator: string | RegExp = /\s+/): string[] {
  return list
    .split(separator)
    .map((word) => word.trim())
    .filter((word) => word !== '');
}

/** `*://*.<domain>/*` for each domain in a space-separated list: the domain and all its subdomains. */
function anyPath(domains: string): string[] {
  return words(domains).map((domain) => `*://*.${domain}/*`);
}

/** Indeed's own country subdomains (uk., de., …) are covered by `*.indeed.com`; these are its ccTLDs. */
const INDEED_DOMAINS = `
  indeed.com indeed.co.uk indeed.ca indeed.com.au indeed.ie indeed.co.in indeed.de indeed.fr indeed.es
  indeed.it indeed.nl indeed.be indeed.ch indeed.at indeed.lu indeed.pt indeed.jp indeed.com.br indeed.com.mx
  indeed.com.sg indeed.co.za indeed.co.nz
`;

const JOB_BOARDS: readonly JobSite[] = [
  {
    id: 'indeed',
    name: 'Indeed',
    kind: 'job-board',
    matches: anyPath(INDEED_DOMAINS),
    urls: {
      ad: [
        /^\/(m\/)?viewjob/,
        /^\/(rc|pagead)\/clk/,
        /^\/m\/basecamp\/viewjob/,
        /^\/cmp\/[^/?]+\/jobs\/[^/?]/,
      ],
      listing: [/^\/(m\/)?jobs(\/|\?|$)/, /^\/[ql]-/, /-jobs\.html/, /^\/jobs-in-/, /^\/cmp\/[^/?]+\/jobs/],
    },
    samples: {
      ad: ['https://uk.indeed.com/viewjob?jk=0123456789abcdef', 'https://www.indeed.com/rc/clk?jk=0123abcd'],
      listing: [
        'https://uk.indeed.com/jobs?q=driver&l=London',
        'https://www.indeed.com/l-georgetown,-ga-jobs.html',
        'https://de.indeed.com/q-lagerhelfer-jobs.html',
        'https://pl.indeed.com/jobs?q=magazynier',
        'https://www.indeed.co.uk/jobs?q=cleaner',
      ],
      other: ['https://www.indeed.com/companies', 'https://example.org/indeed.com/jobs'],
    },
  },
  {
    id: 'linkedin',
    name: 'LinkedIn Jobs',
    kind: 'job-board',
    // All of LinkedIn, not just `/jobs*`: it is a single-page app, so a person who opens a job from the
    // feed never loads a `/jobs` page, and the detector must already be there to follow the navigation.
    // Only the `urls` rules below make a page an ad or a listing.
    matches: ['*://*.linkedin.com/*'],
    urls: {
      ad: [/^\/jobs\/view\//, /^\/jobs-guest\/jobs\/api\/jobPosting\//],
      listing: [/^\/jobs\/(search|collections)/, /^\/jobs\/?(\?|$)/, /^\/jobs\/[^/?]+-jobs/],
    },
    samples: {
      ad: [
        'https://www.linkedin.com/jobs/view/3946498763/',
        'https://it.linkedin.com/jobs/view/data-analyst-at-rai-3946498763',
      ],
      listing: [
        'https://www.linkedin.com/jobs/search/?keywords=welder',
        'https://it.linkedin.com/jobs/python-jobs',
      ],
      other: ['https://www.linkedin.com/feed/', 'https://www.linkedin.com/in/someone'],
    },
  },
  {
    id: 'glassdoor',
    name: 'Glassdoor',
    kind: 'job-board',
    matches: anyPath(`
      glassdoor.com glassdoor.co.uk glassdoor.ca glassdoor.com.au glassdoor.ie glassdoor.co.in glassdoor.de
      glassdoor.fr glassdoor.nl glassdoor.be glassdoor.at glassdoor.ch glassdoor.es glassdoor.it glassdoor.sg
      glassdoor.co.nz glassdoor.com.br glassdoor.com.mx glassdoor.com.hk
    `),
    urls: {
      ad: [/^\/job-listing\//, /^\/partner\/jobListing\.htm/],
      listing: [/^\/Job\//, /^\/Jobs\//],
    },
    samples: {
      ad: [
        'https://www.glassdoor.co.uk/job-listing/warehouse-operative-acme-JV_IC2671300_KO0,19.htm?jl=1009',
      ],
      listing: ['https://www.glassdoor.com/Job/london-warehouse-jobs-SRCH_IL.0,6_IC2671300_KO7,16.htm'],
      other: ['https://www.glassdoor.com/Reviews/index.htm'],
    },
  },
  {
    id: 'reed',
    name: 'Reed',
    kind: 'job-board',
    matches: anyPath('reed.co.uk'),
    urls: { ad: [/^\/jobs\/[^/?]+\/\d+/], listing: [/^\/jobs(\/|\?|$)/] },
    samples: {
      ad: ['https://www.reed.co.uk/jobs/warehouse-operative/51234567'],
      listing: [
        'https://www.reed.co.uk/jobs/warehouse-jobs-in-leeds',
        'https://www.reed.co.uk/jobs?keywords=chef',
      ],
      other: ['https://www.reed.co.uk/courses/'],
    },
  },
  {
    id: 'totaljobs',
    name: 'Totaljobs',
    kind: 'job-board',
    matches: anyPath('totaljobs.com'),
    urls: { ad: [/^\/job\//], listing: [/^\/jobs(\/|\?|$)/] },
    samples: {
      ad: ['https://www.totaljobs.com/job/care-assistant/acme-care-job103456789'],
      listing: ['https://www.totaljobs.com/jobs/care-assistant/in-bristol'],
    },
  },
  {
    id: 'cv-library',
    name: 'CV-Library',
    kind: 'job-board',
    matches: anyPath('cv-library.co.uk'),
    urls: {
      ad: [/^\/job\/\d+/],
      listing: [/^\/jobs(\/|\?|$)/, /^\/search-jobs/, /^\/[^/?]+-jobs(-in-|\/|\?|$)/],
    },
    samples: {
      ad: ['https://www.cv-library.co.uk/job/221234567/Warehouse-Operative'],
      listing: [
        'https://www.cv-library.co.uk/warehouse-jobs-in-leeds',
        'https://www.cv-library.co.uk/search-jobs?q=chef',
      ],
    },
  },
  {
    id: 'monster',
    name: 'Monster',
    kind: 'job-board',
    matches: anyPath(`
      monster.com monster.co.uk monster.ca monster.ie monster.de monster.at monster.ch monster.fr monster.be
      monster.nl monster.lu monster.it monster.es monster.se
    `),
    urls: {
      ad: [/^\/job-openings\//, /^\/stellenangebote\//, /^\/offres-d-emploi\//, /^\/jobs\/l-[^/?]+\/[^/?]/],
      listing: [/^\/jobs\/(search|q-)/, /^\/jobs(\/|\?|$)/, /^\/jobs\/suche/, /^\/emploi\/recherche/],
    },
    samples: {
      ad: [
        'https://www.monster.com/job-openings/forklift-driver-dallas-tx--0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b',
      ],
      listing: [
        'https://www.monster.com/jobs/search?q=forklift&where=Dallas',
        'https://www.monster.co.uk/jobs/search?q=chef',
      ],
    },
  },
  {
    id: 'ziprecruiter',
    name: 'ZipRecruiter',
    kind: 'job-board',
    matches: anyPath('ziprecruiter.com ziprecruiter.co.uk'),
    urls: {
      ad: [/^\/c\/[^/?]+\/Job\//, /^\/jobs\/[^/?]+\/[^/?]/, /^\/ek\/l\//],
      listing: [/^\/jobs-search/, /^\/Jobs\//, /^\/candidate\/search/],
    },
    samples: {
      ad: ['https://www.ziprecruiter.com/c/Acme/Job/Warehouse-Associate/-in-Austin,TX?jid=0a1b2c3d4e5f'],
      listing: [
        'https://www.ziprecruiter.com/jobs-search?search=warehouse&location=Austin',
        'https://www.ziprecruiter.com/Jobs/Warehouse',
      ],
    },
  },
  {
    id: 'seek',
    name: 'SEEK',
    kind: 'job-board',
    matches: anyPath('seek.com.au seek.co.nz'),
    urls: { ad: [/^\/job\/\d+/], listing: [/^\/jobs(\/|\?|$)/, /^\/[^/?]+-jobs(\/|\?|$)/] },
    samples: {
      ad: ['https://www.seek.com.au/job/71234567', 'https://www.seek.co.nz/job/71234568?type=standard'],
      listing: [
        'https://www.seek.com.au/fruit-picker-jobs/in-All-Mildura-VIC',
        'https://www.seek.co.nz/jobs?keywords=farm',
      ],
    },
  },
  {
    id: 'stepstone',
    name: 'StepStone',
    kind: 'job-board',
    matches: anyPath('stepstone.de stepstone.at stepstone.be stepstone.nl stepstone.lu'),
    urls: {
      ad: [/^\/(stellenangebote|offres-emploi|vacatures|job-offer|jobs)--/, /-inline\.html/],
      listing: [/^\/jobs\//, /^\/work\//, /^\/5\//, /^\/(offres-emploi|vacatures|stellenangebote)\/?(\?|$)/],
    },
    samples: {
      ad: ['https://www.stepstone.de/stellenangebote--Lagerhelfer-m-w-d-Hamburg-Acme--1234567-inline.html'],
      listing: [
        'https://www.stepstone.de/jobs/lagerhelfer/in-hamburg',
        'https://www.stepstone.be/jobs/chauffeur',
      ],
    },
  },
  {
    id: 'infojobs',
    name: 'InfoJobs',
    kind: 'job-board',
    matches: anyPath('infojobs.net infojobs.it infojobs.com.br'),
    urls: {
      ad: [/\/of-[a-z]?[0-9a-f]{6,}/i, /^\/vaga-de-/],
      listing: [
        /^\/jobsearch\//,
        /^\/ofertas-trabajo/,
        /^\/offerte-lavoro/,
        /^\/lavoro-/,
        /^\/(empregos|vagas-de-emprego)/,
      ],
    },
    samples: {
      ad: [
        'https://www.infojobs.net/madrid/camarero/of-i0a1b2c3d4e5f60718293a4b5c6d7e8',
        'https://www.infojobs.it/milano/magazziniere/of-f0a1b2c3d4e5',
      ],
      listing: [
        'https://www.infojobs.net/ofertas-trabajo/madrid',
        'https://www.infojobs.it/offerte-lavoro/milano',
      ],
    },
  },
  {
    id: 'pracuj',
    name: 'Pracuj.pl',
    kind: 'job-board',
    matches: anyPath('pracuj.pl'),
    urls: { ad: [/,oferta,\d+/], listing: [/^\/praca(\/|\?|$)/] },
    samples: {
      ad: ['https://www.pracuj.pl/praca/magazynier-warszawa,oferta,1003456789'],
      listing: ['https://www.pracuj.pl/praca/magazynier;kw', 'https://www.pracuj.pl/praca?wp=Gdansk'],
    },
  },
  {
    id: 'jooble',
    name: 'Jooble',
    kind: 'job-board',
    matches: anyPath('jooble.org'),
    urls: { ad: [/^\/desc\//], listing: [/^\/SearchResult/i, /^\/(jobs|vacancies|praca|rabota)-/] },
    samples: {
      ad: ['https://uk.jooble.org/desc/-1234567890123456789'],
      listing: ['https://jooble.org/SearchResult?ukw=driver', 'https://pl.jooble.org/praca-kierowca'],
    },
  },
  {
    id: 'adzuna',
    name: 'Adzuna',
    kind: 'job-board',
    matches: anyPath(`
      adzuna.co.uk adzuna.com adzuna.ca adzuna.com.au adzuna.co.nz adzuna.de adzuna.at adzuna.ch adzuna.fr
      adzuna.be adzuna.nl adzuna.it adzuna.es adzuna.pl adzuna.in adzuna.co.za adzuna.com.br adzuna.com.mx
      adzuna.sg
    `),
    urls: {
      ad: [/^\/details\/\d+/, /^\/land\/ad\/\d+/],
      listing: [/^\/search/, /^\/jobs(\/|\?|$)/, /-jobs(\/|\?|$)/],
    },
    samples: {
      ad: ['https://www.adzuna.co.uk/details/4567890123'],
      listing: [
        'https://www.adzuna.co.uk/search?q=cleaner&w=Leeds',
        'https://www.adzuna.com/search?q=driver',
      ],
    },
  },
  {
    id: 'find-a-job',
    name: 'GOV.UK Find a job',
    kind: 'job-board',
    matches: ['*://findajob.dwp.gov.uk/*'],
    urls: { ad: [/^\/details\/\d+/], listing: [/^\/search/] },
    samples: {
      ad: ['https://findajob.dwp.gov.uk/details/14567890'],
      listing: ['https://findajob.dwp.gov.uk/search?q=care&w=Leeds'],
    },
  },
  {
    // Employers' own career sites hosted by Workday: one site per employer, the same URL shapes.
    id: 'workday',
    name: 'Workday career sites',
    kind: 'job-board',
    matches: anyPath('myworkdayjobs.com myworkdaysite.com'),
    urls: {
      ad: [/^\/([a-z]{2}-[A-Z]{2}\/)?[^/?]+\/job\//],
      // The root of a career site (`/Ext`, `/en-US/Ext`) is its job search page.
      listing: [/^\/([a-z]{2}-[A-Z]{2}\/)?[^/?]+\/?(\?|$)/],
    },
    samples: {
      ad: ['https://autodesk.wd1.myworkdayjobs.com/en-US/Ext/job/Montreal-QC-CAN/Senior-Manager_24WD81528'],
      listing: [
        'https://autodesk.wd1.myworkdayjobs.com/en-US/Ext',
        'https://acme.wd5.myworkdayjobs.com/Careers?q=nurse',
      ],
    },
  },
];

/** craigslist categories (`/search/jjj`, `/sby/sof/d/…`): jobs, gigs and services, by code. */
const CRAIGSLIST_JOBS = words(`
  jjj acc ofc egr med sci bus csr edu fbh lab gov hum eng lgl mnu mar hea npo rej ret sls spa sec trd sof sad
  tch trp tfr web wri etc ggg cpg crg cwg dmg evg lbg tlg wrg bbb aos ats biz cms cps crs cys evs fgs fns hss
  hws lbs lgs lss mas pas rts sks trv wet
`);

/** craigslist categories that never count: for sale, vehicles, housing, community, résumés. */
const CRAIGSLIST_OTHER = words(`
  sss cto ctd cta mca mcd mco boo rvs pts hhh apa roo sub rea reo prk off vac swp sha ccc rrr for fuo fud ela
  sya zip bik
`);

const CLASSIFIEDS: readonly JobSite[] = [
  {
    id: 'olx',
    name: 'OLX',
    kind: 'classifieds',
    // OLX Group sites (pl, ro, pt, bg, ua, kz, uz, br) share one platform: job ads live under
    // `/oferta/praca/` (pl) or `/oferta/loc-de-munca/` (ro); elsewhere the ad URL has no category and the
    // page decides. olx.com.pk and olx.in run on another platform (`/item/…`, `jobs_c4`), olx.ba on a
    // third (`/artikal/…`).
    matches: anyPath('olx.pl olx.ro olx.pt olx.bg olx.ua olx.kz olx.uz olx.com.br olx.com.pk olx.in olx.ba'),
    urls: {
      ad: [/^\/(d\/)?([a-z]{2}\/)?(oferta|anuncio|ad|obyavlenie|ogloszenie)\//, /^\/item\//, /^\/artikal\//],
      listing: [],
    },
    categories: {
      jobs: words(`
        praca uslugi uslugi-firmy locuri-de-munca loc-de-munca servicii-afaceri-colaborari emprego servicos
        vagas-de-emprego rabota robota poslugi ish xizmatlar jobs jobs_c* services_c* poslovi
      `),
      other: words(`
        motoryzacja nieruchomosci elektronika dom-ogrod moda zwierzeta auto-masini-moto-ambarcatiuni
        imobiliare electronice-si-electrocasnice carros-motos-e-barcos imoveis transport nedvizhimost avto
        cars_c* vehicles_c* property-for-sale_c* property-for-rent_c* mobile-phones_c* autos-e-pecas
        avtomobili
      `),
      crumbs: words(
        `
        praca|uslugi|uslugi i firmy|locuri de munca|servicii|emprego|servicos|vagas de emprego|работа|робота|
        услуги|послуги|ish|xizmatlar|jobs|services|poslovi|usluge
      `,
        '|',
      ),
    },
    samples: {
      ad: [
        'https://www.olx.pl/oferta/praca/magazynier-z-udt-CID4-ID12345.html',
        'https://www.olx.ro/oferta/loc-de-munca/lidl-vanzator-radauti-IDkcZUF.html',
      ],
      listing: [
        'https://www.olx.pl/praca/',
        'https://www.olx.pl/uslugi/krakow/',
        'https://www.olx.ro/locuri-de-munca/',
        'https://www.olx.bg/rabota/',
        'https://www.olx.ua/uk/rabota/',
        'https://www.olx.pt/emprego/',
        'https://www.olx.com.pk/jobs_c4',
      ],
      other: [
        'https://www.olx.pl/d/oferta/bmw-320d-touring-CID5-ID1a2b3.html',
        'https://www.olx.pl/motoryzacja/samochody/',
        'https://www.olx.ro/auto-masini-moto-ambarcatiuni/',
        'https://www.olx.pt/d/anuncio/golf-IDJxY4M.html',
      ],
    },
  },
  {
    id: 'gumtree',
    name: 'Gumtree',
    kind: 'classifieds',
    // gumtree.com is the UK site. Gumtree Ireland closed in 2017 (its users were sent to DoneDeal), so
    // there is no gumtree.ie pattern; gumtree.co.za and gumtree.pl share the `/a-…` (ad) `/s-…` (list) shape.
    matches: anyPath('gumtree.com gumtree.com.au gumtree.co.za gumtree.pl'),
    urls: { ad: [/^\/p\//, /^\/s-ad\//, /^\/a-[^/?]+\/[^/?]+\/[^/?]+\/\d+/], listing: [] },
    categories: {
      jobs: words(`
        jobs *-jobs business-services services s-jobs s-services* s-oferty-pracy* a-oferty-pracy* s-praca*
        a-praca* s-uslugi* a-uslugi*
      `),
      other: words(`
        cars-vans-motorbikes for-sale flats-houses property-to-rent property-for-sale pets cars cars-vans-utes
        flatshare-houseshare real-estate s-cars-vans-utes* s-real-estate* a-samochody* s-samochody*
        a-mieszkania-i-domy* s-mieszkania-i-domy* a-motoryzacja* s-motoryzacja* s-cars-bakkies*
        a-cars-bakkies*
      `),
      crumbs: words('jobs|services|business services|praca|oferty pracy|uslugi', '|'),
    },
    samples: {
      ad: ['https://www.gumtree.com/p/cleaning-jobs/office-cleaner-evenings/1487654321'],
      listing: [
        'https://www.gumtree.com/jobs',
        'https://www.gumtree.com.au/s-jobs/sydney/c9302',
        'https://www.gumtree.com/business-services/london',
      ],
      other: [
        'https://www.gumtree.com/p/cars-vans-motorbikes/ford-focus-2015/1487654322',
        'https://www.gumtree.com.au/s-ad/attadale/cars-vans-utes/landcruiser-prado/1135728853',
        'https://www.gumtree.pl/a-samochody-osobowe/krakow/2010-skoda-superb/1003369242',
      ],
    },
  },
  {
    id: 'craigslist',
    name: 'craigslist',
    kind: 'classifieds',
    matches: anyPath('craigslist.org'),
    urls: { ad: [/\/d\/[^/?]+\/\d+\.html/, /^\/([a-z]{3}\/)?[a-z]{3}\/\d+\.html/], listing: [/^\/search\//] },
    categories: { jobs: CRAIGSLIST_JOBS, other: CRAIGSLIST_OTHER, crumbs: words('jobs gigs services') },
    samples: {
      ad: [
        'https://sfbay.craigslist.org/sby/sof/d/san-jose-software-engineer/7712345678.html',
        'https://boston.craigslist.org/gbs/lab/d/boston-warehouse-associate/7712345679.html',
      ],
      listing: [
        'https://denver.craigslist.org/search/jjj?query=driver',
        'https://newyork.craigslist.org/search/ggg',
        'https://sfbay.craigslist.org/search/sby/bbb',
      ],
      other: [
        'https://sfbay.craigslist.org/sby/cto/d/san-jose-2012-honda-civic/7712345680.html',
        'https://denver.craigslist.org/search/apa',
      ],
    },
  },
  {
    id: 'locanto',
    name: 'Locanto',
    kind: 'classifieds',
    // Ads (`/ID_123/Title.html`) carry no category: the breadcrumbs decide.
    matches: anyPath(`
      locanto.com locanto.ie locanto.co.uk locanto.com.au locanto.co.nz locanto.ca locanto.in locanto.co.za
      locanto.com.ph locanto.com.my locanto.sg locanto.ae
    `),
    urls: { ad: [/^\/ID_\d+\//], listing: [] },
    categories: {
      jobs: words('jobs services *-jobs *-services'),
      other: words('for-sale cars-vehicles property flats-for-rent houses-for-rent personals dating'),
      crumbs: words('jobs services'),
    },
    samples: {
      ad: ['https://dublin.locanto.ie/ID_4964952094/Window-blinds-installer.html'],
      listing: ['https://dublin.locanto.ie/Jobs/J/', 'https://www.locanto.co.uk/Cleaning-Jobs/605/'],
      other: ['https://dublin.locanto.ie/Cars-Vehicles/V/'],
    },
  },
  {
    id: 'kijiji',
    name: 'Kijiji',
    kind: 'classifieds',
    // Listings: `/b-jobs/<place>/c45l…`; ads: `/v-<category>/<place>/<title>/<id>`.
    matches: anyPath('kijiji.ca'),
    urls: { ad: [/^\/v-[^/?]+\/[^/?]+\/[^/?]+\/\d+/, /^\/v-view-details\.html/], listing: [] },
    categories: {
      jobs: words(`
        b-jobs b-services v-jobs b-general-labour v-general-labour b-construction-trades v-construction-trades
        b-cleaning-housekeeping v-cleaning-housekeeping b-customer-service v-customer-service
        b-drivers-security v-drivers-security b-bar-food-hospitality v-bar-food-hospitality b-childcare-nanny
        v-childcare-nanny b-salon-beauty-spa v-salon-beauty-spa b-sales-retail-sales v-sales-retail-sales
        b-office-manager-receptionist v-office-manager-receptionist b-other-jobs v-other-jobs
        b-part-time-students v-part-time-students b-health-care v-health-care v-cleaners-cleaning
        v-moving-storage v-skilled-trades v-nanny-childcare v-tutors-languages v-health-beauty v-other-service
      `),
      other: words(`
        b-cars-trucks v-cars-trucks b-cars-vehicles b-real-estate b-for-rent v-apartments-condos
        v-house-for-sale b-buy-sell v-item b-pets v-cats-kittens v-dogs-puppies
      `),
      crumbs: words('jobs services emplois'),
    },
    samples: {
      ad: ['https://www.kijiji.ca/v-general-labour/city-of-toronto/warehouse-helper/1712345678'],
      listing: [
        'https://www.kijiji.ca/b-jobs/ottawa/c45l1700185',
        'https://www.kijiji.ca/b-services/calgary/c72l1700199',
      ],
      other: [
        'https://www.kijiji.ca/v-cars-trucks/lethbridge/explorer/1731517390',
        'https://www.kijiji.ca/b-cars-trucks/ontario/c174l9004',
      ],
    },
  },
];

/** Every site, job boards first. */
export const JOB_SITES: readonly JobSite[] = [...JOB_BOARDS, ...CLASSIFIEDS];

/** The match patterns of every site, without duplicates, for the manifest's `content_scripts.matches`. */
export function matchPatterns(): string[] {
  const seen = new Set<string>();
  for (const site of JOB_SITES) for (const pattern of site.matches) seen.add(pattern);
  return [...seen];
}

type SitePattern = readonly [JobSite, MatchPattern];
let patternsByHost: ReadonlyMap<string, readonly SitePattern[]> | undefined;

/** Every pattern, indexed by its host, so a URL is matched by looking up its host's suffixes only. */
function sitePatternsByHost(): ReadonlyMap<string, readonly SitePattern[]> {
  if (patternsByHost) return patternsByHost;
  const index = new Map<string, SitePattern[]>();
  for (const site of JOB_SITES) {
    for (const text of site.matches) {
      const pattern = parseMatchPattern(text);
      if (!pattern) continue;
      const entries = index.get(pattern.host) ?? [];
      entries.push([site, pattern]);
      index.set(pattern.host, entries);
    }
  }
  patternsByHost = index;
  return index;
}

/** Parses a page URL (http or https only), or returns undefined. */
export function parsePageUrl(url: string): URL | undefined {
  try {
    const parsed = new URL(url.length > MAX_URL ? url.slice(0, MAX_URL) : url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** The site whose match patterns cover `url`, or undefined (also for URLs that do not parse). */
export function siteForUrl(url: string): JobSite | undefined {
  const parsed = parsePageUrl(url);
  if (!parsed) return undefined;
  const index = sitePatternsByHost();
  // `www.olx.ro` is looked up as `www.olx.ro`, `olx.ro` and `ro`: the patterns that could cover it.
  const labels = parsed.hostname.toLowerCase().split('.');
  for (let start = 0; start < labels.length; start += 1) {
    for (const [site, pattern] of index.get(labels.slice(start).join('.')) ?? []) {
      if (patternMatchesUrl(pattern, parsed)) return site;
    }
  }
  return undefined;
}
