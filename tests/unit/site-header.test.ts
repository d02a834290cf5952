import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SITE_HEADER_PLACEHOLDER, SITE_NAV, siteHeader } from '../../scripts/site-header.js';

const demo = new URL('../../demo/', import.meta.url);
/** Example pages stand in for partners' own pages, so they have no site header. */
const EXAMPLES = ['card', 'banner', 'launcher', 'partner', 'module', 'hostile-css', 'hostile-csp', 'preview'];

describe('the site header', () => {
  it('links to pages that exist (api.html is written by the build)', () => {
    for (const [href] of SITE_NAV) {
      expect(href === 'api.html' || existsSync(new URL(href, demo)), href).toBe(true);
    }
  });

  it('marks the current page, and the Guides section on each guide', () => {
    expect(siteHeader('configurator.html')).toContain('<a href="configurator.html" aria-current="page">');
    expect(siteHeader('index.html')).toContain('<a href="index.html" aria-current="page">Stamp Out</a>');
    const guide = siteHeader('guide-vue.html');
    expect(guide).toContain('<a href="guides.html" aria-current="true">');
    expect(guide.match(/aria-current/g)).toHaveLength(1);
  });

  it('is on every site page, right after <body>', () => {
    const pages = readdirSync(demo).filter(
      (name) => name.endsWith('.html') && !EXAMPLES.includes(name.replace(/\.html$/, '')),
    );
    expect(pages.length).toBeGreaterThanOrEqual(12);
    for (const page of pages) {
      const source = readFileSync(new URL(page, demo), 'utf8');
      expect(source, page).toMatch(new RegExp(`<body>\\s*${SITE_HEADER_PLACEHOLDER}`));
    }
  });
});
