// The React and Vue guides' code, for real: the samples are read from demo/guide-react.html and
// demo/guide-vue.html, written into small apps that install the packed npm package, type-checked
// (React), bundled with Vite exactly as the guides say (their vite.config.ts, their locales copy
// command), served, and opened in Chromium. If a guide's sample breaks, this file fails (run after build).
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { Window } from 'happy-dom';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build, createServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertChromium, CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { helplinesFor } from '../../shared/content/helplines.js';
import { installPacked, packPackage } from '../support/packed-package.js';

const root = new URL('../..', import.meta.url).pathname;
const run = promisify(execFile);

/** Text of every `<pre><code>` block of a guide, entities decoded. */
async function codeBlocks(guide: string): Promise<string[]> {
  const window = new Window();
  const doc = new window.DOMParser().parseFromString(
    readFileSync(join(root, 'demo', guide), 'utf8'),
    'text/html',
  ) as unknown as Document;
  const blocks = [...doc.querySelectorAll('pre > code')].map((code) => code.textContent ?? '');
  await window.happyDOM.close();
  return blocks;
}

/** The one block of a guide that matches every test: a sample the guide stops showing fails here. */
function block(blocks: string[], guide: string, ...tests: ((code: string) => boolean)[]): string {
  const found = blocks.filter((code) => tests.every((test) => test(code)));
  if (found.length !== 1)
    throw new Error(`${guide}: expected one matching code sample, found ${found.length}`);
  return found[0]!;
}
const has = (text: string) => (code: string) => code.includes(text);
const lacks = (text: string) => (code: string) => !code.includes(text);

