// The partner guides (demo/guides.html and demo/guide-*.html): what their code samples use must exist
// (attributes and options of <stamp-out-panel>, its events), every page is well formed and links only to
// pages that exist, and no sample loads a script from a third party.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { REGION_CODES } from '../../shared/content/helplines.js';
import { afterAll, describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const demoDir = join(root, 'demo');
const elementSource = readFileSync(join(root, 'widget/panel.element.ts'), 'utf8');

/** Modifiers that may stand between a decorator and its field name. */
const FIELD_MODIFIERS = new Set([
  'public',
  'protected',
  'private',
  'override',
  'declare',
  'readonly',
  'accessor',
]);

/**
 * The attribute names of the element's `@property` fields, as Lit derives them: the `attribute: '…'`
 * option when given, none for `attribute: false`, otherwise the field name lowercased.
 */
function propertyAttributes(source: string): Set<string> {
  const names = new Set<string>();
  for (let at = source.indexOf('@property('); at >= 0; at = source.indexOf('@property(', at + 1)) {
    let index = at + '@property('.length;
    let depth = 1;
    while (index < source.length && depth > 0) {
      if (source[index] === '(') depth += 1;
      else if (source[index] === ')') depth -= 1;
      index += 1;
    }
    const options = source.slice(at + '@property('.length, index - 1);
    const words = source.slice(index).match(/^\s*((?:\w+\s+)*?)([A-Za-z_$][\w$]*)\s*[!?]?\s*[:=;]/);
    if (!words) continue;
    const modifiers = (words[1] ?? '').trim().split(/\s+/).filter(Boolean);
    if (!modifiers.every((word) => FIELD_MODIFIERS.has(word))) continue;
    if (/attribute\s*:\s*false/.test(options)) continue;
    const custom = /attribute\s*:\s*['"`]([^'"`]+)['"`]/.exec(options);
    names.add(custom?.[1] ?? (words[2] ?? '').toLowerCase());
  }
  return names;
}

/** Event names listed with `@fires` in the element's JSDoc. */
function firedEvents(source: string): Set<string> {
  return new Set([...source.matchAll(/@fires\s+([\w-]+)/g)].map((match) => match[1] ?? ''));
}

const ATTRIBUTES = propertyAttributes(elementSource);
const EVENTS = firedEvents(elementSource);
/** `data-*` options of the one-tag script: every attribute, plus the loader's own `data-target`. */
const DATA_OPTIONS = new Set([...[...ATTRIBUTES].map((name) => `data-${name}`), 'data-target']);
/** Attributes a sample may put on the element that are not options: HTML globals and framework refs. */
const NON_OPTION_ATTRIBUTES = new Set(['id', 'class', 'ref', 'key', 'slot', 'hidden']);
/** `stamp-out-…` names in code that are not events. */
const NOT_EVENTS = new Set(['stamp-out-panel']);

/** One attribute as written in a tag: its name and raw value (undefined when it has none). */
interface WrittenAttribute {
  readonly name: string;
  readonly value: string | undefined;
}

/**
 * Every `<tag …>` in some code, with its attributes. Reads HTML, JSX (`{…}` values), Vue (`:x`, `@x`)
 * and Angular (`[attr.x]`, `(x)`) attribute syntax; values in quotes or braces may contain `>`.
 */
function tagsIn(code: string, tag: string): WrittenAttribute[][] {
  const tags: WrittenAttribute[][] = [];
  const opening = new RegExp(`<${tag}(?=[\\s/>])`, 'g');
  for (const match of code.matchAll(opening)) {
    const attributes: WrittenAttribute[] = [];
    let index = match.index + match[0].length;
    const skipSpace = (): void => {
      while (index < code.length && /\s/.test(code.charAt(index))) index += 1;
    };
    for (;;) {
      skipSpace();
      if (index >= code.length || code[index] === '>' || code.startsWith('/>', index)) break;
      const nameStart = index;
      while (index < code.length && !/[\s=>]/.test(code.charAt(index)) && !code.startsWith('/>', index)) {
        index += 1;
      }
      const name = code.slice(nameStart, index);
      skipSpace();
      let value: string | undefined;
      if (code[index] === '=') {
        index += 1;
        skipSpace();
        const quote = code[index];
        if (quote === '"' || quote === "'") {
          const end = code.indexOf(quote, index + 1);
          value = code.slice(index + 1, end < 0 ? code.length : end);
          index = end < 0 ? code.length : end + 1;
        } else if (quote === '{') {
          let depth = 0;
          const valueStart = index;
          do {
            if (code[index] === '{') depth += 1;
            else if (code[index] === '}') depth -= 1;
            index += 1;
          } while (index < code.length && depth > 0);
          value = code.slice(valueStart, index);
        } else {
          const valueStart = index;
          while (index < code.length && !/[\s>]/.test(code.charAt(index))) index += 1;
          value = code.slice(valueStart, index);
        }
      }
      if (name) attributes.push({ name, value });
      else index += 1;
    }
    tags.push(attributes);
  }
  return tags;
}

/** What an attribute written on `<stamp-out-panel>` binds, once framework syntax is removed. */
function bindingOf(written: string): { kind: 'attribute' | 'event'; name: string } {
  const withoutModifiers = (name: string): string => name.split('.')[0] ?? name;
  if (written.startsWith('v-on:')) return { kind: 'event', name: withoutModifiers(written.slice(5)) };
  if (written.startsWith('@')) return { kind: 'event', name: withoutModifiers(written.slice(1)) };
  if (written.startsWith('v-bind:')) return { kind: 'attribute', name: withoutModifiers(written.slice(7)) };
  if (written.startsWith(':')) return { kind: 'attribute', name: withoutModifiers(written.slice(1)) };
  if (written.startsWith('(') && written.endsWith(')')) return { kind: 'event', name: written.slice(1, -1) };
  if (written.startsWith('[attr.') && written.endsWith(']'))
    return { kind: 'attribute', name: written.slice(6, -1) };
  if (written.startsWith('[') && written.endsWith(']'))
    return { kind: 'attribute', name: written.slice(1, -1) };
  return { kind: 'attribute', name: written };
}

/**
 * Problems with the element, options and events that some code uses: unknown `<stamp-out-panel>`
 * attributes, unknown `data-*` options (on a stamp-out script tag, or anywhere as a `data-…` word),
 * unknown `stamp-out-*` event names, unknown keys of a `…Attributes` TypeScript declaration.
 */
function apiProblems(code: string): string[] {
  const problems: string[] = [];
  for (const attributes of tagsIn(code, 'stamp-out-panel')) {
    for (const { name: written } of attributes) {
      const { kind, name } = bindingOf(written);
      if (kind === 'event' && !EVENTS.has(name))
        problems.push(`unknown event "${name}" (written ${written})`);
      if (kind === 'attribute' && !ATTRIBUTES.has(name) && !NON_OPTION_ATTRIBUTES.has(name)) {
        problems.push(`unknown attribute "${name}" on <stamp-out-panel> (written ${written})`);
      }
    }
  }
  for (const attributes of tagsIn(code, 'script')) {
    const src = attributes.find((attribute) => attribute.name === 'src')?.value ?? '';
    if (!src.includes('stamp-out')) continue;
    for (const { name } of attributes) {
      if (name.startsWith('data-') && !DATA_OPTIONS.has(name)) problems.push(`unknown option "${name}"`);
    }
  }
  for (const [word] of code.matchAll(/(?<![\w-])data-[a-z][a-z-]*(?![\w-])/g)) {
    if (!DATA_OPTIONS.has(word)) problems.push(`unknown option "${word}"`);
  }
  for (const [word] of code.matchAll(/(?<![\w-])stamp-out-[a-z]+(?:-[a-z]+)*(?![\w-])/g)) {
    if (!NOT_EVENTS.has(word) && !EVENTS.has(word)) problems.push(`unknown event "${word}"`);
  }
  for (const [, body = ''] of code.matchAll(/(?:interface|type)\s+\w*Attributes\w*\s*=?\s*\{([^}]*)\}/g)) {
    for (const [, key = ''] of body.matchAll(/(?:^|[;,\n])\s*['"]?([\w-]+)['"]?\??\s*:/g)) {
      if (!ATTRIBUTES.has(key)) problems.push(`unknown attribute "${key}" in a TypeScript declaration`);
    }
  }
  return problems;
}

/** Whether a script URL is allowed in a guide: relative (same site) or on the placeholder host. */
function isOwnScriptUrl(url: string): boolean {
  if (url.startsWith('https://YOUR-HOST/')) return true;
  return !/^[a-z][a-z\d+.-]*:/i.test(url) && !url.startsWith('//');
}

/** Script URLs in some code: `<script src>` values and URL specifiers of `import`. */
function scriptUrlsIn(code: string): string[] {
  const urls = tagsIn(code, 'script').flatMap((attributes) =>
    attributes.filter((attribute) => attribute.name === 'src').map((attribute) => attribute.value ?? ''),
  );
  for (const [, url = ''] of code.matchAll(/\bimport\s*(?:\(\s*|[^'"();]*?\bfrom\s*|\s)['"]([^'"]+)['"]/g)) {
    if (url.includes('//') || url.includes(':')) urls.push(url);
  }
  return urls;
}

const window = new Window({
  url: 'https://example.org/',
  settings: {
    handleDisabledFileLoadingAsSuccess: true,
    disableJavaScriptFileLoading: true,
    disableComputedStyleRendering: true,
  },
});
const parser = new window.DOMParser();

afterAll(async () => {
  await window.happyDOM.close();
});

/** A parsed guide page. */
interface Guide {
  readonly file: string;
  /** The page as written (before the build fills in the header and hashes). */
  readonly source: string;
  readonly doc: Document;
  /** Text of every `<pre><code>` block (entities decoded). */
  readonly samples: string[];
  /** Text of every `<code>`, in blocks and in prose. */
  readonly codeTexts: string[];
}

const guideFiles = readdirSync(demoDir)
  .filter((name) => name === 'guides.html' || /^guide-[\w-]+\.html$/.test(name))
  .sort();
const guides: Guide[] = guideFiles.map((file) => {
  const source = readFileSync(join(demoDir, file), 'utf8');
  const doc = parser.parseFromString(source, 'text/html') as unknown as Document;
  return {
    file,
    source,
    doc,
    samples: [...doc.querySelectorAll('pre > code')].map((code) => code.textContent ?? ''),
    codeTexts: [...doc.querySelectorAll('code')].map((code) => code.textContent ?? ''),
  };
});
const byFile = new Map(guides.map((guide) => [guide.file, guide]));

/** Pages the build writes from other sources (scripts/api-page.ts, the element manifest). */
const BUILT_PAGES = new Set(['api.html', 'custom-elements.json']);

/** Problems with one link target of a guide page. */
function linkProblem(guide: Guide, href: string): string | undefined {
  if (href.startsWith('https://')) return undefined;
  if (/^downloads\/[\w.%-]+\.zip$/.test(href)) return undefined;
  if (/^[a-z][a-z\d+.-]*:/i.test(href) || href.startsWith('/')) return `${href}: not a page of the site`;
  const [path = '', fragment] = href.split('#', 2);
  const target = path === '' ? guide : byFile.get(path);
  if (path !== '' && !BUILT_PAGES.has(path) && !existsSync(join(demoDir, path)))
    return `${href}: demo/${path} does not exist`;
  if (fragment && target && !target.doc.getElementById(fragment)) return `${href}: no element with that id`;
  return undefined;
}

describe('the checks themselves', () => {
  it('read the attributes and events from the element source', () => {
    expect(ATTRIBUTES).toContain('region');
    expect(ATTRIBUTES).toContain('quick-exit');
    expect(ATTRIBUTES).toContain('exit-url');
    expect(ATTRIBUTES).not.toContain('quickexit');
    expect(EVENTS).toContain('stamp-out-contact');
    expect(DATA_OPTIONS).toContain('data-target');
  });

  it('catch attributes, options and events that do not exist', () => {
    expect(apiProblems('<stamp-out-panel colour="red" region="GB"></stamp-out-panel>')).toHaveLength(1);
    expect(apiProblems('<stamp-out-panel :colour="c" @stamp-out-click="f" />')).toHaveLength(3);
    expect(
      apiProblems('<stamp-out-panel (stamp-out-tap)="f()" [attr.size]="s"></stamp-out-panel>'),
    ).toHaveLength(3);
    expect(apiProblems('<script src="x/stamp-out.js" data-colour="red" defer></script>')).toHaveLength(2);
    expect(apiProblems("panel.addEventListener('stamp-out-opened', f)")).toEqual([
      'unknown event "stamp-out-opened"',
    ]);
    expect(apiProblems("interface PanelAttributes { region?: string; 'quick-exits'?: string }")).toHaveLength(
      1,
    );
    expect(
      apiProblems('<stamp-out-panel ref={panel} region={country} quick-exit="true" @stamp-out-exit="f" />'),
    ).toEqual([]);
  });

  it('catch script URLs on other hosts', () => {
    const urls = scriptUrlsIn(
      `<script src="https://cdn.example.net/stamp-out.js"></script>
       import 'https://esm.example.com/stamp-out'; import('//cdn.example.org/x.js');
       import { a } from 'stamp-out'; <script src="/stamp-out/stamp-out.js"></script>`,
    );
    expect(urls.filter((url) => !isOwnScriptUrl(url))).toEqual([
      'https://cdn.example.net/stamp-out.js',
      'https://esm.example.com/stamp-out',
      '//cdn.example.org/x.js',
    ]);
  });
});

describe('the partner guides', () => {
  it('are all there', () => {
    expect(guideFiles).toEqual(
      expect.arrayContaining([
        'guides.html',
        'guide-html.html',
        'guide-wordpress.html',
        'guide-react.html',
        'guide-vue.html',
        'guide-angular.html',
        'guide-csp.html',
      ]),
    );
  });

  it('the HTML guide lists every region with a helpline', () => {
    const listed = new Set(byFile.get('guide-html.html')!.codeTexts);
    for (const region of REGION_CODES) expect(listed.has(region), region).toBe(true);
  });

  it("the React guide's JSX declaration names every attribute and the guides name every event", () => {
    const declaration = byFile
      .get('guide-react.html')!
      .samples.find((sample) => sample.includes('IntrinsicElements'))!;
    for (const attribute of ATTRIBUTES) {
      expect(declaration, attribute).toMatch(new RegExp(`['"]?${attribute}['"]?\\?:`));
    }
    for (const file of ['guide-html.html', 'guide-vue.html', 'guide-angular.html']) {
      const text = byFile.get(file)!.codeTexts.join(' ');
      for (const event of EVENTS) expect(text, `${file}: ${event}`).toContain(event);
    }
  });

  for (const guide of guides) {
    describe(guide.file, () => {
      it('has one h1, a title, a language and the site header with Guides as the current page', () => {
        const { doc } = guide;
        expect(doc.querySelectorAll('h1')).toHaveLength(1);
        expect(doc.title).toMatch(/^Stamp Out: \S/);
        expect(doc.documentElement.getAttribute('lang')).toMatch(/^[a-z]{2}/);
        // The build puts the shared header (scripts/site-header.ts) where the page asks for it.
        expect(guide.source).toMatch(/<body>\s*<!-- site-header -->/);
        expect(doc.querySelectorAll('main')).toHaveLength(1);
      });

      it('keeps its headings in order and makes every code block focusable', () => {
        let previous = 0;
        for (const heading of guide.doc.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
          const level = Number(heading.tagName[1]);
          expect(level, heading.textContent ?? '').toBeLessThanOrEqual(previous + 1);
          previous = level;
        }
        for (const pre of guide.doc.querySelectorAll('pre')) {
          expect(pre.getAttribute('tabindex')).toBe('0');
          expect(pre.firstElementChild?.tagName).toBe('CODE');
        }
      });

      it('links only to pages of the site, downloads or https addresses', () => {
        const hrefs = [...guide.doc.querySelectorAll('a[href], link[href]')].map(
          (element) => element.getAttribute('href') ?? '',
        );
        expect(hrefs.map((href) => linkProblem(guide, href)).filter(Boolean)).toEqual([]);
      });

      it('uses only attributes, options and events the element has', () => {
        const problems = [...guide.codeTexts, ...guide.samples].flatMap(apiProblems);
        const ownScripts = [...guide.doc.querySelectorAll('script[src*="stamp-out"]')];
        for (const script of ownScripts) {
          for (const name of script.getAttributeNames()) {
            if (name.startsWith('data-') && !DATA_OPTIONS.has(name))
              problems.push(`unknown option "${name}"`);
          }
        }
        expect(problems).toEqual([]);
      });

      it('loads no script, and shows no script, from a third-party host', () => {
        const pageScripts = [...guide.doc.querySelectorAll('script[src]')].map(
          (script) => script.getAttribute('src') ?? '',
        );
        const sampleScripts = guide.samples.flatMap(scriptUrlsIn);
        expect([...pageScripts, ...sampleScripts].filter((url) => !isOwnScriptUrl(url))).toEqual([]);
      });
    });
  }
});
