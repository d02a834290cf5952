/**
 * The languages the panel speaks. Native names are proper nouns (each language's own name for itself),
 * so they live here rather than in the locale files.
 */

/** How a locale's text was produced, so partners know what they ship. */
export type ReviewStatus = 'source' | 'machine-assisted, needs native review' | 'native-reviewed';

/** One UI language. */
export interface LanguageInfo {
  /** BCP 47 primary code, the name of `locales/<code>.json`. */
  readonly code: string;
  /** The language's own name for itself. */
  readonly nativeName: string;
  readonly dir: 'ltr' | 'rtl';
  readonly review: ReviewStatus;
}

/** Every language with a complete locale file. English is the source and the fallback. */
export const LANGUAGES: readonly LanguageInfo[] = [
  { code: 'en', nativeName: 'English', dir: 'ltr', review: 'source' },
  { code: 'pl', nativeName: 'Polski', dir: 'ltr', review: 'machine-assisted, needs native review' },
  { code: 'ro', nativeName: 'Română', dir: 'ltr', review: 'machine-assisted, needs native review' },
  { code: 'sq', nativeName: 'Shqip', dir: 'ltr', review: 'machine-assisted, needs native review' },
  { code: 'vi', nativeName: 'Tiếng Việt', dir: 'ltr', review: 'machine-assisted, needs native review' },
  { code: 'ti', nativeName: 'ትግርኛ', dir: 'ltr', review: 'machine-assisted, needs native review' },
  { code: 'ar', nativeName: 'العربية', dir: 'rtl', review: 'machine-assisted, needs native review' },
  { code: 'so', nativeName: 'Soomaali', dir: 'ltr', review: 'machine-assisted, needs native review' },
  { code: 'bg', nativeName: 'Български', dir: 'ltr', review: 'machine-assisted, needs native review' },
  { code: 'lt', nativeName: 'Lietuvių', dir: 'ltr', review: 'machine-assisted, needs native review' },
  { code: 'hu', nativeName: 'Magyar', dir: 'ltr', review: 'machine-assisted, needs native review' },
  { code: 'uk', nativeName: 'Українська', dir: 'ltr', review: 'machine-assisted, needs native review' },
  { code: 'ru', nativeName: 'Русский', dir: 'ltr', review: 'machine-assisted, needs native review' },
  { code: 'es', nativeName: 'Español', dir: 'ltr', review: 'machine-assisted, needs native review' },
  { code: 'pt', nativeName: 'Português', dir: 'ltr', review: 'machine-assisted, needs native review' },
  { code: 'fr', nativeName: 'Français', dir: 'ltr', review: 'machine-assisted, needs native review' },
  { code: 'zh', nativeName: '中文（简体）', dir: 'ltr', review: 'machine-assisted, needs native review' },
  { code: 'ur', nativeName: 'اردو', dir: 'rtl', review: 'machine-assisted, needs native review' },
];

/** The language every other one falls back to. */
export const FALLBACK_LANGUAGE = 'en';

/** Finds the supported language for a BCP 47 tag (`pl-PL` → `pl`), or undefined. */
export function matchLanguage(tag: string | null | undefined): LanguageInfo | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((language) => language.code === primary);
}

/** Text direction for a supported language code. */
export function directionOf(code: string): 'ltr' | 'rtl' {
  return matchLanguage(code)?.dir ?? 'ltr';
}
