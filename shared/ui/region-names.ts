import { REGION_CODES } from '../content/helplines.js';

/** A country's name in `lang` (in English where the browser has no names in `lang`), else its code. */
export function regionName(code: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang, 'en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Every region with helplines, named in `lang` and sorted as people who read `lang` expect. */
export function regionsByName(lang: string): { code: string; name: string }[] {
  return REGION_CODES.map((code) => ({ code, name: regionName(code, lang) })).sort((a, b) =>
    a.name.localeCompare(b.name, lang),
  );
}
