/// <reference types="vite/client" />
import panelEnglish from '../../shared/i18n/locales/en.json';
import printEnglish from '../../shared/i18n/locales/print/en.json';
import { matchLanguage } from '../../shared/i18n/languages.js';
import type { LocaleLoader, LocaleResource } from '../../shared/i18n/translator.js';

/**
 * The print page's words: the panel's strings plus the card's own (`print.*`). English is bundled so
 * the preview always has words; every other language is two lazy chunks, fetched from the page's own
 * folder only when chosen. A `print.*` key a language lacks falls back to English key by key.
 */
type Lazy = Record<string, () => Promise<LocaleResource>>;
const PANEL: Lazy = import.meta.glob<LocaleResource>(['../../shared/i18n/locales/*.json', '!**/en.json'], {
  import: 'default',
});
const PRINT: Lazy = import.meta.glob<LocaleResource>(
  ['../../shared/i18n/locales/print/*.json', '!**/en.json'],
  {
    import: 'default',
  },
);

/** English, with the print strings under `print`. */
export const PRINT_ENGLISH: LocaleResource = { ...panelEnglish, print: printEnglish };

/** Loads a language's panel and print strings; resolves undefined (never rejects) when it has none. */
export const loadPrintLocale: LocaleLoader = async (language) => {
  const code = matchLanguage(language)?.code;
  const panel = code && PANEL[`../../shared/i18n/locales/${code}.json`];
  if (!code || !panel) return undefined;
  const print = PRINT[`../../shared/i18n/locales/print/${code}.json`];
  const [resource, printResource] = await Promise.all([panel(), print ? print() : undefined]);
  return { ...resource, print: printResource ?? {} };
};
