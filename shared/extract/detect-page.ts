/**
 * Page → job ad, job listing, or nothing. Cheap signals first, so an ordinary page is answered `none`
 * within the 2 ms budget: the URL host against `JOB_SITES`, a `[itemtype*="JobPosting"]` element, a
 * JSON-LD block mentioning "JobPosting". Only past that gate: JSON-LD JobPosting, microdata, RDFa, the
 * site adapter, and last the careful fallback (known job-site ad URLs, or when asked). RDFa is not part
 * of the gate (one more full-document query, and rare for job ads): it is read on known job sites, on
 * pages that passed the gate anyway, and when the person asks (`force`). Pure: reads the DOM, changes
 * nothing, never throws.
 */
import { pageIsInJobCategory } from './classifieds.js';
import { fallbackAd } from './fallback.js';
import { adFromPosting } from './job-posting.js';
import { parsePageUrl, siteForUrl } from './job-sites.js';
import { jsonLdTexts, own, scanJsonLd, type JsonLdScan, type JsonObject } from './json-ld.js';
import {
  declaredLang,
  INLINE_JOB_SELECTOR,
  inlineJobItems,
  inlinePosting,
  type InlineSyntax,
} from './microdata.js';
import { adFromSite, countCards } from './site-adapters.js';
import { placeOf } from './url-place.js';
import type {
  AdRoute,
  DetectOptions,
  ExtractedAd,
  JobSite,
  ListingRoute,
  PageDetection,
  UrlPlace,
} from './types.js';

const NONE: PageDetection = { kind: 'none' };
const NOWHERE: UrlPlace = { page: 'unknown', category: 'unknown' };
const EMPTY_SCAN: JsonLdScan = { postings: [], listed: 0, types: new Set(), crumbs: [], ids: new Map() };

/** This many job cards, or JobPostings, on a page that is not an ad URL make it a listing. */
const LISTING_MIN = 3;

/** A structured description shorter than this is topped up from the site adapter when it has more. */
const SHORT_TEXT = 200;

interface InlineItem {
  readonly syntax: InlineSyntax;
  readonly element: Element;
}

interface FoundAd {
  readonly ad: ExtractedAd;
  readonly via: AdRoute;
}

function inlineItems(doc: Document, microdata: boolean): InlineItem[] {
  const items: InlineItem[] = [];
  if (microdata) {
    for (const element of inlineJobItems(doc, 'microdata')) items.push({ syntax: 'microdata', element });
  }
  if (doc.querySelector(INLINE_JOB_SELECTOR.rdfa) !== null) {
    for (const element of inlineJobItems(doc, 'rdfa')) items.push({ syntax: 'rdfa', element });
  }
  return items;
}

function listing(count: number, via: ListingRoute, site: JobSite | undefined): PageDetection {
  return { kind: 'listing', count, via, ...(site && { site: site.id }) };
}

function jobAd(found: FoundAd, site: JobSite | undefined): PageDetection {
  return { kind: 'job-ad', ad: found.ad, via: found.via, ...(site && { site: site.id }) };
}

function structuredAd(scan: JsonLdScan, inline: readonly InlineItem[], url: string): FoundAd | undefined {
  // A posting with a description first: pages sometimes add a teaser posting before the real one.
  const described = (posting: JsonObject): number => Number(own(posting, 'description') !== undefined);
  const ranked = [...scan.postings].sort((a, b) => described(b) - described(a));
  for (const posting of ranked) {
    const ad = adFromPosting(posting, { url, ids: scan.ids });
    if (ad) return { ad, via: 'json-ld' };
  }
  for (const { syntax, element } of inline) {
    const lang = declaredLang(element);
    const ad = adFromPosting(inlinePosting(element, syntax), { url, plain: true, ...(lang && { lang }) });
    if (ad) return { ad, via: syntax };
  }
  return undefined;
}

/** Tops up a thin structured ad (no title, or no or a teaser description) with what the site shows. */
function enriched(found: FoundAd, doc: Document, site: JobSite | undefined, url: string): FoundAd {
  const thin = found.ad.title === '' || found.ad.text.length < SHORT_TEXT;
  if (site === undefined || !thin) return found;
  const fromSite = adFromSite(doc, site.id, url);
  if (fromSite === undefined) return found;
  const title = found.ad.title === '' ? fromSite.title : found.ad.title;
  const text = fromSite.text.length > found.ad.text.length ? fromSite.text : found.ad.text;
  return { via: found.via, ad: { ...fromSite, ...found.ad, title, text } };
}

function detect(doc: Document, url: string, options: DetectOptions): PageDetection {
  const site = siteForUrl(url);
  const onClassifieds = site?.kind === 'classifieds';
  const microdata = doc.querySelector(INLINE_JOB_SELECTOR.microdata) !== null;
  // Classifieds need every block (@type and breadcrumbs decide categories); elsewhere only job ones.
  const ldTexts = jsonLdTexts(doc, !onClassifieds);
  const ldHint = ldTexts.some((text) => text.includes('JobPosting'));
  if (site === undefined && !ldHint && !microdata && options.force !== true) return NONE;

  const parsed = parsePageUrl(url);
  let place = site !== undefined && parsed !== undefined ? placeOf(site, parsed) : NOWHERE;
  // Classifieds: only jobs and services count, unless the person asked to check this very page.
  const classifieds = onClassifieds && options.force !== true;
  if (place.category === 'other') {
    if (classifieds) return NONE;
    place = NOWHERE;
  }
  const scan = ldHint || onClassifieds ? scanJsonLd(ldTexts) : EMPTY_SCAN;
  const inline = inlineItems(doc, microdata);
  const structured = scan.postings.length + inline.length;
  if (classifieds && site.categories && place.category !== 'job') {
    if (!pageIsInJobCategory(doc, site.id, site.categories, scan, structured > 0)) return NONE;
  }

  if (place.page !== 'ad') {
    if (scan.listed > 0) return listing(scan.listed, 'json-ld', site);
    if (structured >= LISTING_MIN) {
      return listing(structured, scan.postings.length >= inline.length ? 'json-ld' : inline[0]!.syntax, site);
    }
    if (place.page === 'listing') {
      const cards = site ? countCards(doc, site.id) : 0;
      return cards > 0 ? listing(cards, 'cards', site) : listing(structured, 'url', site);
    }
  }

  const fromMarkup = structuredAd(scan, inline, url);
  if (fromMarkup) return jobAd(enriched(fromMarkup, doc, site, url), site);

  if (site !== undefined) {
    if (place.page !== 'ad') {
      const cards = countCards(doc, site.id);
      if (cards >= LISTING_MIN) return listing(cards, 'cards', site);
    }
    const fromSite = adFromSite(doc, site.id, url);
    if (fromSite) return jobAd({ ad: fromSite, via: 'adapter' }, site);
  }
  if (place.page === 'ad' || options.force === true) {
    const fromPage = fallbackAd(doc, url);
    if (fromPage) return jobAd({ ad: fromPage, via: 'fallback' }, site);
  }
  return NONE;
}

/**
 * What a page is: `{ kind: 'job-ad', ad, via, site? }`, `{ kind: 'listing', count, via, site? }` or
 * `{ kind: 'none' }`. `url` is the page's address (the site rules and the ad's `url` come from it).
 * Reads the document only; returns `none` on any internal error.
 */
export function detectPage(doc: Document, url: string, options: DetectOptions = {}): PageDetection {
  try {
    return detect(doc, url, options);
  } catch {
    return NONE;
  }
}
