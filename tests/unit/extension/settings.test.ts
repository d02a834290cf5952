import { describe, expect, it } from 'vitest';
import { isDisabledOn } from '../../../extension/lib/disabled-hosts.js';
import {
  DEFAULT_SETTINGS,
  readSettings,
  SETTINGS_VERSION,
  withHostEnabled,
  type Migration,
} from '../../../extension/lib/settings.js';

describe('extension settings', () => {
  it('gives defaults for nothing stored or garbage', () => {
    for (const stored of [undefined, null, 42, 'x', [], { version: 'one' }]) {
      expect(readSettings(stored)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('keeps good fields and replaces only the bad ones', () => {
    const settings = readSettings({
      version: SETTINGS_VERSION,
      region: 'pl',
      lang: 'ro-RO',
      audience: 'aliens',
      disabledHosts: ['www.olx.ro', 7, 'bad host!', 'www.olx.ro'],
      highlight: 'yes',
    });
    expect(settings).toEqual({
      version: SETTINGS_VERSION,
      region: 'PL',
      lang: 'ro',
      audience: DEFAULT_SETTINGS.audience,
      disabledHosts: ['www.olx.ro'],
      highlight: false,
    });
  });

  it('drops a region or language the extension does not have', () => {
    expect(readSettings({ region: 'ZZ', lang: 'xx' })).toMatchObject({ region: null, lang: null });
  });

  it('migrates an older schema step by step, keeping what still fits', () => {
    // A future version 2 renaming `lang` to `language`, read back by code that expects version 3.
    const migrations: Migration[] = [
      (v1) => ({ ...v1, language: v1.lang, lang: undefined, version: 2 }),
      (v2) => ({ ...v2, lang: v2.language, version: 3 }),
    ];
    const settings = readSettings({ version: 1, lang: 'pl', region: 'GB' }, migrations, 3);
    expect(settings).toMatchObject({ version: 3, lang: 'pl', region: 'GB' });
  });

  it('does not run migrations for settings already current', () => {
    const migrations: Migration[] = [() => ({ region: 'US' })];
    expect(readSettings({ version: 2, region: 'GB' }, migrations, 2).region).toBe('GB');
  });

  it('switches a site off and on again', () => {
    const off = withHostEnabled(DEFAULT_SETTINGS, 'UK.Indeed.com', false);
    expect(isDisabledOn(off, 'uk.indeed.com')).toBe(true);
    const on = withHostEnabled(off, 'uk.indeed.com', true);
    expect(isDisabledOn(on, 'uk.indeed.com')).toBe(false);
    expect(on.disabledHosts).toEqual([]);
  });
});
