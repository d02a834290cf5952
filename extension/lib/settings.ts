import { AUDIENCES, type Audience } from '../../shared/content/types.js';
import { REGION_CODES } from '../../shared/content/helplines.js';
import { matchLanguage } from '../../shared/i18n/languages.js';
import { disabledHostsIn } from './disabled-hosts.js';

/** The settings schema version written with every save. Bump it and add a migration to change the shape. */
export const SETTINGS_VERSION = 1;

/** The person's settings, kept in `storage.sync` under `SETTINGS_KEY`. */
export interface Settings {
  readonly version: number;
  /** ISO 3166-1 alpha-2 region, or null to detect it from the browser's language. */
  readonly region: string | null;
  /** UI language code, or null to follow the browser. */
  readonly lang: string | null;
  readonly audience: Audience;
  /** Hostnames where the person switched the extension off. */
  readonly disabledHosts: readonly string[];
  /** Highlight the quoted phrases in the page itself. */
  readonly highlight: boolean;
}

/** Settings for a new install. Jobseekers are the extension's main readers. */
export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  region: null,
  lang: null,
  audience: 'jobseeker',
  disabledHosts: [],
  highlight: false,
};

/** Turns settings of version n into version n + 1; it sits at index n - 1 of the list. */
export type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

/** Migrations by the version they start from. None yet: version 1 is the first schema. */
export const MIGRATIONS: readonly Migration[] = [];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads whatever storage holds (possibly nothing, an older schema, or garbage) into valid settings:
 * older versions are migrated step by step, and each bad or missing field falls back to its default,
 * so an update never loses the fields that are still good.
 */
export function readSettings(
  stored: unknown,
  migrations: readonly Migration[] = MIGRATIONS,
  targetVersion: number = SETTINGS_VERSION,
): Settings {
  if (!isRecord(stored)) return DEFAULT_SETTINGS;
  let value: Record<string, unknown> = stored;
  let version = typeof value.version === 'number' && Number.isInteger(value.version) ? value.version : 1;
  for (let step = migrations[version - 1]; version < targetVersion && step; step = migrations[version - 1]) {
    value = step(value);
    version += 1;
  }
  const region = typeof value.region === 'string' ? value.region.toUpperCase() : null;
  const lang = typeof value.lang === 'string' ? (matchLanguage(value.lang)?.code ?? null) : null;
  const audience = AUDIENCES.find((candidate) => candidate === value.audience) ?? DEFAULT_SETTINGS.audience;
  return {
    version: targetVersion,
    region: region && REGION_CODES.includes(region) ? region : null,
    lang,
    audience,
    disabledHosts: disabledHostsIn(value),
    highlight: value.highlight === true,
  };
}

/** Settings with the extension switched on or off for one hostname. */
export function withHostEnabled(settings: Settings, hostname: string, enabled: boolean): Settings {
  const host = hostname.toLowerCase();
  const others = settings.disabledHosts.filter((candidate) => candidate !== host);
  return { ...settings, disabledHosts: enabled ? others : [...others, host] };
}
