/**
 * HTML string → plain text without a DOM: JSON-LD descriptions are often HTML, sometimes HTML escaped
 * once more (`&lt;p&gt;`). A single linear scan drops tags, skips `<script>`/`<style>` bodies and
 * comments, turns block tags into line or paragraph breaks and decodes character references. Nothing is
 * parsed into a document, so nothing in the string can load, run or touch the page.
 */
import { decodeEntities } from './html-entities.js';
import { MAX_HTML, MAX_TEXT } from './limits.js';
import { TextBuilder, type BreakStrength } from './text-builder.js';

const PARAGRAPH_TAGS = [
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'dl',
  'table',
  'blockquote',
  'pre',
  'section',
  'article',
  'header',
  'footer',
  'hr',
  'address',
  'figure',
  'main',
  'aside',
  'nav',
  'form',
  'fieldset',
  'details',
];
const LINE_TAGS = [
  'br',
  'li',
  'div',
  'tr',
  'dt',
  'dd',
  'summary',
  'figcaption',
  'caption',
  'legend',
  'option',
];

/** Tags that start a new paragraph (2) or a new line (1); everything else is inline. */
export const BLOCK_BREAKS: ReadonlyMap<string, BreakStrength> = new Map<string, BreakStrength>([
  ...PARAGRAPH_TAGS.map((tag): [string, BreakStrength] => [tag, 2]),
  ...LINE_TAGS.map((tag): [string, BreakStrength] => [tag, 1]),
]);

/** Tags whose content is not text. */
const RAW = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'textarea',
  'title',
  'svg',
  'math',
  'iframe',
]);

function isNameChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 45 ||
    code === 58
  );
}

function isTagStart(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 47 || code === 33 || code === 63
  );
}

/** Index just past the `>` that closes the tag opened at `from`, honouring quoted attribute values. */
function tagEnd(html: string, from: number): number {
  let lastNonSpace = '';
  for (let i = from; i < html.length; i++) {
    const ch = html[i]!;
    if (ch === '>') return i + 1;
    if ((ch === '"' || ch === "'") && lastNonSpace === '=') {
      const close = html.indexOf(ch, i + 1);
      if (close < 0) return html.length;
      i = close;
      lastNonSpace = ch;
    } else if (ch !== ' ' && ch !== '\n' && ch !== '\t' && ch !== '\r') {
      lastNonSpace = ch;
    }
  }
  return html.length;
}

/** Whether `text` holds markup (a tag) rather than plain text that may mention `<`. */
export function looksLikeHtml(text: string): boolean {
  let lt = text.indexOf('<');
  for (let tries = 0; lt >= 0 && tries < 64; tries++) {
    const next = text.charCodeAt(lt + 1);
    if ((next >= 97 && next <= 122) || (next >= 65 && next <= 90) || next === 47) return true;
    lt = text.indexOf('<', lt + 1);
  }
  return false;
}

/**
 * Converts an HTML fragment to plain text with paragraph breaks (see the module comment). Plain text
 * goes through unchanged except for white space and character references. Never throws.
 */
export function htmlToText(html: string, limit = MAX_TEXT): string {
  let source = html.length > MAX_HTML ? html.slice(0, MAX_HTML) : html;
  // Markup escaped once more (`&lt;p&gt;…`), as some sites put it in JSON-LD: unescape, then convert.
  if (!looksLikeHtml(source) && source.includes('&lt;')) source = decodeEntities(source);
  const out = new TextBuilder(limit);
  let rawUntil = '';
  let i = 0;
  while (i < source.length && !out.full) {
    const lt = source.indexOf('<', i);
    const end = lt < 0 ? source.length : lt;
    if (end > i && rawUntil === '') out.text(decodeEntities(source.slice(i, end)));
    if (lt < 0) break;
    const next = source.charCodeAt(lt + 1);
    if (!isTagStart(next)) {
      if (rawUntil === '') out.text('<');
      i = lt + 1;
      continue;
    }
    if (source.startsWith('<!--', lt)) {
      const close = source.indexOf('-->', lt + 4);
      i = close < 0 ? source.length : close + 3;
      continue;
    }
    const closing = next === 47;
    let nameEnd = lt + (closing ? 2 : 1);
    while (nameEnd < source.length && isNameChar(source.charCodeAt(nameEnd))) nameEnd++;
    const name = source.slice(lt + (closing ? 2 : 1), nameEnd).toLowerCase();
    i = tagEnd(source, nameEnd);
    if (rawUntil !== '') {
      if (closing && name === rawUntil) rawUntil = '';
      continue;
    }
    if (!closing && RAW.has(name) && source.charCodeAt(i - 2) !== 47) {
      rawUntil = name;
      continue;
    }
    const strength = BLOCK_BREAKS.get(name);
    if (strength !== undefined) out.brk(strength);
    else if (name === 'td' || name === 'th') out.text(' ');
  }
  return out.toString();
}
