/**
 * Where a URL sits on a known site: a single ad, a listing, or neither; and on classifieds, whether it
 * is in a jobs/services category, in another category (cars, flats, goods), or the URL does not say.
 */
import type { CategoryRules, JobSite, UrlPlace } from './types.js';

/** How many leading path segments can name a category (`/search/sby/jjj`, `/oferta/praca/…`). */
const CATEGORY_DEPTH = 3;

function segmentMatches(entry: string, segment: string): boolean {
  if (entry.endsWith('*')) return segment.startsWith(entry.slice(0, -1));
  if (entry.startsWith('*')) return segment.endsWith(entry.slice(1));
  return segment === entry;
}

function anyMatch(entries: readonly string[], segments: readonly string[]): boolean {
  for (const segment of segments) {
    for (const entry of entries) if (segmentMatches(entry, segment)) return true;
  }
  return false;
}

/** The category a path is in, by its first segments; another category wins over jobs if both appear. */
export function categoryOfPath(rules: CategoryRules, pathname: string): UrlPlace['category'] {
  const segments = pathname
    .split('/', CATEGORY_DEPTH + 1)
    .filter((segment) => segment !== '')
    .slice(0, CATEGORY_DEPTH)
    .map((segment) => segment.toLowerCase());
  if (anyMatch(rules.other, segments)) return 'other';
  if (anyMatch(rules.jobs, segments)) return 'job';
  return 'unknown';
}

/** Page type and category of `url` on `site`, from the site's URL rules alone (no page content). */
export function placeOf(site: JobSite, url: URL): UrlPlace {
  const path = url.pathname + url.search;
  const category = site.categories ? categoryOfPath(site.categories, url.pathname) : 'unknown';
  let page: UrlPlace['page'] = 'unknown';
  if (site.urls.ad.some((rule) => rule.test(path))) page = 'ad';
  else if (site.urls.listing.some((rule) => rule.test(path))) page = 'listing';
  else if (site.kind === 'classifieds' && category === 'job') page = 'listing';
  return { page, category };
}
