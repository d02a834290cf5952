// What a partner pins: the widget's version and the Subresource Integrity hash of each one-tag file,
// computed from the built files themselves (so the snippet can never disagree with what is served),
// and the record of published versions whose files may never change.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The version and SRI hashes of a built dist/widget/ folder. */
export interface WidgetRelease {
  readonly version: string;
  /** `sha384-…` of dist/widget/stamp-out.js, for `<script integrity>`. */
  readonly integrity: string;
  /** `sha384-…` of dist/widget/stamp-out.mjs. */
  readonly moduleIntegrity: string;
}

/** Every file served under `widget/<version>/` (relative path → `sha384-…`). */
export type ReleaseFiles = Record<string, string>;

/** The `integrity` attribute value for some bytes (SHA-384, as the SRI spec recommends). */
export function sriHash(bytes: Uint8Array): string {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** Reads the built widget in `widgetFolder`; throws a clear error when it has not been built. */
export function widgetRelease(widgetFolder: string, version: string): WidgetRelease {
  const read = (name: string): Uint8Array => {
    try {
      return readFileSync(join(widgetFolder, name));
    } catch {
      throw new Error(`${join(widgetFolder, name)} is missing: build the widget first (npm run build).`);
    }
  };
  return {
    version,
    integrity: sriHash(read('stamp-out.js')),
    moduleIntegrity: sriHash(read('stamp-out.mjs')),
  };
}

/** True for the files the site serves to partners' pages (the manifest is for tools, not pages). */
export function isServedWidgetFile(path: string): boolean {
  return !path.endsWith('custom-elements.json');
}

/** Hashes of every served file in a built widget folder: the script, the module and each translation. */
export function releaseFiles(widgetFolder: string): ReleaseFiles {
  const files: ReleaseFiles = {};
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (isServedWidgetFile(path)) files[relative(widgetFolder, path)] = sriHash(readFileSync(path));
    }
  };
  walk(widgetFolder);
  return Object.fromEntries(Object.entries(files).sort(([a], [b]) => a.localeCompare(b)));
}

/** Published versions and the hashes of their files (releases.json). */
export type PublishedReleases = Record<string, { files: ReleaseFiles }>;

/** Reads releases.json: an empty record when there is none yet; a broken one is an error, not "none". */
export function readPublished(file: string): PublishedReleases {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
  const published = JSON.parse(text) as unknown;
  const valid =
    typeof published === 'object' &&
    published !== null &&
    Object.values(published).every(
      (entry: unknown) =>
        typeof entry === 'object' &&
        entry !== null &&
        typeof (entry as { files?: unknown }).files === 'object' &&
        Object.values((entry as { files: object }).files).every((hash) => typeof hash === 'string'),
    );
  if (!valid) throw new Error(`${file} is not a record of version → { files: { path: hash } }.`);
  return published as PublishedReleases;
}

/**
 * Throws when this build would change, add or remove a file of a version already published: every
 * partner's snippet pins that version, and its translations load from the same folder.
 */
export function assertUnpublishedOrSame(
  version: string,
  files: ReleaseFiles,
  published: PublishedReleases,
): void {
  const recorded = published[version]?.files;
  if (!recorded) return;
  const paths = new Set([...Object.keys(recorded), ...Object.keys(files)]);
  const changed = [...paths].filter((path) => recorded[path] !== files[path]).sort();
  if (changed.length === 0) return;
  throw new Error(
    `Version ${version} was published with other files (releases.json: ${changed.join(', ')}). ` +
      `Partners' snippets pin it: bump "version" in package.json and add a CHANGELOG entry.`,
  );
}
