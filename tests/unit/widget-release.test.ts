import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  assertUnpublishedOrSame,
  readPublished,
  sriHash,
  type ReleaseFiles,
} from '../../scripts/widget-release.js';

const files: ReleaseFiles = {
  'stamp-out.js': 'sha384-a',
  'stamp-out.mjs': 'sha384-b',
  'locales/pl.js': 'sha384-c',
};
const scratch = mkdtempSync(join(tmpdir(), 'stamp-out-releases-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('pinned releases', () => {
  it('lets a version that was never published, or the same files again, build', () => {
    expect(() => assertUnpublishedOrSame('1.2.3', files, {})).not.toThrow();
    expect(() => assertUnpublishedOrSame('1.2.3', files, { '1.2.3': { files: { ...files } } })).not.toThrow();
  });

  it('refuses any changed, added or removed file of a published version, translations included', () => {
    const published = { '1.2.3': { files } };
    expect(() =>
      assertUnpublishedOrSame('1.2.3', { ...files, 'locales/pl.js': 'sha384-NEW' }, published),
    ).toThrow(/locales\/pl\.js.*bump "version"/);
    expect(() =>
      assertUnpublishedOrSame('1.2.3', { ...files, 'locales/xx.js': 'sha384-d' }, published),
    ).toThrow(/locales\/xx\.js/);
    const fewer = Object.fromEntries(Object.entries(files).filter(([path]) => path !== 'stamp-out.mjs'));
    expect(() => assertUnpublishedOrSame('1.2.3', fewer, published)).toThrow(/stamp-out\.mjs/);
  });

  it('reads a missing releases.json as none, and refuses a broken one', () => {
    expect(readPublished(join(scratch, 'absent.json'))).toEqual({});
    const broken = join(scratch, 'broken.json');
    writeFileSync(broken, '{ "0.0.9": { "files": {} },\n<<<<<<< HEAD\n');
    expect(() => readPublished(broken)).toThrow();
    const wrongShape = join(scratch, 'wrong.json');
    writeFileSync(wrongShape, JSON.stringify({ '0.1.0': { integrity: 'sha384-a' } }));
    expect(() => readPublished(wrongShape)).toThrow(/not a record/);
  });

  it('hashes as Subresource Integrity expects (SHA-384, base64)', () => {
    // echo -n abc | openssl dgst -sha384 -binary | base64
    expect(sriHash(new TextEncoder().encode('abc'))).toBe(
      'sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn',
    );
  });
});
