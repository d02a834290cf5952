/**
 * Finds e-mail addresses, web addresses and masked contacts (`#EMAIL_…#`, `#PHONE_…#`, `#URL_…#`, as
 * in anonymised data sets) before tokenizing, so that each becomes one token. Every scan is bounded
 * per hit, so the whole pass is linear in the text length.
 */

/** A contact found in the text. `domain` is lower-cased (empty where unknown). */
export interface Entity {
  readonly start: number;
  readonly end: number;
  readonly kind: 'email' | 'url' | 'phone';
  readonly domain: string;
}

const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;
const MAX_URL = 2048;
const MAX_MASK = 120;
const URL_STARTS = [
  'http://',
  'https://',
  'HTTP://',
  'HTTPS://',
  'Http://',
  'Https://',
  'www.',
  'WWW.',
  'Www.',
];
const MASKS: readonly [string, Entity['kind']][] = [
  ['#EMAIL_', 'email'],
  ['#PHONE_', 'phone'],
  ['#URL_', 'url'],
];

function isLocalChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 57) ||
    c === 46 ||
    c === 95 ||
    c === 37 ||
    c === 43 ||
    c === 45
  );
}

function isDomainChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 45;
}

function isUrlStop(c: number): boolean {
  // Whitespace, controls, quotes and brackets end a URL; so does anything outside ASCII.
  return c <= 32 || c > 126 || c === 34 || c === 39 || c === 60 || c === 62 || c === 40 || c === 41;
}

function findEmails(text: string, out: Entity[]): void {
  let at = text.indexOf('@');
  while (at !== -1) {
    let left = at;
    while (left > 0 && at - left < MAX_LOCAL && isLocalChar(text.charCodeAt(left - 1))) left--;
    let right = at + 1;
    while (right < text.length && right - at <= MAX_DOMAIN && isDomainChar(text.charCodeAt(right))) right++;
    while (right > at + 1 && (text.charCodeAt(right - 1) === 46 || text.charCodeAt(right - 1) === 45))
      right--;
    while (left < at && text.charCodeAt(left) === 46) left++;
    const domain = text.slice(at + 1, right);
    const dot = domain.lastIndexOf('.');
    if (left < at && dot > 0 && dot < domain.length - 2) {
      out.push({ start: left, end: right, kind: 'email', domain: domain.toLowerCase() });
    }
    at = text.indexOf('@', at + 1);
  }
}

function findUrls(text: string, out: Entity[]): void {
  for (const needle of URL_STARTS) {
    let from = text.indexOf(needle);
    while (from !== -1) {
      let end = from + needle.length;
      while (end < text.length && end - from < MAX_URL && !isUrlStop(text.charCodeAt(end))) end++;
      // Trailing punctuation belongs to the sentence, not the address.
      while (end > from + needle.length && '.,;:!?'.includes(text.charAt(end - 1))) end--;
      const hostStart = needle.startsWith('w') || needle.startsWith('W') ? from : from + needle.length;
      let hostEnd = hostStart;
      while (hostEnd < end && isDomainChar(text.charCodeAt(hostEnd))) hostEnd++;
      out.push({ start: from, end, kind: 'url', domain: text.slice(hostStart, hostEnd).toLowerCase() });
      from = text.indexOf(needle, end);
    }
  }
}

function findMasks(text: string, out: Entity[]): void {
  for (const [needle, kind] of MASKS) {
    let from = text.indexOf(needle);
    while (from !== -1) {
      const close = text.indexOf('#', from + needle.length);
      const end = close !== -1 && close - from <= MAX_MASK ? close + 1 : from + needle.length;
      out.push({ start: from, end, kind, domain: '' });
      from = text.indexOf(needle, end);
    }
  }
}

/** All contacts in `text`, sorted by start, without overlaps (the earlier, then longer, one wins). */
export function findEntities(text: string): Entity[] {
  const found: Entity[] = [];
  if (text.includes('@')) findEmails(text, found);
  if (text.includes('ttp') || text.includes('TTP') || text.includes('ww.') || text.includes('WW.')) {
    findUrls(text, found);
  }
  if (text.includes('#')) findMasks(text, found);
  if (found.length < 2) return found;
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Entity[] = [];
  let lastEnd = -1;
  for (const entity of found) {
    if (entity.start >= lastEnd) {
      kept.push(entity);
      lastEnd = entity.end;
    }
  }
  return kept;
}
