import { createInstance, type i18n } from 'i18next';
import { FALLBACK_LANGUAGE, matchLanguage } from './languages.js';

/** A locale's resources: the nested JSON of `locales/<lang>.json`. */
export type LocaleResource = { readonly [key: string]: string | LocaleResource };

/** Translates a key, with optional interpolation values (`{{count}}` also picks the plural form). */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** Loads a non-English locale; resolves undefined (never rejects) when it cannot be had. */
export type LocaleLoader = (code: string) => Promise<LocaleResource | undefined>;

/**
 * One i18next instance per panel (never the global one, so a host page's own i18next is untouched).
 * English is inline and synchronous, so the panel always has words to show; other locales are
 * loaded on demand and the panel falls back to English if one cannot be loaded.
 */
export class Translator {
  private readonly i18n: i18n;
  private readonly loaded = new Set<string>([FALLBACK_LANGUAGE]);
  /** Plain strings already looked up in the active language: the panel asks for ~100 per render. */
  private readonly memo = new Map<string, string>();
  /** Locales that failed to load, or are loading: each is requested (and warned about) once. */
  private readonly pending = new Map<string, Promise<LocaleResource | undefined>>();

  constructor(
    english: LocaleResource,
    private readonly loadLocale: LocaleLoader,
  ) {
    this.i18n = createInstance({
      lng: FALLBACK_LANGUAGE,
      fallbackLng: FALLBACK_LANGUAGE,
      resources: { [FALLBACK_LANGUAGE]: { translation: english } },
      initAsync: false,
      // Lit escapes every value it renders, so i18next must not escape a second time.
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    void this.i18n.init();
  }

  /** The active language code. */
  get language(): string {
    return this.i18n.language;
  }

  /**
   * Translates a key in the active language (English where the key is missing). Plain strings (no
   * values) are read straight from the resources: the panel asks for ~100 per render, and i18next's
   * full `t` (interpolation, plurals, fallback resolution) costs more than the whole lookup needs.
   */
  readonly t: Translate = (key, values) => {
    if (values) return this.i18n.t(key, values);
    let text = this.memo.get(key);
    if (text === undefined) {
      const own: unknown = this.i18n.getResource(this.i18n.language, 'translation', key);
      const english: unknown =
        typeof own === 'string' ? own : this.i18n.getResource(FALLBACK_LANGUAGE, 'translation', key);
      text = typeof english === 'string' ? english : key;
      this.memo.set(key, text);
    }
    return text;
  };

  /**
   * Switches language, loading its locale first. Resolves to the language actually in use:
   * the requested one, or English when the locale could not be loaded.
   */
  async use(code: string): Promise<string> {
    const language = matchLanguage(code)?.code ?? FALLBACK_LANGUAGE;
    if (!this.loaded.has(language)) {
      const resource = await this.load(language);
      if (!resource) {
        await this.changeLanguage(FALLBACK_LANGUAGE);
        return FALLBACK_LANGUAGE;
      }
      this.loaded.add(language);
    }
    await this.changeLanguage(language);
    return language;
  }

  private async changeLanguage(language: string): Promise<void> {
    if (this.i18n.language !== language) this.memo.clear();
    await this.i18n.changeLanguage(language);
  }

  private load(language: string): Promise<LocaleResource | undefined> {
    let request = this.pending.get(language);
    if (!request) {
      request = this.loadLocale(language)
        .catch(() => undefined)
        .then((resource) => {
          if (resource) this.i18n.addResourceBundle(language, 'translation', resource, true, true);
          else console.warn(`[stamp-out] could not load the "${language}" translation; showing English.`);
          return resource;
        });
      this.pending.set(language, request);
    }
    return request;
  }
}
