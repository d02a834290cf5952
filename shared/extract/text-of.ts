/**
 * Element → plain text with paragraph breaks, read from the live DOM without changing it (no clone, no
 * innerHTML): an iterative walk, so a hostile page nested thousands of levels deep cannot overflow the
 * stack. Skips what a reader does not see as text: scripts, styles, form controls, hidden elements.
 */
import { BLOCK_BREAKS } from './html-to-text.js';
import { MAX_FIELD, MAX_TEXT } from './limits.js';
import { oneLine, TextBuilder } from './text-builder.js';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;

const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'button',
  'select',
  'input',
  'textarea',
  'head',
  'title',
  'link',
  'meta',
]);

/** Options for `textOf`. */
export interface TextOfOptions {
  /** Longest text kept (default `MAX_TEXT`). */
  readonly limit?: number;
  /** CSS selectors of parts to leave out (share buttons, QR codes). Invalid selectors are ignored. */
  readonly skip?: readonly string[];
}

function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  return style !== null && style.includes('display') && style.replace(/\s/g, '').includes('display:none');
}

function matchesAny(element: Element, selectors: readonly string[]): boolean {
  for (const selector of selectors) {
    try {
      if (element.matches(selector)) return true;
    } catch {
      // An invalid selector in the site data must not stop extraction.
    }
  }
  return false;
}

function skipped(element: Element, skip: readonly string[]): boolean {
  return (
    SKIPPED.has(element.localName) || isHidden(element) || (skip.length > 0 && matchesAny(element, skip))
  );
}

/** The visible text of `root` as plain text: blank lines between paragraphs, `\n` between lines. */
export function textOf(root: Element, options: TextOfOptions = {}): string {
  const out = new TextBuilder(options.limit ?? MAX_TEXT);
  const skip = options.skip ?? [];
  let node: Node | null = root.firstChild;
  while (node !== null && !out.full) {
    let descend = false;
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_NODE) {
      out.text(node.nodeValue ?? '');
    } else if (node.nodeType === ELEMENT_NODE) {
      const element = node as Element;
      if (!skipped(element, skip)) {
        const strength = BLOCK_BREAKS.get(element.localName);
        if (strength !== undefined) out.brk(strength);
        else if (element.localName === 'td' || element.localName === 'th') out.text(' ');
        descend = element.firstChild !== null;
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Climb until a next sibling exists, closing blocks on the way.
    while (node !== null && node !== root && node.nextSibling === null) {
      node = node.parentNode;
      if (node !== null && node !== root && node.nodeType === ELEMENT_NODE) {
        const strength = BLOCK_BREAKS.get((node as Element).localName);
        if (strength !== undefined) out.brk(strength);
      }
    }
    if (node === null || node === root) break;
    if (node.nodeType === ELEMENT_NODE) {
      const strength = BLOCK_BREAKS.get((node as Element).localName);
      if (strength !== undefined) out.brk(strength);
    }
    node = node.nextSibling;
  }
  return out.toString();
}

/** The text of `element` on one line, capped at `limit` (default `MAX_FIELD`): for titles and names. */
export function lineOf(element: Element, limit = MAX_FIELD): string {
  return oneLine(textOf(element, { limit: limit * 4 }), limit);
}
