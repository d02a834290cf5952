// Content is versioned: any change to a sign or myth (its data or its words in any language), a
// helpline or a source must come with a new CONTENT_VERSION, a new fingerprint and a CHANGELOG
// entry saying what changed.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_FINGERPRINT, CONTENT_VERSION } from '../../shared/content/content-version.js';
import { HELPLINES } from '../../shared/content/helplines.js';
import { MYTHS } from '../../shared/content/myths.js';
import { SIGNS } from '../../shared/content/signs.js';
import { SOURCES } from '../../shared/content/sources.js';

const LOCALES = new URL('../../shared/i18n/locales/', import.meta.url);

/** What each sign and myth says, in every language (the data files hold their ids and sources). */
function wording(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const file of readdirSync(LOCALES)
    .filter((name) => name.endsWith('.json'))
    .sort()) {
    const locale = JSON.parse(readFileSync(new URL(file, LOCALES), 'utf8')) as Record<string, unknown>;
    out[file] = { signs: locale['signs'], myths: locale['myths'] };
  }
  return out;
}

/** The content data and its wording, serialised the same way every time. */
function contentFingerprint(): string {
  const data = JSON.stringify({
    helplines: HELPLINES,
    signs: SIGNS,
    myths: MYTHS,
    sources: SOURCES,
    wording: wording(),
  });
  return createHash('sha256').update(data).digest('hex');
}

describe('content version', () => {
  it('changes whenever the content does', () => {
    const now = contentFingerprint();
    expect(
      now,
      `Content changed. Set CONTENT_VERSION in shared/content/content-version.ts to today's date, ` +
        `CONTENT_FINGERPRINT to '${now}', and add what changed to CHANGELOG.md under "Content <version>".`,
    ).toBe(CONTENT_FINGERPRINT);
  });

  it('is a date, and the CHANGELOG says what changed in it', () => {
    expect(CONTENT_VERSION).toMatch(/^\d{4}\.\d{2}\.\d{2}$/);
    const changelog = readFileSync(new URL('../../CHANGELOG.md', import.meta.url), 'utf8');
    expect(changelog).toContain(`Content ${CONTENT_VERSION}`);
  });

  it('is no older than any helpline check date', () => {
    const newest = HELPLINES.map((entry) => entry.checked)
      .sort()
      .at(-1)!;
    expect(CONTENT_VERSION.replaceAll('.', '-') >= newest).toBe(true);
  });
});
