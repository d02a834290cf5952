import { FREE_MAIL_DOMAINS, FREE_MAIL_PREFIXES, MESSENGER_HOSTS } from '../content/rules/common.js';
import { TOKEN_KIND, type TokenList } from './types.js';

/** A span of a field. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** How an ad (one field) can be contacted. */
export interface ContactFacts {
  /** First e-mail address at a free provider. */
  readonly personalEmail?: Span;
  /** First link that opens a messaging app. */
  readonly messengerLink?: Span;
  /** First telephone number. */
  readonly phone?: Span;
  /** True when there is a web address or an e-mail address at an organisation's own domain. */
  readonly organisationContact: boolean;
}

const FREE_MAIL = new Set(FREE_MAIL_DOMAINS);
const MESSENGERS = new Set(MESSENGER_HOSTS);
const PHONE_JOINERS = ' -.()/\u00a0';
const MIN_PHONE_DIGITS = 9;
const MAX_PHONE_DIGITS = 15;
const NUM = TOKEN_KIND.num;
const EMAIL = TOKEN_KIND.email;
const URL = TOKEN_KIND.url;
const PHONE = TOKEN_KIND.phone;

/** True for an address at a free e-mail provider. */
export function isFreeMailDomain(domain: string): boolean {
  if (FREE_MAIL.has(domain)) return true;
  return FREE_MAIL_PREFIXES.some((prefix) => domain.startsWith(prefix));
}

function isJoiner(text: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let i = from; i < to; i++) if (!PHONE_JOINERS.includes(text.charAt(i))) return false;
  return true;
}

function countDigits(text: string, start: number, end: number): number {
  let digits = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
  }
  return digits;
}

/**
 * Telephone numbers: runs of number tokens joined only by spaces, dashes, dots or brackets, with
 * 9–15 digits, written the way numbers are (a leading 0, +, a bracket, or the 3-3-4 grouping).
 * Returns the first one.
 */
export function findPhone(text: string, tokens: TokenList): Span | undefined {
  const n = tokens.length;
  let i = 0;
  while (i < n) {
    if (tokens.kind[i] !== NUM) {
      i++;
      continue;
    }
    const firstStart = tokens.start[i]!;
    const firstEnd = tokens.end[i]!;
    let j = i;
    let digits = countDigits(text, firstStart, firstEnd);
    while (j + 1 < n && tokens.kind[j + 1] === NUM && isJoiner(text, tokens.end[j]!, tokens.start[j + 1]!)) {
      if (digits > MAX_PHONE_DIGITS) break;
      j++;
      digits += countDigits(text, tokens.start[j]!, tokens.end[j]!);
    }
    const before = firstStart > 0 ? text.charAt(firstStart - 1) : '';
    const plus = before === '+';
    const shaped =
      text.charAt(firstStart) === '0' ||
      plus ||
      before === '(' ||
      (digits === 10 && firstEnd - firstStart === 3);
    if (digits >= MIN_PHONE_DIGITS && digits <= MAX_PHONE_DIGITS && shaped) {
      return { start: plus ? firstStart - 1 : firstStart, end: tokens.end[j]! };
    }
    i = j + 1;
  }
  return undefined;
}

/** Reads the contacts of one field from its tokens. */
export function contactFacts(text: string, tokens: TokenList): ContactFacts {
  let personalEmail: Span | undefined;
  let messengerLink: Span | undefined;
  let phone: Span | undefined;
  let organisationContact = false;
  for (let i = 0; i < tokens.length; i++) {
    const kind = tokens.kind[i];
    if (kind !== EMAIL && kind !== URL && kind !== PHONE) continue;
    const span = { start: tokens.start[i]!, end: tokens.end[i]! };
    const domain = tokens.norm[i]!;
    if (kind === EMAIL) {
      if (domain !== '' && isFreeMailDomain(domain)) personalEmail ??= span;
      else organisationContact = true;
    } else if (kind === URL) {
      if (MESSENGERS.has(domain.startsWith('www.') ? domain.slice(4) : domain)) messengerLink ??= span;
      else organisationContact = true;
    } else {
      phone ??= span;
    }
  }
  phone ??= findPhone(text, tokens);
  return {
    ...(personalEmail && { personalEmail }),
    ...(messengerLink && { messengerLink }),
    ...(phone && { phone }),
    organisationContact,
  };
}
