// `npm run build`: the widget (classic + module + lazy locales), the extension for Chrome and
// Firefox (unpacked + zips) and the demo site, all under dist/.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { build } from 'vite';
import { buildManifest, type TargetBrowser } from '../extension/manifest.config.js';
import { iconPng } from './make-icons.mjs';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;

async function buildMode(mode: string): Promise<void> {
  const started = performance.now();
  await build({ configFile: join(root, 'vite.config.ts'), mode });
  console.log(`built ${mode} in ${Math.round(performance.now() - started)} ms`);
}

/** Non-English locales become ES modules beside the widget, loaded only when used. */
function writeWidgetLocales(): void {
  const from = join(root, 'shared/i18n/locales');
  const to = join(dist, 'widget/locales');
  mkdirSync(to, { recursive: true });
  for (const file of readdirSync(from).filter((name) => name.endsWith('.json') && name !== 'en.json')) {
    const resource: unknown = JSON.parse(readFileSync(join(from, file), 'utf8'));
    writeFileSync(join(to, file.replace(/\.json$/, '.js')), `export default ${JSON.stringify(resource)};\n`);
  }
}

/** Relative path → bytes of every file in a folder, for zipping. */
function filesOf(folder: string, prefix = ''): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {};
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) Object.assign(out, filesOf(path, `${prefix}${entry.name}/`));
    else out[`${prefix}${entry.name}`] = readFileSync(path);
  }
  return out;
}

/** Each browser gets the same files and its own manifest, unpacked and as a store-ready zip. */
function writeExtensions(): void {
  const built = join(dist, 'extension/build');
  mkdirSync(join(built, 'icons'), { recursive: true });
  for (const size of [16, 32, 48, 128]) writeFileSync(join(built, `icons/icon-${size}.png`), iconPng(size));
  for (const browser of ['chrome', 'firefox'] satisfies TargetBrowser[]) {
    const folder = join(dist, 'extension', browser);
    cpSync(built, folder, { recursive: true });
    writeFileSync(
      join(folder, 'manifest.json'),
      `${JSON.stringify(buildManifest(browser, version), null, 2)}\n`,
    );
    writeFileSync(
      join(dist, 'extension', `stamp-out-${browser}-${version}.zip`),
      zipSync(filesOf(folder), { level: 9 }),
    );
  }
  rmSync(built, { recursive: true });
}

/** The demo is static HTML; it gets its own copy of the built widget. */
function writeDemo(): void {
  const to = join(dist, 'demo');
  // The pages, styles and assets; the TypeScript is built into them by Vite.
  cpSync(join(root, 'demo'), to, {
    recursive: true,
    filter: (path) => !path.endsWith('.ts') && !path.endsWith('/ad-checker'),
  });
  cpSync(join(dist, 'widget'), join(to, 'widget'), { recursive: true });
}

rmSync(dist, { recursive: true, force: true });
const MODES = [
  'widget-classic',
  'widget-module',
  'extension-content',
  'extension-panel',
  'extension-background',
  'extension-pages',
];
const DEMO_MODES = ['demo-ad-checker'];
for (const mode of MODES) {
  await buildMode(mode);
}
writeWidgetLocales();
writeExtensions();
writeDemo();
for (const mode of DEMO_MODES) await buildMode(mode);