/** Attributes with a literal value on the first `<stamp-out-panel …>` of a sample. */
function literalAttributes(code: string): Record<string, string> {
  const tag = /<stamp-out-panel\b([^>]*?)\/?>/.exec(code)?.[1] ?? '';
  return Object.fromEntries([...tag.matchAll(/(?:^|\s)([a-z][\w-]*)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
}

const react = await codeBlocks('guide-react.html');
const reactSamples = {
  /** "Show the panel". */
  basic: block(react, 'guide-react', has('export function HelpPanel'), lacks('useEffect')),
  /** "Listen to events": the component the app renders. */
  events: block(react, 'guide-react', has('useEffect'), has("addEventListener('stamp-out-contact'")),
  /** Every option as a string, a JSX fragment. */
  options: block(react, 'guide-react', (code) => code.startsWith('<stamp-out-panel'), has('lang="pl"')),
  /** The JSX declaration for TypeScript. */
  declaration: block(react, 'guide-react', has("declare module 'react'"), has('IntrinsicElements')),
  /** Server rendering: the import from an effect. */
  clientOnly: block(react, 'guide-react', has("'use client'"), has("import('stamp-out')")),
  viteConfig: block(react, 'guide-react', has('defineConfig'), has('@vitejs/plugin-react')),
  copyLocales: block(react, 'guide-react', has('cp -R node_modules/stamp-out/dist/widget/locales')),
};
const vue = await codeBlocks('guide-vue.html');
const vueSamples = {
  main: block(vue, 'guide-vue', has('createApp(App)'), has("import 'stamp-out'")),
  viteConfig: block(vue, 'guide-vue', has('defineConfig'), has('isCustomElement')),
  component: block(vue, 'guide-vue', has('<template>'), has('@stamp-out-contact')),
  copyLocales: block(vue, 'guide-vue', has('cp -R node_modules/stamp-out/dist/widget/locales')),
};

// Stand-ins for the Vite plugins the guides' configs import (not installed here): each does what the
// real plugin does for these apps, so the guides' vite.config.ts files are loaded as they are.
const PLUGIN_REACT = `// Stand-in for @vitejs/plugin-react: React's automatic JSX runtime.
export default function react() {
  return { name: 'react-stand-in', config: () => ({ oxc: { jsx: { runtime: 'automatic', importSource: 'react' } } }) };
}
`;
const PLUGIN_VUE = `// Stand-in for @vitejs/plugin-vue: compiles single-file components with vue/compiler-sfc, with the
// plugin's \`template\` options (so \`template.compilerOptions.isCustomElement\` reaches the compiler).
import { compileScript, parse } from 'vue/compiler-sfc';
import { transformWithOxc } from 'vite';

export default function vue(options = {}) {
  return {
    name: 'vue-stand-in',
    config: () => ({
      define: {
        __VUE_OPTIONS_API__: 'true',
        __VUE_PROD_DEVTOOLS__: 'false',
        __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
      },
    }),
    async transform(code, id) {
      if (!id.endsWith('.vue')) return null;
      const templateParseOptions = options.template?.compilerOptions;
      const { descriptor, errors } = parse(code, { filename: id, templateParseOptions });
      if (errors.length > 0) throw errors[0];
      const script = compileScript(descriptor, { id, inlineTemplate: true, templateOptions: options.template });
      const result = await transformWithOxc(script.content, id, { lang: script.lang === 'ts' ? 'ts' : 'js' });
      return { code: result.code, map: null, moduleType: 'js' };
    },
  };
}
`;

const scratch = mkdtempSync(join(tmpdir(), 'stamp-out-frameworks-'));
let tarball = '';
let server: Server;
let origin = '';
let browser: Browser;
let typeCheck: Promise<string>;
let reactDir = '';

function write(dir: string, path: string, text: string): void {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
}

/** A consumer app in `scratch/name`: the packed package, its dependencies and `dependencies` installed. */
function consumer(name: string, dependencies: string[], plugin: [string, string]): string {
  const dir = join(scratch, name);
  // As npm would install them: the package with its dependencies, the framework's, and Vite itself.
  installPacked(tarball, dir, [...dependencies, 'vite']);
  const [pluginName, pluginSource] = plugin;
  write(
    dir,
    `node_modules/${pluginName}/package.json`,
    JSON.stringify({ name: pluginName, type: 'module', exports: './index.js' }),
  );
  write(dir, `node_modules/${pluginName}/index.js`, pluginSource);
  write(dir, 'package.json', JSON.stringify({ name: `${name}-app`, private: true, type: 'module' }));
  return dir;
}

/** Runs the guide's shell commands that copy the translations, in the app's folder. */
function copyLocales(dir: string, commands: string): void {
  execFileSync('sh', ['-e', '-c', commands], { cwd: dir });
}

/** A development build (so Vue and React keep their console warnings), with relative URLs. */
async function bundle(dir: string): Promise<void> {
  await build({
    root: dir,
    configFile: join(dir, 'vite.config.ts'),
    base: './',
    mode: 'development',
    define: { 'process.env.NODE_ENV': JSON.stringify('development') },
    logLevel: 'error',
  });
}

function reactApp(): string {
  const dir = consumer(
    'react',
    ['react', 'react-dom', '@types/react', '@types/react-dom'],
    ['@vitejs/plugin-react', PLUGIN_REACT],
  );
  write(dir, 'vite.config.ts', reactSamples.viteConfig);
  write(dir, 'src/stamp-out.d.ts', reactSamples.declaration);
  write(dir, 'src/Basic.tsx', reactSamples.basic);
  write(dir, 'src/HelpPanel.tsx', reactSamples.events);
  write(dir, 'src/ClientOnly.tsx', reactSamples.clientOnly);
  const fragment = reactSamples.options.replace(/^/gm, '    ');
  write(
    dir,
    'src/Options.tsx',
    `export function Options({ country }: { country: string }) {\n  return (\n${fragment}\n  );\n}\n`,
  );
  write(
    dir,
    'src/main.tsx',
    [
      "import { StrictMode } from 'react';",
      "import { createRoot } from 'react-dom/client';",
      "import { HelpPanel } from './HelpPanel';",
      "import { Options } from './Options';",
      '',
      "createRoot(document.getElementById('root')!).render(",
      '  <StrictMode>',
      '    <section id="events"><HelpPanel /></section>',
      '    <section id="options"><Options country="PL" /></section>',
      '  </StrictMode>,',
      ');',
      '',
    ].join('\n'),
  );
  write(
    dir,
    'index.html',
    '<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>React app</title></head>\n<body>\n<div id="root"></div>\n<script type="module" src="/src/main.tsx"></script>\n</body>\n</html>\n',
  );
  // Vite's React + TypeScript template settings, strict, and the libraries' own types checked too.
  write(
    dir,
    'tsconfig.json',
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        module: 'ESNext',
        moduleResolution: 'bundler',
        moduleDetection: 'force',
        jsx: 'react-jsx',
        strict: true,
        noUnusedLocals: true,
        noUnusedParameters: true,
        noUncheckedSideEffectImports: true,
        verbatimModuleSyntax: true,
        isolatedModules: true,
        skipLibCheck: false,
        types: [],
        noEmit: true,
      },
      include: ['src'],
    }),
  );
  copyLocales(dir, reactSamples.copyLocales);
  return dir;
}

