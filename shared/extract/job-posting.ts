/**
 * A schema.org JobPosting (from JSON-LD, or built from microdata/RDFa) → `ExtractedAd`: title,
 * description as plain text (plus the posting's other text fields the description does not already
 * hold), employer, location and pay in readable form.
 */
import { htmlToText } from './html-to-text.js';
import { isObject, own, type Json, type JsonObject } from './json-ld.js';
import { MAX_FIELD, MAX_TEXT } from './limits.js';
import { oneLine } from './text-builder.js';
import type { ExtractedAd } from './types.js';

/** How to read a posting. */
export interface PostingContext {
  readonly url: string;
  /** Nodes by `@id`, for references. */
  readonly ids?: ReadonlyMap<string, JsonObject>;
  /** Values are already plain text (microdata, RDFa) rather than possibly HTML (JSON-LD). */
  readonly plain?: boolean;
  /** Language of the element the posting came from, if it declares one. */
  readonly lang?: string;
}

/** Text fields appended after the description when it does not already contain them. */
const EXTRA_TEXT_FIELDS = [
  'responsibilities',
  'qualifications',
  'skills',
  'educationRequirements',
  'experienceRequirements',
  'jobBenefits',
  'incentiveCompensation',
  'workHours',
  'physicalRequirement',
  'sensoryRequirement',
  'eligibilityToWorkRequirement',
  'employerOverview',
];

const UNITS: Readonly<Record<string, string>> = {
  HOUR: 'per hour',
  DAY: 'per day',
  WEEK: 'per week',
  MONTH: 'per month',
  YEAR: 'per year',
};

/** Most items read from one repeated property (locations, skills). */
const MAX_ITEMS = 20;

function resolve(value: Json | undefined, context: PostingContext): Json | undefined {
  if (isObject(value) && context.ids) {
    const id = own(value, '@id');
    if (typeof id === 'string' && Object.keys(value).length === 1) return context.ids.get(id) ?? value;
  }
  return value;
}

function items(value: Json | undefined, context: PostingContext): Json[] {
  const list = Array.isArray(value) ? (value as readonly Json[]).slice(0, MAX_ITEMS) : [value];
  const out: Json[] = [];
  for (const item of list) {
    const resolved = resolve(item, context);
    if (resolved !== undefined && resolved !== null) out.push(resolved);
  }
  return out;
}

function plainOf(value: string, context: PostingContext, limit: number): string {
  const room = Math.max(0, limit);
  return context.plain ? value.slice(0, room).trim() : htmlToText(value, room);
}

function fieldOf(value: string, context: PostingContext): string {
  return oneLine(plainOf(value, context, MAX_FIELD * 4), MAX_FIELD);
}

