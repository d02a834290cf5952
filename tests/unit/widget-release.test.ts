import { describe, expect, it } from 'vitest';
import { assertUnpublishedOrSame, sriHash, type WidgetRelease } from '../../scripts/widget-release.js';

const release: WidgetRelease = { version: '1.2.3', integrity: 'sha384-a', moduleIntegrity: 'sha384-b' };

describe('pinned releases', () => {
  it('lets a version that was never published, or the same files again, build', () => {
    expect(() => assertUnpublishedOrSame(release, {})).not.toThrow();
    expect(() =>
      assertUnpublishedOrSame(release, { '1.2.3': { integrity: 'sha384-a', moduleIntegrity: 'sha384-b' } }),
    ).not.toThrow();
  });

  it('refuses to change the files of a published version', () => {
    expect(() =>
      assertUnpublishedOrSame(release, { '1.2.3': { integrity: 'sha384-OLD', moduleIntegrity: 'sha384-b' } }),
    ).toThrow(/Bump "version"/);
  });

  it('hashes as Subresource Integrity expects (SHA-384, base64)', () => {
    // echo -n abc | openssl dgst -sha384 -binary | base64
    expect(sriHash(new TextEncoder().encode('abc'))).toBe(
      'sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn',
    );
  });
});
