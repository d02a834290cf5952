import { describe, expect, it } from 'vitest';
import { EXPLOITATION_TYPES } from '../../shared/content/types.js';
import { DEFAULT_EXIT_URL } from '../../shared/content/quick-exit.js';
import {
  regionOfLanguageTag,
  resolvePanelOptions,
  type PanelEnvironment,
  type RawPanelOptions,
} from '../../shared/ui/panel.options.js';

const noHints: PanelEnvironment = { documentLang: null, browserLanguages: [] };

function resolve(raw: RawPanelOptions, env: PanelEnvironment = noHints) {
  const warnings: string[] = [];
  const options = resolvePanelOptions(raw, env, (message) => warnings.push(message));
  return { options, warnings };
}

describe('panel options', () => {
  it('uses documented defaults without a single warning', () => {
    const { options, warnings } = resolve({});
    expect(warnings).toEqual([]);
    expect(options).toMatchObject({
      region: null,
      regionSource: 'unknown',
      lang: 'en',
      audience: 'public',
      variant: 'card',
      types: EXPLOITATION_TYPES,
      theme: 'auto',
      quickExit: false,
      exitUrl: DEFAULT_EXIT_URL,
    });
  });

  it('accepts valid values, case-insensitively', () => {
    const { options, warnings } = resolve({
      region: 'gb',
      lang: 'pl-PL',
      audience: 'Employer',
      variant: 'banner',
      types: 'labour, domestic',
      theme: 'dark',
      'quick-exit': '',
      'exit-url': 'https://example.org/weather',
    });
    expect(warnings).toEqual([]);
    expect(options).toMatchObject({
      region: 'GB',
      regionSource: 'attribute',
      lang: 'pl',
      audience: 'employer',
      variant: 'banner',
      types: ['labour', 'domestic'],
      theme: 'dark',
      quickExit: true,
      exitUrl: 'https://example.org/weather',
    });
  });

  it('gives one warning per bad option and falls back', () => {
    const { options, warnings } = resolve({
      region: 'ZZ',
      lang: 'xx',
      audience: 'aliens',
      variant: 'popup',
      types: 'labour,nonsense',
      theme: 'neon',
      'exit-url': 'javascript:alert(1)',
    });
    expect(warnings).toHaveLength(7);
    for (const warning of warnings) expect(warning).toMatch(/^\[stamp-out\] /);
    expect(options).toMatchObject({
      region: null,
      lang: 'en',
      audience: 'public',
      variant: 'card',
      types: ['labour'],
      theme: 'auto',
      exitUrl: DEFAULT_EXIT_URL,
    });
  });

  it('shows every type when none of the listed types is known', () => {
    const { options, warnings } = resolve({ types: 'cars,flats' });
    expect(options.types).toEqual(EXPLOITATION_TYPES);
    expect(warnings).toHaveLength(1);
  });

  it('takes the region from <html lang>, then the browser, else leaves it to the chooser', () => {
    expect(resolve({}, { documentLang: 'en-IE', browserLanguages: ['en-US'] }).options).toMatchObject({
      region: 'IE',
      regionSource: 'page',
    });
    expect(resolve({}, { documentLang: 'en', browserLanguages: ['ro-RO', 'en'] }).options).toMatchObject({
      region: 'RO',
      regionSource: 'browser',
      lang: 'en',
    });
    expect(resolve({}, { documentLang: 'en', browserLanguages: ['en'] }).options.region).toBeNull();
  });

  it('falls back from a bad region attribute to detection', () => {
    const { options, warnings } = resolve(
      { region: 'Atlantis' },
      { documentLang: 'en-GB', browserLanguages: [] },
    );
    expect(options.region).toBe('GB');
    expect(warnings).toHaveLength(1);
  });

  it('treats UK as GB', () => {
    expect(resolve({ region: 'UK' }).options.region).toBe('GB');
    expect(regionOfLanguageTag('en-UK')).toBe('GB');
  });

  it('chooses the language from lang, then <html lang>, then the browser, then English', () => {
    expect(resolve({ lang: 'ro' }, { documentLang: 'pl', browserLanguages: [] }).options.lang).toBe('ro');
    expect(resolve({}, { documentLang: 'pl', browserLanguages: ['ro'] }).options.lang).toBe('pl');
    expect(resolve({}, { documentLang: 'de', browserLanguages: ['ro-RO'] }).options.lang).toBe('ro');
    expect(resolve({}, { documentLang: 'de', browserLanguages: ['ja'] }).options.lang).toBe('en');
  });

  it('turns quick exit on for jobseekers unless switched off explicitly', () => {
    expect(resolve({ audience: 'jobseeker' }).options.quickExit).toBe(true);
    expect(resolve({ audience: 'jobseeker', 'quick-exit': 'false' }).options.quickExit).toBe(false);
    expect(resolve({ audience: 'public', 'quick-exit': 'true' }).options.quickExit).toBe(true);
  });

  it('never throws on strange input', () => {
    const strange = ['', '   ', '\u0000', 'a'.repeat(10000), '<script>', '💥'];
    for (const value of strange) {
      expect(() =>
        resolve({
          region: value,
          lang: value,
          audience: value,
          variant: value,
          types: value,
          theme: value,
          'exit-url': value,
        }),
      ).not.toThrow();
    }
  });
});
