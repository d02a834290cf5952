// What a partner pins: the widget's version and the Subresource Integrity hash of each one-tag file,
// computed from the built files themselves (so the snippet can never disagree with what is served).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The version and SRI hashes of a built dist/widget/ folder. */
export interface WidgetRelease {
  readonly version: string;
  /** `sha384-…` of dist/widget/stamp-out.js, for `<script integrity>`. */
  readonly integrity: string;
  /** `sha384-…` of dist/widget/stamp-out.mjs. */
  readonly moduleIntegrity: string;
}

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

/** Published versions and their hashes (releases.json): a pinned `widget/<version>/` never changes. */
export type PublishedReleases = Record<string, { integrity: string; moduleIntegrity: string }>;

/** Reads releases.json (an empty record when there is none yet). */
export function readPublished(file: string): PublishedReleases {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as PublishedReleases;
  } catch {
    return {};
  }
}

/**
 * Throws when this build would change the files of a version already published: every partner's
 * snippet pins that version's hash, and the browser would refuse the changed file on their sites.
 */
export function assertUnpublishedOrSame(release: WidgetRelease, published: PublishedReleases): void {
  const recorded = published[release.version];
  if (!recorded) return;
  if (recorded.integrity === release.integrity && recorded.moduleIntegrity === release.moduleIntegrity)
    return;
  throw new Error(
    `Version ${release.version} was published with other files (releases.json): partners' snippets pin ` +
      `its hash. Bump "version" in package.json and add a CHANGELOG entry.`,
  );
}
