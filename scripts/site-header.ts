// The header every page of the site shares. Pages write `<!-- site-header -->` right after <body>;
// the build puts this in its place, with the current page marked for assistive technology.

/** The site's sections, in menu order: page and link text. */
export const SITE_NAV: readonly (readonly [string, string])[] = [
  ['configurator.html', 'Add it to your site'],
  ['guides.html', 'Guides'],
  ['api.html', 'API'],
  ['print.html', 'Print a card or poster'],
  ['ad-checker.html', 'Check a job ad'],
  ['examples.html', 'Examples'],
];

/** The placeholder a page writes where the header goes. */
export const SITE_HEADER_PLACEHOLDER = '<!-- site-header -->';

/** `aria-current` for a menu link: `page` on its own page, `true` on a page inside its section. */
function current(link: string, page: string): string {
  if (link === page) return ' aria-current="page"';
  if (link === 'guides.html' && page.startsWith('guide-')) return ' aria-current="true"';
  return '';
}

/** The header for `page` (a file name such as `guide-vue.html`). */
export function siteHeader(page: string): string {
  const items = SITE_NAV.map(
    ([href, text]) => `        <li><a href="${href}"${current(href, page)}>${text}</a></li>`,
  ).join('\n');
  return `<header class="site-header">
      <p class="site-name"><a href="index.html"${current('index.html', page)}>Stamp Out</a></p>
      <nav aria-label="Site">
        <ul>
${items}
        </ul>
      </nav>
    </header>`;
}
