import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';
import { noLitGlobals } from './scripts/vite-no-lit-globals.js';
import { stripProvenance } from './scripts/vite-strip-provenance.js';
import { widgetRelease } from './scripts/widget-release.js';

/**
 * One Vite config, one mode per output (`vite build --mode <mode>`; `npm run build` runs them all):
 * - `widget-classic` → dist/widget/stamp-out.js, the one-tag IIFE (no globals, no exports)
 * - `widget-module`  → dist/widget/stamp-out.mjs, the same as an ES module
 * - `extension-content`, `extension-panel`, `extension-background` → dist/extension/build/*.js (IIFE):
 *   the page detector, the panel stage it loads on job pages, and the background
 * - `extension-pages` → dist/extension/build/{popup,options}/ (the popup and options pages)
 * - `demo-scripts` → dist/demo/<name>.js for every demo/<name>/<name>.ts (the site's interactive pages)
 * scripts/build.ts then writes each browser's manifest and zips dist/extension/{chrome,firefox}/.
 */
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

const shared: UserConfig = {
  define: { __STAMP_OUT_VERSION__: JSON.stringify(pkg.version) },
  publicDir: false,
  logLevel: 'warn',
};

function widget(entry: string, format: 'iife' | 'es', fileName: string): UserConfig {
  return {
    ...shared,
    plugins: [noLitGlobals(), stripProvenance()],
    build: {
      outDir: 'dist/widget',
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      lib: { entry, formats: [format], fileName: () => fileName, name: 'StampOut' },
      rolldownOptions: { output: { minify: true } },
    },
  };
}

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
const EXTENSION_BUILD = here('./dist/extension/build');

/** A self-contained classic script for the extension (content scripts can't be ES modules). */
function extensionScript(entry: string, fileName: string): UserConfig {
  return {
    ...shared,
    plugins: [noLitGlobals()],
    build: {
      outDir: EXTENSION_BUILD,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      lib: { entry, formats: ['iife'], fileName: () => fileName, name: 'StampOutExtension' },
      rolldownOptions: { output: { minify: true } },
    },
  };
}

/**
 * The demo site's scripts: each folder `demo/<name>/` with a `<name>.ts` is one page's ES module at
 * dist/demo/<name>.js; what they share goes to dist/demo/chunks/. They see the built widget's version
 * and SRI hashes as `__STAMP_OUT_RELEASE__` (a `WidgetRelease`), so build the widget first.
 */
function demoScripts(): UserConfig {
  const input: Record<string, string> = {};
  for (const entry of readdirSync(here('./demo'), { withFileTypes: true })) {
    const script = here(`./demo/${entry.name}/${entry.name}.ts`);
    if (entry.isDirectory() && existsSync(script)) input[entry.name] = script;
  }
  const release = widgetRelease(here('./dist/widget'), pkg.version);
  return {
    ...shared,
    define: { ...shared.define, __STAMP_OUT_RELEASE__: JSON.stringify(release) },
    plugins: [noLitGlobals()],
    build: {
      outDir: here('./dist/demo'),
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      modulePreload: false,
      copyPublicDir: false,
      rolldownOptions: {
        input,
        output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', minify: true },
      },
    },
  };
}

export default defineConfig(({ mode }) => {
  switch (mode) {
    case 'widget-classic':
      return widget('widget/stamp-out.classic.ts', 'iife', 'stamp-out.js');
    case 'widget-module':
      return widget('widget/stamp-out.module.ts', 'es', 'stamp-out.mjs');
    case 'extension-content':
      return extensionScript('extension/content/main.ts', 'content.js');
    case 'demo-scripts':
      return demoScripts();
    case 'extension-panel':
      return extensionScript('extension/content/panel-stage.ts', 'panel.js');
    case 'extension-background':
      return extensionScript('extension/background/service-worker.ts', 'background.js');
    case 'extension-pages':
      return {
        ...shared,
        root: here('./extension'),
        base: './',
        plugins: [noLitGlobals()],
        build: {
          outDir: EXTENSION_BUILD,
          emptyOutDir: false,
          target: 'es2022',
          minify: true,
          modulePreload: false,
          rolldownOptions: {
            input: {
              popup: here('./extension/popup/popup.html'),
              options: here('./extension/options/options.html'),
            },
          },
        },
      };
    default:
      throw new Error(`vite.config.ts: unknown mode "${mode}"; see scripts/build.ts`);
  }
});
