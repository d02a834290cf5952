/// <reference types="vite/client" />
import { matchLanguage } from '../../shared/i18n/languages.js';
import type { LocaleLoader, LocaleResource } from '../../shared/i18n/translator.js';

/**
 * The extension bundles every locale (nothing is ever fetched). Each language's resource is the
 * panel's strings plus the analyser's (`analyser.*`) and the extension's own (`extension.*`); a
 * namespace not yet translated falls back to English key by key.
 */
type Files = Record<string, LocaleResource>;
const PANEL: Files = import.meta.glob('../../shared/i18n/locales/*.json', { eager: true, import: 'default' });
const ANALYSER: Files = import.meta.glob('../../shared/i18n/locales/analyser/*.json', {
  eager: true,
  import: 'default',
});
const EXTENSION: Files = import.meta.glob('../../shared/i18n/locales/extension/*.json', {
  eager: true,
  import: 'default',
});

function inFolder(files: Files, folder: string, code: string): LocaleResource | undefined {
  return files[`../../shared/i18n/locales/${folder}${code}.json`];
}

/** The bundled resource of a language, or undefined when the extension doesn't have it. */
export function bundledLocale(language: string): LocaleResource | undefined {
  const code = matchLanguage(language)?.code;
  const panel = code ? inFolder(PANEL, '', code) : undefined;
  if (!code || !panel) return undefined;
  return {
    ...panel,
    analyser: inFolder(ANALYSER, 'analyser/', code) ?? {},
    extension: inFolder(EXTENSION, 'extension/', code) ?? {},
  };
}

/** The English resource with all three namespaces. */
export const EXTENSION_ENGLISH: LocaleResource = bundledLocale('en')!;

/** Loads a bundled language (resolves undefined for one the extension doesn't have). */
export const loadExtensionLocale: LocaleLoader = async (code) => bundledLocale(code);
