/**
 * On classifieds sites only jobs and services count. When the URL does not name the category, the page
 * decides: JobPosting markup says job; Product / Vehicle / Offer / housing markup says not; otherwise
 * the breadcrumbs must name a jobs or services category. Anything unclear stays silent.
 */
import type { JsonLdScan } from './json-ld.js';
import { breadcrumbs } from './site-adapters.js';
import type { CategoryRules } from './types.js';

/** schema.org types of things that are not jobs: goods, vehicles, housing, offers for sale. */
const NON_JOB_TYPES = new Set([
  'Product',
  'IndividualProduct',
  'ProductModel',
  'ProductGroup',
  'Vehicle',
  'Car',
  'Motorcycle',
  'MotorizedBicycle',
  'BusOrCoach',
  'Offer',
  'AggregateOffer',
  'RealEstateListing',
  'Residence',
  'Apartment',
  'ApartmentComplex',
  'House',
  'SingleFamilyResidence',
  'Accommodation',
  'Room',
  'Suite',
]);

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const WHITE_SPACE = /\s+/g;

/** Letters that carry their accent inside (no decomposition), spelled without it. */
const PLAIN_LETTERS: readonly (readonly [string, string])[] = [
  ['ł', 'l'],
  ['đ', 'd'],
  ['ø', 'o'],
  ['ß', 'ss'],
  ['æ', 'ae'],
  ['œ', 'oe'],
];

/** Lower-case, accents removed, white space collapsed, trailing `(123)` counts dropped. */
export function normaliseLabel(label: string): string {
  let text = label
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(WHITE_SPACE, ' ')
    .trim()
    .toLowerCase();
  for (const [letter, plain] of PLAIN_LETTERS)
    if (text.includes(letter)) text = text.replaceAll(letter, plain);
  const paren = text.lastIndexOf(' (');
  if (paren > 0 && text.endsWith(')')) text = text.slice(0, paren);
  return text;
}

/** Whether any breadcrumb label names one of the jobs/services categories (`crumbs`). */
export function crumbsSayJobs(labels: readonly string[], crumbs: readonly string[]): boolean {
  const words = crumbs.map(normaliseLabel);
  for (const label of labels) {
    const text = normaliseLabel(label);
    for (const word of words) if (text === word || text.startsWith(word + ' ')) return true;
  }
  return false;
}

/** Whether the page's JSON-LD types describe goods, vehicles or housing. */
export function hasNonJobType(types: ReadonlySet<string>): boolean {
  for (const type of types) if (NON_JOB_TYPES.has(type)) return true;
  return false;
}

/**
 * Whether a classifieds page whose URL does not name its category is in a jobs/services category.
 * `scan` is the page's full JSON-LD scan (all blocks, not only JobPosting ones).
 */
export function pageIsInJobCategory(
  doc: Document,
  siteId: string,
  rules: CategoryRules,
  scan: JsonLdScan,
  hasJobMarkup: boolean,
): boolean {
  if (hasJobMarkup) return true;
  if (hasNonJobType(scan.types)) return false;
  return crumbsSayJobs([...scan.crumbs, ...breadcrumbs(doc, siteId)], rules.crumbs);
}
