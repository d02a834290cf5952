/**
 * Browser-extension match patterns (`<scheme>://<host><path>`), parsed and matched the way Chrome and
 * Firefox do for content scripts, so `siteForUrl` agrees with where the manifest injects the script.
 */

/** A parsed match pattern. */
export interface MatchPattern {
  /** `*` (http or https), `http` or `https`. */
  readonly scheme: '*' | 'http' | 'https';
  /** Lower-case host without the `*.` prefix; empty for `*` (any host). */
  readonly host: string;
  /** `*.host`: the host itself and every subdomain. */
  readonly subdomains: boolean;
  /** Path glob; `*` matches any run of characters (query string included, as in Chrome). */
  readonly path: string;
}

const HOST_CHAR = /^[a-z0-9.-]+$/;

/** Parses a match pattern for http(s) pages, or returns undefined if it is not one. */
export function parseMatchPattern(pattern: string): MatchPattern | undefined {
  const sep = pattern.indexOf('://');
  if (sep < 0) return undefined;
  const scheme = pattern.slice(0, sep);
  if (scheme !== '*' && scheme !== 'http' && scheme !== 'https') return undefined;
  const rest = pattern.slice(sep + 3);
  const slash = rest.indexOf('/');
  if (slash <= 0) return undefined;
  let host = rest.slice(0, slash);
  const path = rest.slice(slash);
  let subdomains = false;
  if (host === '*') return { scheme, host: '', subdomains: true, path };
  if (host.startsWith('*.')) {
    subdomains = true;
    host = host.slice(2);
  }
  if (!HOST_CHAR.test(host) || host.startsWith('.') || host.endsWith('.') || host.includes('..')) {
    return undefined;
  }
  return { scheme, host, subdomains, path };
}

/** Whether `text` matches `glob`, where `*` stands for any run of characters (linear-time greedy match). */
export function globMatches(glob: string, text: string): boolean {
  let g = 0;
  let t = 0;
  let star = -1;
  let mark = 0;
  while (t < text.length) {
    if (g < glob.length && glob[g] !== '*' && glob[g] === text[t]) {
      g++;
      t++;
    } else if (g < glob.length && glob[g] === '*') {
      star = g++;
      mark = t;
    } else if (star >= 0) {
      g = star + 1;
      t = ++mark;
    } else {
      return false;
    }
  }
  while (g < glob.length && glob[g] === '*') g++;
  return g === glob.length;
}

/** Whether a parsed URL is covered by a parsed match pattern. */
export function patternMatchesUrl(pattern: MatchPattern, url: URL): boolean {
  const scheme = url.protocol.slice(0, -1);
  if (scheme !== 'http' && scheme !== 'https') return false;
  if (pattern.scheme !== '*' && pattern.scheme !== scheme) return false;
  const host = url.hostname.toLowerCase();
  if (pattern.host !== '') {
    const exact = host === pattern.host;
    const sub = pattern.subdomains && host.endsWith('.' + pattern.host);
    if (!exact && !sub) return false;
  }
  return globMatches(pattern.path, url.pathname + url.search);
}
