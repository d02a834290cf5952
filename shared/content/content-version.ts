/**
 * The version of the content data: signs, myths, helplines and their sources. It changes whenever
 * any of them changes (a test compares the fingerprint), and CHANGELOG.md says what changed under
 * "Content <version>", so partners can see when a helpline number changed and why.
 */

/** The date of the last content change, `YYYY.MM.DD`. */
export const CONTENT_VERSION = '2026.12.01';

/**
 * SHA-256 (hex) of the content as `contentFingerprintSource()` in tests/unit/content-version.test.ts
 * serialises it. Update it with the version; the test prints the new value.
 */
export const CONTENT_FINGERPRINT = '7c40eee8b129d48bd399bc69ed6a1902f424982366a5c1ebbb153b4c97a77e41';
