// Locale files as tests read them: nested JSON, flattened to dotted keys.
import { readFileSync } from 'node:fs';

/** A locale file's nested keys. */
export type Tree = { [key: string]: string | Tree };

const LOCALES = new URL('../../shared/i18n/locales/', import.meta.url);

/** Reads `shared/i18n/locales/<namespace><code>.json` (namespace '', 'extension/', 'print/', …). */
export function readLocale(code: string, namespace = ''): Tree {
  return JSON.parse(readFileSync(new URL(`${namespace}${code}.json`, LOCALES), 'utf8')) as Tree;
}

/** Dotted key → text, e.g. `ui.help.call` → "Call". */
export function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}