function vueApp(): string {
  const dir = consumer('vue', ['vue'], ['@vitejs/plugin-vue', PLUGIN_VUE]);
  write(dir, 'vite.config.ts', vueSamples.viteConfig);
  write(dir, 'src/main.ts', vueSamples.main);
  write(dir, 'src/App.vue', vueSamples.component);
  write(
    dir,
    'index.html',
    '<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Vue app</title></head>\n<body>\n<div id="app"></div>\n<script type="module" src="/src/main.ts"></script>\n</body>\n</html>\n',
  );
  copyLocales(dir, vueSamples.copyLocales);
  return dir;
}

beforeAll(async () => {
  assertChromium();
  tarball = packPackage(scratch);
  reactDir = reactApp();
  const vueDir = vueApp();
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  typeCheck = run(process.execPath, [tsc, '-p', reactDir], { encoding: 'utf8' }).then(
    ({ stdout }) => stdout,
    (error: { stdout?: string }) => String(error.stdout ?? error),
  );
  typeCheck.catch(() => undefined);
  await Promise.all([bundle(reactDir), bundle(vueDir)]);
  ({ server, origin } = await startStaticServer(scratch));
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}, 90000);

afterAll(async () => {
  await typeCheck?.catch(() => undefined);
  await browser?.close();
  server?.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** A page, with what it logged and requested. */
interface Opened {
  readonly page: Page;
  readonly messages: { type: string; text: string }[];
  /** Paths of every request. */
  readonly requested: string[];
  /** URLs of failed requests. */
  readonly failed: string[];
}

async function open(url: string): Promise<Opened> {
  const page = await browser.newPage();
  const opened: Opened = { page, messages: [], requested: [], failed: [] };
  page.on('console', (message) => opened.messages.push({ type: message.type(), text: message.text() }));
  page.on('pageerror', (error) => opened.messages.push({ type: 'pageerror', text: String(error) }));
  page.on('request', (request) => opened.requested.push(new URL(request.url()).pathname));
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico'))
      opened.failed.push(response.url());
  });
  // A tel: link must not leave the page: cancel the browser's default action. This capture listener
  // runs before the panel's own, which still reports the click.
  await page.addInitScript(() => {
    window.addEventListener(
      'click',
      (event) => {
        const link = event.composedPath().find((node) => node instanceof HTMLAnchorElement);
        if (link && (link as HTMLAnchorElement).protocol === 'tel:') event.preventDefault();
      },
      true,
    );
  });
  await page.goto(url.startsWith('/') ? `${origin}${url}` : url);
  return opened;
}

/** Waits until the panel at `selector` has rendered, in `lang` when given. */
async function rendered(page: Page, selector: string, lang?: string): Promise<void> {
  await page.waitForFunction(
    ([sel, language]) =>
      document
        .querySelector(sel!)
        ?.shadowRoot?.querySelector(
          language ? `.root[lang="${language}"] a.action-phone` : '.root a.action-phone',
        ),
    [selector, lang],
    { timeout: 15000 },
  );
}

/** Clicks a panel's first phone link; resolves to what the guide's handler logged, each time it ran. */
async function useHelpline({ page, messages }: Opened, panel: string): Promise<string[]> {
  const logged = page.waitForEvent('console', {
    predicate: (message) => message.text().startsWith('Helpline used:'),
    timeout: 5000,
  });
  await page.locator(`${panel} a.action-phone`).first().click();
  await logged;
  await page.evaluate(() => undefined); // Console messages logged with the first one have arrived.
  return messages.filter((message) => message.text.startsWith('Helpline used:')).map(({ text }) => text);
}

/** The panel's state, read in the page. */
function panelState(page: Page, selector: string) {
  return page.evaluate((sel) => {
    const panel = document.querySelector(sel)!;
    const shadow = panel.shadowRoot!;
    return {
      attributes: Object.fromEntries(
        panel.getAttributeNames().map((name) => [name, panel.getAttribute(name)]),
      ),
      lang: shadow.querySelector('.root')?.getAttribute('lang'),
      phone: shadow.querySelector('a.action-phone')?.getAttribute('href'),
      quickExit: Boolean(shadow.querySelector('.quick-exit-link')),
    };
  }, selector);
}

/** No errors, no failed request, no warning from the widget or from Vue. */
function expectClean({ messages, failed }: Opened): void {
  const problems = messages.filter(
    (message) =>
      // Failed requests are listed by URL (the browser also asks for a favicon, which is not there).
      (['error', 'pageerror'].includes(message.type) && !message.text.includes('status of 404')) ||
      message.text.startsWith('[stamp-out]') ||
      message.text.includes('[Vue warn]'),
  );
  expect(problems).toEqual([]);
  expect(failed).toEqual([]);
}

