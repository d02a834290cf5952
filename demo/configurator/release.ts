// The built widget this site serves, as the build saw it: version and SRI hashes (see scripts/widget-release.ts).

declare const __STAMP_OUT_RELEASE__: { version: string; integrity: string; moduleIntegrity: string };

/** Version and `sha384-…` hashes of the widget files under `widget/<version>/`. */
export const RELEASE = __STAMP_OUT_RELEASE__;
