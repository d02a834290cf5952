/**
 * Test helpers for the real pages in `../shared/data` (relative to the project root): where they are,
 * whether they are there, and how to parse them. The data is read in place, never copied.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';

/** `../shared/data` relative to the project root. */
export const DATA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../shared/data');

/** The saved pages folder. */
export const PAGES_DIR = path.join(DATA_DIR, 'pages');

/** Whether the development data is present (CI always has it). */
export const HAS_DATA = existsSync(PAGES_DIR);

/** Printed once by each suite that skips because the data is missing. */
export const MISSING_DATA_MESSAGE = `Development data not found at ${PAGES_DIR}: skipping the real-page tests. See shared/data/README.md.`;

/** Warns (once per file) that real-page tests are skipped. */
export function warnIfMissing(): void {
  if (!HAS_DATA) console.warn(MISSING_DATA_MESSAGE);
}

/** Reads a file under `pages/`. */
export function readPage(...parts: string[]): string {
  return readFileSync(path.join(PAGES_DIR, ...parts), 'utf8');
}

/** Lists `.html` files in a folder under `pages/`, sorted. */
export function listPages(folder: string): string[] {
  return readdirSync(path.join(PAGES_DIR, folder))
    .filter((name) => name.endsWith('.html'))
    .sort();
}

/** A parsed page and a way to free it. */
export interface ParsedPage {
  readonly doc: Document;
  readonly close: () => Promise<void>;
}

/**
 * Removes `<svg>…</svg>` blocks. happy-dom 21's parser drops everything after a `<style>` inside an
 * `<svg>` (browsers do not), which would hide most of some saved pages (Indeed's loading spinner has
 * one). SVG holds no text detection reads, so removing it makes the test parse match a browser's.
 */
export function withoutSvg(html: string): string {
  const lower = html.toLowerCase();
  const parts: string[] = [];
  let from = 0;
  for (let open = lower.indexOf('<svg', from); open >= 0; open = lower.indexOf('<svg', from)) {
    const close = lower.indexOf('</svg>', open);
    if (close < 0) break;
    parts.push(html.slice(from, open));
    from = close + '</svg>'.length;
  }
  parts.push(html.slice(from));
  return parts.join('');
}

/** Settings for test windows: no script runs, nothing loads, disabled loads count as done (no logs). */
const QUIET = {
  handleDisabledFileLoadingAsSuccess: true,
  disableJavaScriptFileLoading: true,
  disableComputedStyleRendering: true,
};

/** A parser for many small documents sharing one happy-dom Window. */
export interface HtmlParser {
  readonly parse: (html: string) => Document;
  readonly close: () => Promise<void>;
}

/** One Window (URL set) and its DOMParser, for parsing many snippets quickly. */
export function htmlParser(url = 'https://example.org/'): HtmlParser {
  const window = new Window({ url, settings: QUIET });
  const parser = new window.DOMParser();
  return {
    parse: (html) => parser.parseFromString(withoutSvg(html), 'text/html') as unknown as Document,
    close: () => window.happyDOM.close(),
  };
}

/**
 * Parses HTML into an inert document in a fresh happy-dom Window whose URL is the page's: no script
 * runs, nothing loads (disabled loads count as done, so they log nothing). SVG is removed first
 * (`withoutSvg`).
 */
export function parsePage(html: string, url = 'https://example.org/'): ParsedPage {
  const window = new Window({ url, settings: QUIET });
  const doc = new window.DOMParser().parseFromString(withoutSvg(html), 'text/html') as unknown as Document;
  return { doc, close: () => window.happyDOM.close() };
}
