/**
 * Reads ads and job cards with a site's selectors (`SITE_SELECTORS`), defensively: invalid selectors,
 * missing fields and empty matches all degrade to "nothing found", never to an error.
 */
import { MAX_TEXT } from './limits.js';
import { declaredLang } from './microdata.js';
import { GENERIC_CRUMBS, SITE_SELECTORS, type AdSelectors } from './site-selectors.js';
import { lineOf, textOf } from './text-of.js';
import type { ExtractedAd } from './types.js';

/** Shortest description an adapter accepts: less is a teaser, not an ad. */
const MIN_DESCRIPTION = 20;

/** Most breadcrumb items read. */
const MAX_CRUMBS = 30;

/** The first element matching any of `selectors` (tried in order), or null. Never throws. */
export function firstMatch(root: ParentNode, selectors: readonly string[] | undefined): Element | null {
  for (const selector of selectors ?? []) {
    try {
      const element = root.querySelector(selector);
      if (element !== null) return element;
    } catch {
      // Invalid selector in the data: try the next one.
    }
  }
  return null;
}

/** Number of elements matching the first selector that matches at all; 0 when none does. */
export function countMatches(root: ParentNode, selectors: readonly string[] | undefined): number {
  for (const selector of selectors ?? []) {
    try {
      const count = root.querySelectorAll(selector).length;
      if (count > 0) return count;
    } catch {
      // Invalid selector in the data: try the next one.
    }
  }
  return 0;
}

function field(doc: Document, selectors: readonly string[] | undefined): string | undefined {
  const element = firstMatch(doc, selectors);
  if (element === null) return undefined;
  const text = lineOf(element);
  return text === '' ? undefined : text;
}

/** Reads one ad with a set of selectors; undefined unless both a title and a description are found. */
export function adFromSelectors(doc: Document, selectors: AdSelectors, url: string): ExtractedAd | undefined {
  const title = field(doc, selectors.title);
  const body = firstMatch(doc, selectors.description);
  if (title === undefined || body === null) return undefined;
  const text = textOf(body, { limit: MAX_TEXT, skip: selectors.skip ?? [] });
  if (text.length < MIN_DESCRIPTION) return undefined;
  const employer = field(doc, selectors.employer);
  const location = field(doc, selectors.location);
  const salary = field(doc, selectors.salary);
  const lang = declaredLang(body);
  return {
    title,
    text,
    url,
    ...(employer !== undefined && { employer }),
    ...(salary !== undefined && { salary }),
    ...(location !== undefined && { location }),
    ...(lang !== undefined && { lang }),
  };
}

/** The ad on a page of site `siteId`, read with its selectors, if it has any and they all match. */
export function adFromSite(doc: Document, siteId: string, url: string): ExtractedAd | undefined {
  const selectors = SITE_SELECTORS[siteId]?.ad;
  return selectors === undefined ? undefined : adFromSelectors(doc, selectors, url);
}

/** Job cards on a page of site `siteId` (0 when the site has no card selectors or none match). */
export function countCards(doc: Document, siteId: string): number {
  return countMatches(doc, SITE_SELECTORS[siteId]?.cards);
}

/** Breadcrumb labels on the page (site-specific selectors first, then the generic ones). */
export function breadcrumbs(doc: Document, siteId: string): string[] {
  const labels: string[] = [];
  for (const selector of [...(SITE_SELECTORS[siteId]?.crumbs ?? []), ...GENERIC_CRUMBS]) {
    let elements: NodeListOf<Element>;
    try {
      elements = doc.querySelectorAll(selector);
    } catch {
      continue;
    }
    for (let i = 0; i < elements.length && labels.length < MAX_CRUMBS; i++) {
      const label = lineOf(elements[i]!, 80);
      if (label !== '') labels.push(label);
    }
    if (labels.length > 0) break;
  }
  return labels;
}
