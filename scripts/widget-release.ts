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
