import type { LocaleLoader, LocaleResource } from '../shared/i18n/translator.js';

let localeBase: URL | undefined;

/**
 * Tells the widget where its own folder is (the folder of `stamp-out.js`), so translations are
 * loaded from there and nowhere else. Set once by the entry script.
 */
export function setLocaleBase(scriptUrl: string | URL): void {
  try {
    localeBase = new URL('./locales/', scriptUrl);
  } catch {
    localeBase = undefined;
  }
}

/**
 * Loads `locales/<code>.js` (an ES module whose default export is the locale) beside the script.
 * `import()` works from a classic script, needs no `connect-src`, and isn't subject to Trusted Types.
 * Resolves undefined when it can't load, so the panel stays in English.
 */
export const loadWidgetLocale: LocaleLoader = async (code) => {
  if (!localeBase || !/^[a-z]{2,3}$/.test(code)) return undefined;
  try {
    const module = (await import(/* @vite-ignore */ new URL(`${code}.js`, localeBase).href)) as {
      default?: LocaleResource;
    };
    return module.default;
  } catch {
    return undefined;
  }
};
