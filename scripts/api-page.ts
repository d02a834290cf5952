// Renders the site's API page (dist/demo/api.html) from the Custom Elements Manifest, so the page
// can never drift from the element's JSDoc.
import type { ElementManifest, ManifestDeclaration, ManifestItem } from './element-manifest.js';
import { siteHeader } from './site-header.js';
import type { WidgetRelease } from './widget-release.js';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** JSDoc prose → HTML: escaped, with `backtick` spans as <code>. */
function prose(text = ''): string {
  return text
    .split('`')
    .map((part, index) => (index % 2 === 1 ? `<code>${escapeHtml(part)}</code>` : escapeHtml(part)))
    .join('')
    .replace(/\n/g, ' ');
}

function code(text: string | undefined): string {
  return text && text !== 'null' ? `<code>${escapeHtml(text)}</code>` : '<span class="none">none</span>';
}

function table(caption: string, headings: string[], rows: string[][]): string {
  if (rows.length === 0) return '';
  const head = headings.map((heading) => `<th scope="col">${heading}</th>`).join('');
  const body = rows
    .map(
      (cells) =>
        `<tr><th scope="row">${cells[0]}</th>${cells
          .slice(1)
          .map((cell) => `<td>${cell}</td>`)
          .join('')}</tr>`,
    )
    .join('\n');
  return `<div class="table-wrap" tabindex="0" role="region" aria-label="${escapeHtml(caption)}">
<table><caption>${escapeHtml(caption)}</caption><thead><tr>${head}</tr></thead><tbody>
${body}
</tbody></table></div>`;
}

function attributeRows(element: ManifestDeclaration): string[][] {
  return (element.attributes ?? []).map((attribute: ManifestItem) => [
    `<code>${escapeHtml(attribute.name)}</code>`,
    attribute.fieldName ? `<code>${escapeHtml(attribute.fieldName)}</code>` : '',
    code(attribute.type?.text),
    prose(attribute.description),
  ]);
}

function namedRows(items: ManifestItem[] | undefined): string[][] {
  return (items ?? []).map((item) => [`<code>${escapeHtml(item.name)}</code>`, prose(item.description)]);
}

function staticRows(element: ManifestDeclaration): string[][] {
  return (element.members ?? [])
    .filter((member) => member.static)
    .map((member) => [
      `<code>${escapeHtml(`${element.name}.${member.name}`)}</code>`,
      code(member.type?.text),
      prose(member.description),
    ]);
}

/** The whole API page for the element in `manifest`. */
export function apiPageHtml(manifest: ElementManifest, release: WidgetRelease): string {
  const module = manifest.modules[0];
  const element = module?.declarations.find((declaration) => declaration.customElement);
  if (!module || !element?.tagName) throw new Error('custom-elements.json has no custom element');
  const tag = escapeHtml(element.tagName);
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Stamp Out: API of &lt;${tag}&gt;</title>
    <link rel="stylesheet" href="demo.css" />
  </head>
  <body>
    ${siteHeader('api.html')}
    <main>
      <h1>API: <code>&lt;${tag}&gt;</code></h1>
      <p class="lead">${prose(element.summary)}</p>
      <p>${prose(element.description)}</p>
      <p>
        Version ${escapeHtml(release.version)}. Generated from the element's documentation comments by the
        build; the same facts are in machine-readable form in
        <a href="custom-elements.json">custom-elements.json</a> (the Custom Elements Manifest, also shipped
        in the npm package), which editors and design-system tools can read.
      </p>
      <h2 id="load">Loading it</h2>
      <p>
        One tag: <code>stamp-out.js</code> (a classic script; <code>data-*</code> options become the
        attributes below). As a module: <code>import 'stamp-out'</code> or <code>stamp-out.mjs</code>,
        which defines <code>&lt;${tag}&gt;</code> and exports <code>${escapeHtml(element.name)}</code>.
        The <a href="configurator.html">configurator</a> writes a ready snippet.
      </p>
      <h2 id="attributes">Attributes and properties</h2>
      <p>All optional. A value the element does not understand logs one console warning and falls back to the default.</p>
      ${table('Attributes', ['Attribute', 'Property', 'Type', 'Meaning'], attributeRows(element))}
      <h2 id="events">Events</h2>
      <p>Each is a <code>CustomEvent</code> that bubbles and crosses the shadow boundary (<code>composed</code>). The element sends nothing anywhere itself; wire your own analytics to these if you want them.</p>
      ${table('Events', ['Event', 'When, and its detail'], namedRows(element.events))}
      <h2 id="css-properties">CSS custom properties</h2>
      <p>Set them on the element or any ancestor, for example <code>${tag} { --stamp-out-accent: #6b21a8; }</code>.</p>
      ${table('CSS custom properties', ['Property', 'What it styles'], namedRows(element.cssProperties))}
      <h2 id="parts">CSS parts</h2>
      <p>Style inside the shadow root with <code>::part()</code>, for example <code>${tag}::part(heading) { font-family: Georgia, serif; }</code>.</p>
      ${table('CSS parts', ['Part', 'What it is'], namedRows(element.cssParts))}
      <h2 id="statics">Static properties</h2>
      ${table('Static properties', ['Property', 'Type', 'Meaning'], staticRows(element))}
    </main>
  </body>
</html>
`;
}
