import { readFileSync } from 'node:fs';
import { defineConfig, type UserConfig } from 'vite';
import { noLitGlobals } from './scripts/vite-no-lit-globals.js';

/**
 * One Vite config, one mode per output (`vite build --mode <mode>`; `npm run build` runs them all):
 * - `widget-classic` → dist/widget/stamp-out.js, the one-tag IIFE (no globals, no exports)
 * - `widget-module`  → dist/widget/stamp-out.mjs, the same as an ES module
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
    plugins: [noLitGlobals()],
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

export default defineConfig(({ mode }) => {
  switch (mode) {
    case 'widget-classic':
      return widget('widget/stamp-out.classic.ts', 'iife', 'stamp-out.js');
    case 'widget-module':
      return widget('widget/stamp-out.module.ts', 'es', 'stamp-out.mjs');
    default:
      throw new Error(`vite.config.ts: unknown mode "${mode}"; see scripts/build.mjs`);
  }
});
