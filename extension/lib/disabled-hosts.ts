/**
 * The hostnames where the person switched the extension off, read from stored settings of any
 * shape. Kept apart from `settings.ts` so the small page detector can read it without pulling in
 * the content data that full validation needs.
 */
const HOST = /^[a-z0-9.-]{1,253}$/;

/** Valid, de-duplicated lower-case hostnames from `stored.disabledHosts`. */
export function disabledHostsIn(stored: unknown): string[] {
  const hosts = (stored as { disabledHosts?: unknown } | null)?.disabledHosts;
  if (!Array.isArray(hosts)) return [];
  return [...new Set(hosts.filter((host): host is string => typeof host === 'string' && HOST.test(host)))];
}

/** True when the person switched the extension off for this hostname (settings of any shape). */
export function isDisabledOn(settings: unknown, hostname: string): boolean {
  return disabledHostsIn(settings).includes(hostname.toLowerCase());
}
