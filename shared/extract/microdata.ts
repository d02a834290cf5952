/**
 * Microdata (`itemscope itemtype=".../JobPosting"` + `itemprop`) and RDFa Lite (`typeof="JobPosting"` +
 * `property`) JobPostings, read into the same plain object shape as JSON-LD so one reader
 * (`adFromPosting`) handles all three. Values are plain text taken from the DOM (`textOf`), never HTML.
 */
import type { Json, JsonObject } from './json-ld.js';
import { MAX_TEXT } from './limits.js';
import { lineOf, textOf } from './text-of.js';

/** The two inline syntaxes. */
export type InlineSyntax = 'microdata' | 'rdfa';

interface SyntaxNames {
  /** Attribute whose presence makes an element an item. */
  readonly item: string;
  /** Attribute holding the item's type. */
  readonly type: string;
  /** Attribute naming a property. */
  readonly prop: string;
}

const NAMES: Readonly<Record<InlineSyntax, SyntaxNames>> = {
  microdata: { item: 'itemscope', type: 'itemtype', prop: 'itemprop' },
  rdfa: { item: 'typeof', type: 'typeof', prop: 'property' },
};

/** Properties read as paragraphs (the rest are one line). */
const LONG_PROPS = new Set(['description', 'responsibilities', 'qualifications', 'skills', 'jobBenefits']);

/** Properties read per item, and nesting followed, at most. */
const MAX_PROPS = 2_000;
const MAX_NESTING = 6;

/** A CSS selector for JobPosting items of a syntax (a cheap pre-check; tokens are verified after). */
export const INLINE_JOB_SELECTOR: Readonly<Record<InlineSyntax, string>> = {
  microdata: '[itemtype*="JobPosting"]',
  rdfa: '[typeof*="JobPosting"]',
};

function lastSegment(token: string): string {
  const cut = Math.max(token.lastIndexOf('/'), token.lastIndexOf(':'), token.lastIndexOf('#'));
  return token.slice(cut + 1);
}

function tokens(value: string | null): string[] {
  return value === null ? [] : value.split(/\s+/).filter((token) => token !== '');
}

/** Whether an element is an item of the given type in the given syntax. */
function isItemOf(element: Element, names: SyntaxNames, type: string): boolean {
  if (!element.hasAttribute(names.item)) return false;
  return tokens(element.getAttribute(names.type)).some((token) => lastSegment(token) === type);
}

/** The JobPosting items of a syntax, outermost only, in document order. */
export function inlineJobItems(doc: Document, syntax: InlineSyntax): Element[] {
  const names = NAMES[syntax];
  const found: Element[] = [];
  for (const element of Array.from(doc.querySelectorAll(INLINE_JOB_SELECTOR[syntax]))) {
    if (!isItemOf(element, names, 'JobPosting')) continue;
    if (found.some((outer) => outer.contains(element))) continue;
    found.push(element);
  }
  return found;
}

/** The item an element's property belongs to: its nearest ancestor that is an item. */
function ownerItem(element: Element, names: SyntaxNames): Element | null {
  let parent = element.parentElement;
  while (parent !== null && !parent.hasAttribute(names.item)) parent = parent.parentElement;
  return parent;
}

function valueOf(element: Element, prop: string, names: SyntaxNames, depth: number): Json {
  if (element.hasAttribute(names.item) && depth < MAX_NESTING) return itemObject(element, names, depth + 1);
  const content = element.getAttribute('content');
  if (content !== null) return content;
  const tag = element.localName;
  if (names.item === 'itemscope') {
    if (tag === 'a' || tag === 'area' || tag === 'link') return element.getAttribute('href') ?? '';
    if (tag === 'img' || tag === 'source' || tag === 'audio' || tag === 'video' || tag === 'embed') {
      return element.getAttribute('src') ?? '';
    }
    if (tag === 'data' || tag === 'meter') return element.getAttribute('value') ?? '';
    if (tag === 'time') return element.getAttribute('datetime') ?? lineOf(element);
  }
  return LONG_PROPS.has(prop) ? textOf(element, { limit: MAX_TEXT }) : lineOf(element);
}

/** Reads an item's own properties (not those of nested items) into a plain object. */
function itemObject(item: Element, names: SyntaxNames, depth: number): JsonObject {
  const object: Record<string, Json> = {};
  const type = tokens(item.getAttribute(names.type))[0];
  if (type !== undefined) object['@type'] = lastSegment(type);
  const props = item.querySelectorAll(`[${names.prop}]`);
  for (let i = 0; i < props.length && i < MAX_PROPS; i++) {
    const element = props[i]!;
    if (ownerItem(element, names) !== item) continue;
    for (const token of tokens(element.getAttribute(names.prop))) {
      const prop = lastSegment(token);
      if (prop === '' || prop === '__proto__') continue;
      const value = valueOf(element, prop, names, depth);
      const existing = Object.prototype.hasOwnProperty.call(object, prop) ? object[prop] : undefined;
      if (existing === undefined) object[prop] = value;
      else object[prop] = Array.isArray(existing) ? [...(existing as Json[]), value] : [existing, value];
    }
  }
  return object;
}

/** An inline JobPosting item as a plain object, the shape `adFromPosting` reads. */
export function inlinePosting(item: Element, syntax: InlineSyntax): JsonObject {
  return itemObject(item, NAMES[syntax], 0);
}

/** The language an element declares for itself or via an ancestor below `<html>`, if any. */
export function declaredLang(element: Element): string | undefined {
  let current: Element | null = element;
  while (current !== null && current.localName !== 'html' && current.localName !== 'body') {
    const lang = current.getAttribute('lang');
    if (lang !== null && lang.trim() !== '') return lang.trim();
    current = current.parentElement;
  }
  return undefined;
}
