import { bundledLocale, EXTENSION_ENGLISH } from './locales.js';

type Strings = { readonly menu?: { readonly checkSelection?: string } };

/** The context-menu item's title in the person's language, English where it isn't translated. */
export function menuTitle(language: string): string {
  const own = bundledLocale(language)?.extension as Strings | undefined;
  const english = EXTENSION_ENGLISH.extension as Strings;
  return own?.menu?.checkSelection ?? english.menu!.checkSelection!;
}
