// `npm run build`: the widget (classic + module + lazy locales), the extension for Chrome and
// Firefox (unpacked + zips) and the demo site, all under dist/.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { zipSync } from 'fflate';
import { build } from 'vite';
import { buildManifest, type TargetBrowser } from '../extension/manifest.config.js';
import { iconPng } from './make-icons.mjs';
import { apiPageHtml } from './api-page.js';
import { SITE_HEADER_PLACEHOLDER, siteHeader } from './site-header.js';
import { type ElementManifest, writeElementManifest } from './element-manifest.js';
import {
  assertUnpublishedOrSame,
  isServedWidgetFile,
  readPublished,
  releaseFiles,
  widgetRelease,
} from './widget-release.js';

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

/** The npm package's TypeScript declarations (dist/types/), from the module entry's imports. */
function writeTypes(): void {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.types.json')], {
    cwd: root,
    stdio: 'inherit',
  });
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

/** A demo folder holding `<name>.ts` is a page's script, built by Vite rather than copied. */
function isScriptFolder(path: string): boolean {
  const name = basename(path);
  return existsSync(join(path, `${name}.ts`));
}

/**
 * The site is static HTML. Pages write `<!-- site-header -->` for the shared header, and may write
 * `%STAMP_OUT_VERSION%`, `%STAMP_OUT_INTEGRITY%` and `%STAMP_OUT_MODULE_INTEGRITY%`; the build fills
 * them in (the hashes from the built widget). The site serves the widget twice: `widget/` for its own
 * pages and `widget/<version>/`, the immutable copy that snippets pin.
 */
function writeDemo(): void {
  const to = join(dist, 'demo');
  const release = widgetRelease(join(dist, 'widget'), version);
  cpSync(join(root, 'demo'), to, {
    recursive: true,
    filter: (path) => !path.endsWith('.ts') && !isScriptFolder(path),
  });
  for (const page of readdirSync(to).filter((name) => name.endsWith('.html'))) {
    const path = join(to, page);
    writeFileSync(
      path,
      readFileSync(path, 'utf8')
        .replace(SITE_HEADER_PLACEHOLDER, siteHeader(page))
        .replaceAll('%STAMP_OUT_VERSION%', release.version)
        .replaceAll('%STAMP_OUT_INTEGRITY%', release.integrity)
        .replaceAll('%STAMP_OUT_MODULE_INTEGRITY%', release.moduleIntegrity),
    );
  }
  const widgetFiles = join(dist, 'widget');
  cpSync(widgetFiles, join(to, 'widget'), { recursive: true, filter: isServedWidgetFile });
  cpSync(widgetFiles, join(to, 'widget', version), { recursive: true, filter: isServedWidgetFile });
  // The element's API: the manifest itself and a page made from it.
  const manifest = JSON.parse(
    readFileSync(join(dist, 'widget/custom-elements.json'), 'utf8'),
  ) as ElementManifest;
  cpSync(join(dist, 'widget/custom-elements.json'), join(to, 'custom-elements.json'));
  writeFileSync(join(to, 'api.html'), apiPageHtml(manifest, release));
  mkdirSync(join(to, 'downloads'), { recursive: true });
  writeFileSync(
    join(to, 'downloads', `stamp-out-widget-${version}.zip`),
    zipSync(filesOf(join(to, 'widget', version), `stamp-out-${version}/`), { level: 9 }),
  );
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
const DEMO_MODES = ['demo-scripts'];
for (const mode of MODES) {
  await buildMode(mode);
}
writeWidgetLocales();
// Before anything else is built: a published version's files must come out byte for byte the same.
assertUnpublishedOrSame(
  version,
  releaseFiles(join(dist, 'widget')),
  readPublished(join(root, 'releases.json')),
);
writeElementManifest(root, join(dist, 'widget/custom-elements.json'));
writeTypes();
writeExtensions();
writeDemo();
for (const mode of DEMO_MODES) await buildMode(mode);
