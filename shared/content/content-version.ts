/**
 * The version of the content data: signs, myths, helplines and their sources. It changes whenever
 * any of them changes (a test compares the fingerprint), and CHANGELOG.md says what changed under
 * "Content <version>", so partners can see when a helpline number changed and why.
 */

/** The date of the last content change, `YYYY.MM.DD`. */
export const CONTENT_VERSION = '2026.12.01';

/**
 * SHA-256 (hex) of the content (data and the words of signs and myths in every language), as
 * tests/unit/content-version.test.ts serialises it. Update it with the version; the test prints it.
 */
export const CONTENT_FINGERPRINT = '8df5948f44dc06889d7e886fd90272ca47597c444143dccaf79298358a346f40';