function scalar(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** The readable strings of a value: itself, or a node's name / description / credential category. */
function textsOf(value: Json | undefined, context: PostingContext): string[] {
  const texts: string[] = [];
  for (const item of items(value, context)) {
    if (typeof item === 'string') {
      if (item.trim() !== '') texts.push(item);
    } else if (isObject(item)) {
      for (const key of ['name', 'description', 'credentialCategory']) {
        const text = own(item, key);
        if (typeof text === 'string' && text.trim() !== '') texts.push(text);
      }
    }
  }
  return texts;
}

function nameOf(value: Json | undefined, context: PostingContext): string | undefined {
  for (const item of items(value, context)) {
    const text = typeof item === 'string' ? item : isObject(item) ? scalar(own(item, 'name')) : undefined;
    if (text !== undefined && text.trim() !== '') return fieldOf(text, context);
  }
  return undefined;
}

function descriptionOf(posting: JsonObject, context: PostingContext): string {
  const parts: string[] = [];
  let length = 0;
  const add = (text: string): void => {
    if (text === '' || length >= MAX_TEXT || parts.some((part) => part.includes(text))) return;
    parts.push(text);
    length += text.length + 2;
  };
  for (const raw of textsOf(own(posting, 'description'), context)) add(plainOf(raw, context, MAX_TEXT));
  for (const key of EXTRA_TEXT_FIELDS) {
    for (const raw of textsOf(own(posting, key), context)) add(plainOf(raw, context, MAX_TEXT - length));
  }
  const text = parts.join('\n\n');
  return text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
}

function addressParts(address: Json | undefined, context: PostingContext): string[] {
  if (typeof address === 'string') return [address];
  if (!isObject(address)) return [];
  const parts: string[] = [];
  for (const key of ['addressLocality', 'addressRegion', 'addressCountry']) {
    const value = own(address, key);
    const text = typeof value === 'string' ? value : nameOf(value, context);
    if (text !== undefined && text.trim() !== '') parts.push(text);
  }
  return parts;
}

function locationOf(posting: JsonObject, context: PostingContext): string | undefined {
  const parts: string[] = [];
  const push = (text: string): void => {
    const line = fieldOf(text, context);
    const lower = line.toLowerCase();
    if (line !== '' && !parts.some((part) => part.toLowerCase().includes(lower))) parts.push(line);
  };
  for (const place of items(own(posting, 'jobLocation'), context)) {
    if (typeof place === 'string') push(place);
    else if (isObject(place)) {
      const address = addressParts(resolve(own(place, 'address'), context), context);
      const name = scalar(own(place, 'name'));
      for (const part of address.length > 0 ? address : name !== undefined ? [name] : []) push(part);
    }
  }
  const remote = own(posting, 'jobLocationType') === 'TELECOMMUTE';
  if (remote) push('Remote');
  if (parts.length === 0 || remote) {
    for (const area of items(own(posting, 'applicantLocationRequirements'), context)) {
      const name = typeof area === 'string' ? area : isObject(area) ? scalar(own(area, 'name')) : undefined;
      if (name !== undefined) push(name);
    }
  }
  return parts.length > 0 ? oneLine(parts.join(', '), MAX_FIELD) : undefined;
}

function amountOf(value: Json | undefined, context: PostingContext): [string, string | undefined] {
  const direct = scalar(value);
  if (direct !== undefined) return [direct, undefined];
  const node = resolve(value, context);
  if (!isObject(node)) return ['', undefined];
  const unitText = scalar(own(node, 'unitText'));
  const unit = unitText === undefined ? undefined : (UNITS[unitText.toUpperCase()] ?? unitText.toLowerCase());
  const min = scalar(own(node, 'minValue'));
  const max = scalar(own(node, 'maxValue'));
  const single = scalar(own(node, 'value'));
  if (min !== undefined && max !== undefined && min !== max) return [`${min}–${max}`, unit];
  if (single !== undefined) return [single, unit];
  const nested = own(node, 'value');
  if (isObject(nested)) return amountOf(nested, context);
  return [min ?? max ?? '', unit];
}

function salaryOf(posting: JsonObject, context: PostingContext): string | undefined {
  for (const key of ['baseSalary', 'estimatedSalary']) {
    for (const salary of items(own(posting, key), context)) {
      let currency = scalar(own(posting, 'salaryCurrency'));
      let amount: [string, string | undefined];
      if (isObject(salary)) {
        currency = scalar(own(salary, 'currency')) ?? currency;
        amount = amountOf(own(salary, 'value') ?? salary, context);
      } else {
        amount = amountOf(salary, context);
      }
      const text = [currency, amount[0], amount[1]]
        .filter((part) => part !== undefined && part !== '')
        .join(' ');
      if (amount[0] !== '') return fieldOf(text, context);
    }
  }
  return undefined;
}

function langOf(posting: JsonObject, context: PostingContext): string | undefined {
  const declared = own(posting, 'inLanguage');
  const lang = typeof declared === 'string' ? declared.trim() : context.lang;
  return lang !== undefined && /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8}){0,4}$/.test(lang) ? lang : undefined;
}

/** Reads a JobPosting node; undefined when it has neither a title nor any text. */
export function adFromPosting(posting: JsonObject, context: PostingContext): ExtractedAd | undefined {
  const titleValue = scalar(own(posting, 'title')) ?? scalar(own(posting, 'name'));
  const title = titleValue === undefined ? '' : fieldOf(titleValue, context);
  const text = descriptionOf(posting, context);
  if (title === '' && text === '') return undefined;
  const employer = nameOf(own(posting, 'hiringOrganization'), context);
  const location = locationOf(posting, context);
  const salary = salaryOf(posting, context);
  const lang = langOf(posting, context);
  return {
    title,
    text,
    url: context.url,
    ...(employer !== undefined && { employer }),
    ...(salary !== undefined && { salary }),
    ...(location !== undefined && { location }),
    ...(lang !== undefined && { lang }),
  };
}
