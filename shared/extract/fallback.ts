/**
 * The careful fallback: the page's main text, found with a readability-like score (text in paragraphs
 * counts for its container, navigation and link lists do not). Only used on known job sites whose URL
 * says "single ad" but whose markup no adapter knows, or when the person asks to check the page.
 */
import { MAX_FALLBACK_ELEMENTS, MAX_FIELD } from './limits.js';
import { declaredLang } from './microdata.js';
import { oneLine } from './text-builder.js';
import { lineOf, textOf } from './text-of.js';
import type { ExtractedAd } from './types.js';

const TEXT_NODE = 3;

/** Elements whose direct text can be body text. */
const CANDIDATES = 'p, pre, li, td, blockquote, dd, div, section, article, main';

/** Containers that are page furniture, not content. */
const FURNITURE =
  'nav, header, footer, aside, form, [role="navigation"], [role="banner"], [role="contentinfo"]';

/** Words in a class or id that mark furniture. */
const FURNITURE_WORDS = [
  'comment',
  'footer',
  'sidebar',
  'menu',
  'cookie',
  'banner',
  'share',
  'related',
  'promo',
  'advert',
];

/** Shortest paragraph that counts, and shortest main text accepted. */
const MIN_PARAGRAPH = 25;
const MIN_MAIN_TEXT = 120;

/** Share of the text inside links above which a block is a link list, not content. */
const MAX_LINK_DENSITY = 0.5;

function ownTextLength(element: Element): number {
  let length = 0;
  for (let node = element.firstChild; node !== null; node = node.nextSibling) {
    if (node.nodeType === TEXT_NODE) length += (node.nodeValue ?? '').trim().length;
  }
  return length;
}

function looksLikeFurniture(element: Element): boolean {
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.toLowerCase();
  return FURNITURE_WORDS.some((word) => names.includes(word));
}

function linkDensity(element: Element, textLength: number): number {
  if (textLength === 0) return 1;
  let inLinks = 0;
  const links = element.querySelectorAll('a');
  for (let i = 0; i < links.length && i < 2_000; i++) inLinks += (links[i]!.textContent ?? '').trim().length;
  return inLinks / textLength;
}

/** The element holding the page's main text, or null if nothing looks like content. */
export function mainTextElement(doc: Document): Element | null {
  const body = doc.body;
  if (body === null) return null;
  const scores = new Map<Element, number>();
  const elements = body.querySelectorAll(CANDIDATES);
  for (let i = 0; i < elements.length && i < MAX_FALLBACK_ELEMENTS; i++) {
    const element = elements[i]!;
    const own = ownTextLength(element);
    if (own < MIN_PARAGRAPH || element.closest(FURNITURE) !== null) continue;
    const parent = element.parentElement;
    scores.set(element, (scores.get(element) ?? 0) + own);
    if (parent !== null) {
      scores.set(parent, (scores.get(parent) ?? 0) + own);
      const grandparent = parent.parentElement;
      if (grandparent !== null) scores.set(grandparent, (scores.get(grandparent) ?? 0) + own / 2);
    }
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5);
  for (const [element] of ranked) {
    if (looksLikeFurniture(element)) continue;
    const length = (element.textContent ?? '').trim().length;
    if (linkDensity(element, length) <= MAX_LINK_DENSITY) return element;
  }
  return null;
}

function titleOf(doc: Document, main: Element): string {
  const heading = main.querySelector('h1') ?? doc.querySelector('h1');
  if (heading !== null) {
    const text = lineOf(heading);
    if (text !== '') return text;
  }
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content');
  return oneLine(og ?? doc.title, MAX_FIELD);
}

/** The page's main text as an ad, or undefined when the page has no block of real text. */
export function fallbackAd(doc: Document, url: string): ExtractedAd | undefined {
  const main = mainTextElement(doc);
  if (main === null) return undefined;
  const text = textOf(main);
  if (text.length < MIN_MAIN_TEXT) return undefined;
  const lang = declaredLang(main);
  return { title: titleOf(doc, main), text, url, ...(lang !== undefined && { lang }) };
}