const gbPhone = `tel:${helplinesFor('GB')!.services.find((service) => service.phone)!.phone!.dial}`;
const plPhone = `tel:${helplinesFor('PL')!.services.find((service) => service.phone)!.phone!.dial}`;

describe('the React guide', () => {
  let app: Opened;
  beforeAll(async () => {
    app = await open('/react/dist/index.html');
  });
  afterAll(() => app?.page.close());

  it("renders the sample panel, with the sample's options, and the guide's event handler runs", async () => {
    await rendered(app.page, '#events stamp-out-panel');
    const state = await panelState(app.page, '#events stamp-out-panel');
    expect(literalAttributes(reactSamples.events)).toEqual({ region: 'GB', audience: 'jobseeker' });
    expect(state.attributes).toMatchObject(literalAttributes(reactSamples.events));
    expect(state.phone).toBe(gbPhone);
    expect(await useHelpline(app, '#events stamp-out-panel')).toEqual(['Helpline used: phone GB']);
    expect(app.page.url()).toBe(`${origin}/react/dist/index.html`);
    expectClean(app);
  });

  it('passes every option as a string, and the Polish translation loads from where the guide copies it', async () => {
    await rendered(app.page, '#options stamp-out-panel', 'pl');
    const state = await panelState(app.page, '#options stamp-out-panel');
    const { lang, ...attributes } = literalAttributes(reactSamples.options);
    expect(lang).toBe('pl');
    // `lang` is not reflected to the attribute (see the element); the panel's words are Polish.
    expect(state.attributes).toMatchObject({ ...attributes, region: 'PL' });
    expect(state.lang).toBe('pl');
    expect(state.phone).toBe(plPhone);
    expect(state.quickExit).toBe(true);
    expect(app.requested).toContain('/react/dist/assets/locales/pl.js');
    expectClean(app);
  });

  it("in Vite's development server, optimizeDeps.exclude serves Stamp Out beside its translations", async () => {
    expect(reactSamples.viteConfig).toContain("optimizeDeps: { exclude: ['stamp-out'] }");
    const dev = await createServer({
      root: reactDir,
      configFile: join(reactDir, 'vite.config.ts'),
      logLevel: 'error',
      server: { host: '127.0.0.1', port: 0, hmr: false, watch: null },
    });
    try {
      await dev.listen();
      const devApp = await open(dev.resolvedUrls!.local[0]!);
      await rendered(devApp.page, '#options stamp-out-panel', 'pl');
      expect(devApp.requested).toContain('/node_modules/stamp-out/dist/widget/stamp-out.mjs');
      expect(devApp.requested).toContain('/node_modules/stamp-out/dist/widget/locales/pl.js');
      expectClean(devApp);
      await devApp.page.close();
    } finally {
      await dev.close();
    }
  });
});

describe('the Vue guide', () => {
  let app: Opened;
  beforeAll(async () => {
    app = await open('/vue/dist/index.html');
  });
  afterAll(() => app?.page.close());

  it("renders the component's panel as a custom element, with its bound options, and its handler runs", async () => {
    await rendered(app.page, '#app stamp-out-panel');
    const state = await panelState(app.page, '#app stamp-out-panel');
    // `:region="region"` is bound to ref('GB'); the others are literal.
    expect(vueSamples.component).toContain(':region="region"');
    expect(vueSamples.component).toContain("ref('GB')");
    expect(state.attributes).toMatchObject({ ...literalAttributes(vueSamples.component), region: 'GB' });
    expect(state.phone).toBe(gbPhone);
    expect(state.quickExit).toBe(true);
    expect(await useHelpline(app, '#app stamp-out-panel')).toEqual(['Helpline used: phone GB']);
    // A development build, so Vue would have warned "Failed to resolve component" (checked by
    // expectClean) had the guide's isCustomElement not reached the template compiler.
    const assets = join(scratch, 'vue/dist/assets');
    const bundled = readdirSync(assets)
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(join(assets, file), 'utf8'))
      .join('\n');
    expect(bundled.includes('[Vue warn]')).toBe(true);
    expectClean(app);
  });

  it('loads a translation from where the guide copies the locales', async () => {
    await app.page.evaluate(() => document.querySelector('#app stamp-out-panel')!.setAttribute('lang', 'pl'));
    await rendered(app.page, '#app stamp-out-panel', 'pl');
    expect(app.requested).toContain('/vue/dist/assets/locales/pl.js');
    expectClean(app);
  });
});

// Last, so the browser tests run while tsc works.
describe("the React guide's TypeScript", () => {
  it("type-checks: the samples, with the guide's JSX declaration, strict, library types included", async () => {
    expect(await typeCheck).toBe('');
  });
});
