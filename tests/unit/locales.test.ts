import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../shared/i18n/languages.js';
import { flatten, readLocale as read } from '../support/locale-files.js';

const root = new URL('../../shared/i18n/locales/', import.meta.url);
/** Each namespace has its own folder: the panel's strings, the extension's, the analyser's. */
const NAMESPACES = ['', 'extension/', 'analyser/', 'print/'] as const;
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Keys without plural suffixes, and for each plural key the categories present. */
function shape(strings: Map<string, string>) {
  const plain = new Set<string>();
  const plurals = new Map<string, Set<string>>();
  for (const key of strings.keys()) {
    const match = PLURAL_SUFFIX.exec(key);
    if (!match) {
      plain.add(key);
      continue;
    }
    const base = key.slice(0, match.index);
    if (!plurals.has(base)) plurals.set(base, new Set());
    plurals.get(base)!.add(match[1]!);
  }
  return { plain, plurals };
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

const english = flatten(read('en'));
const englishShape = shape(english);

for (const namespace of NAMESPACES) {
  describe(`locales ${namespace || 'of the panel'}`, () => {
    const english = flatten(read('en', namespace));
    const englishShape = shape(english);

    it('has a locale file for every listed language and lists every locale file', () => {
      const files = readdirSync(new URL(namespace, root))
        .filter((name) => name.endsWith('.json'))
        .map((name) => name.replace(/\.json$/, ''))
        .sort();
      expect(files).toEqual(LANGUAGES.map((language) => language.code).sort());
    });

    for (const { code } of LANGUAGES.filter((language) => language.code !== 'en')) {
      describe(code, () => {
        // Read inside each test, so a missing file fails its own tests and not the whole suite.
        const load = () => {
          const strings = flatten(read(code, namespace));
          return { strings, ...shape(strings) };
        };

        it('has every English key and no other', () => {
          const { plain, plurals } = load();
          expect([...plain].sort()).toEqual([...englishShape.plain].sort());
          expect([...plurals.keys()].sort()).toEqual([...englishShape.plurals.keys()].sort());
        });

        it("has every plural form the language's rules use", () => {
          const { plurals } = load();
          const needed = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
          for (const [base, forms] of plurals) {
            for (const category of needed) expect(forms, `${code}: ${base}_${category}`).toContain(category);
          }
        });

        it('keeps every placeholder and leaves no value empty', () => {
          const { strings } = load();
          for (const [key, text] of strings) {
            expect(text.trim(), `${code}: ${key}`).not.toBe('');
            const base = key.replace(PLURAL_SUFFIX, '_other');
            const source = english.get(key) ?? english.get(base);
            if (source !== undefined)
              expect(placeholders(text), `${code}: ${key}`).toEqual(placeholders(source));
          }
        });
      });
    }
  });
}

describe('keys the panel uses', () => {
  it('exist in English: every literal t() key in shared/ui', () => {
    const folderUrl = new URL('../../shared/ui/', import.meta.url);
    const used = new Set<string>();
    for (const file of readdirSync(folderUrl).filter((name) => name.endsWith('.ts'))) {
      const source = readFileSync(new URL(file, folderUrl), 'utf8');
      for (const match of source.matchAll(/\bt\('([\w.]+)'/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(20);
    // The extension and the ad checker add the analyser's strings under `analyser.`.
    const analyser = shape(flatten(read('en', 'analyser/'), 'analyser'));
    for (const key of used) {
      const known = [englishShape, analyser].some((known) => known.plain.has(key) || known.plurals.has(key));
      expect(known, key).toBe(true);
    }
  });

  it('exist in English: per-audience texts and area names', async () => {
    const { AUDIENCES } = await import('../../shared/content/types.js');
    const { HELPLINES } = await import('../../shared/content/helplines.js');
    for (const audience of AUDIENCES) {
      expect(english.has(`ui.intro.${audience}`), audience).toBe(true);
      expect(english.has(`ui.signs.heading.${audience}`), audience).toBe(true);
    }
    for (const service of HELPLINES.flatMap((region) => region.services)) {
      for (const area of service.areas ?? []) expect(english.has(`areas.${area}`), area).toBe(true);
    }
  });
});
