import { AUDIENCES, EXPLOITATION_TYPES, type Audience, type ExploitationType } from '../content/types.js';
import { REGION_CODES } from '../content/helplines.js';
import { DEFAULT_EXIT_URL } from '../content/quick-exit.js';
import { FALLBACK_LANGUAGE, matchLanguage } from '../i18n/languages.js';

/** Layouts of the panel (`variant` attribute). */
export const VARIANTS = ['card', 'banner', 'launcher'] as const;
/** One layout. */
export type Variant = (typeof VARIANTS)[number];

/** Colour schemes (`theme` attribute). */
export const THEMES = ['light', 'dark', 'auto'] as const;
/** One colour scheme. */
export type Theme = (typeof THEMES)[number];

/** The attributes as written by a partner (null when absent). Names match the element's attributes. */
export interface RawPanelOptions {
  readonly region?: string | null;
  readonly lang?: string | null;
  readonly audience?: string | null;
  readonly variant?: string | null;
  readonly types?: string | null;
  readonly theme?: string | null;
  readonly 'quick-exit'?: string | null;
  readonly 'exit-url'?: string | null;
  readonly share?: string | null;
  readonly 'share-url'?: string | null;
}

/** What the host page and browser tell us, used where an attribute is absent. */
export interface PanelEnvironment {
  /** `<html lang>` of the host page. */
  readonly documentLang: string | null;
  /** `navigator.languages`. */
  readonly browserLanguages: readonly string[];
}

/** Where the region came from: the chooser is made prominent when it was only guessed or is unknown. */
export type RegionSource = 'attribute' | 'page' | 'browser' | 'unknown';

/** Options after validation: every field has a usable value. */
export interface PanelOptions {
  /** A supported ISO 3166-1 alpha-2 code, or null when unknown (the international fallback is shown). */
  readonly region: string | null;
  readonly regionSource: RegionSource;
  readonly lang: string;
  readonly audience: Audience;
  readonly variant: Variant;
  readonly types: readonly ExploitationType[];
  readonly theme: Theme;
  readonly quickExit: boolean;
  readonly exitUrl: string;
  /** Shows the share action (`share` attribute). */
  readonly share: boolean;
  /** What to share; null shares the host page (its canonical link, else its address). */
  readonly shareUrl: string | null;
}

/** Receives one message per bad option. */
export type Warn = (message: string) => void;

const prefix = '[stamp-out]';

function oneOf<T extends string>(
  name: string,
  value: string | null | undefined,
  allowed: readonly T[],
  fallback: T,
  warn: Warn,
): T {
  if (value === null || value === undefined || value.trim() === '') return fallback;
  const normalised = value.trim().toLowerCase();
  if ((allowed as readonly string[]).includes(normalised)) return normalised as T;
  warn(`${prefix} unknown ${name} "${value}"; expected one of ${allowed.join(', ')}. Using "${fallback}".`);
  return fallback;
}

/** The region subtag of a BCP 47 tag (`en-GB` → `GB`), if it is a supported region. */
export function regionOfLanguageTag(tag: string | null | undefined): string | null {
  if (!tag) return null;
  for (const part of tag.split(/[-_]/).slice(1)) {
    const code = normaliseRegion(part);
    if (code && REGION_CODES.includes(code)) return code;
  }
  return null;
}

function normaliseRegion(value: string): string | null {
  const code = value.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(code)) return null;
  // "UK" is not ISO 3166-1 but is what many people write.
  return code === 'UK' ? 'GB' : code;
}

function resolveRegion(
  raw: string | null | undefined,
  env: PanelEnvironment,
  warn: Warn,
): { region: string | null; regionSource: RegionSource } {
  if (raw !== null && raw !== undefined && raw.trim() !== '') {
    const code = normaliseRegion(raw);
    if (code && REGION_CODES.includes(code)) return { region: code, regionSource: 'attribute' };
    warn(
      `${prefix} no helpline data for region "${raw}"; supported: ${REGION_CODES.join(', ')}. ` +
        'Detecting the region and showing a country chooser instead.',
    );
  }
  const fromPage = regionOfLanguageTag(env.documentLang);
  if (fromPage) return { region: fromPage, regionSource: 'page' };
  for (const tag of env.browserLanguages) {
    const fromBrowser = regionOfLanguageTag(tag);
    if (fromBrowser) return { region: fromBrowser, regionSource: 'browser' };
  }
  return { region: null, regionSource: 'unknown' };
}

function resolveLanguage(raw: string | null | undefined, env: PanelEnvironment, warn: Warn): string {
  if (raw !== null && raw !== undefined && raw.trim() !== '') {
    const match = matchLanguage(raw);
    if (match) return match.code;
    warn(`${prefix} no translation for lang "${raw}"; using the page or browser language, else English.`);
  }
  const candidates = [env.documentLang, ...env.browserLanguages];
  for (const tag of candidates) {
    const match = matchLanguage(tag);
    if (match) return match.code;
  }
  return FALLBACK_LANGUAGE;
}

function resolveTypes(raw: string | null | undefined, warn: Warn): readonly ExploitationType[] {
  if (raw === null || raw === undefined || raw.trim() === '') return EXPLOITATION_TYPES;
  const asked = raw
    .split(',')
    .map((part) => part.trim().toLowerCase())
    .filter(Boolean);
  const known = asked.filter((type): type is ExploitationType =>
    (EXPLOITATION_TYPES as readonly string[]).includes(type),
  );
  const unknown = asked.filter((type) => !known.includes(type as ExploitationType));
  if (unknown.length > 0) {
    warn(
      `${prefix} unknown types ${unknown.map((type) => `"${type}"`).join(', ')}; ` +
        `expected ${EXPLOITATION_TYPES.join(', ')}.${known.length === 0 ? ' Showing all types.' : ''}`,
    );
  }
  return known.length > 0 ? [...new Set(known)] : EXPLOITATION_TYPES;
}

/** A boolean attribute that is present: on, except an explicit "false" / "off" / "no" / "0". */
function isOn(raw: string): boolean {
  return !['false', 'off', 'no', '0'].includes(raw.trim().toLowerCase());
}

function resolveQuickExit(raw: string | null | undefined, audience: Audience): boolean {
  if (raw === null || raw === undefined) return audience === 'jobseeker';
  return isOn(raw);
}

/** An absolute http(s) address written by a partner; undefined when absent, null when unusable. */
export function httpUrl(raw: string | null | undefined): string | null | undefined {
  if (raw === null || raw === undefined || raw.trim() === '') return undefined;
  try {
    const url = new URL(raw.trim());
    if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
  } catch {
    // Not a URL at all: unusable, like a javascript: or relative one.
  }
  return null;
}

function resolveShareUrl(raw: string | null | undefined, warn: Warn): string | null {
  const url = httpUrl(raw);
  if (url === null)
    warn(`${prefix} share-url "${raw}" is not an absolute http(s) address; sharing this page instead.`);
  return url ?? null;
}

function resolveExitUrl(raw: string | null | undefined, warn: Warn): string {
  const url = httpUrl(raw);
  if (url === null)
    warn(`${prefix} exit-url "${raw}" is not an absolute http(s) address; using ${DEFAULT_EXIT_URL}.`);
  return url ?? DEFAULT_EXIT_URL;
}

/**
 * Validates a partner's options. Never throws: each bad value logs one warning through `warn` and
 * falls back to a sensible default, so the panel is never empty.
 */
export function resolvePanelOptions(
  raw: RawPanelOptions,
  env: PanelEnvironment,
  warn: Warn,
  defaultVariant: Variant = 'card',
): PanelOptions {
  const audience = oneOf('audience', raw.audience, AUDIENCES, 'public', warn);
  return {
    ...resolveRegion(raw.region, env, warn),
    lang: resolveLanguage(raw.lang, env, warn),
    audience,
    variant: oneOf('variant', raw.variant, VARIANTS, defaultVariant, warn),
    types: resolveTypes(raw.types, warn),
    theme: oneOf('theme', raw.theme, THEMES, 'auto', warn),
    quickExit: resolveQuickExit(raw['quick-exit'], audience),
    exitUrl: resolveExitUrl(raw['exit-url'], warn),
    share: raw.share !== null && raw.share !== undefined && isOn(raw.share),
    shareUrl: resolveShareUrl(raw['share-url'], warn),
  };
}
