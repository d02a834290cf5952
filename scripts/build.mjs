// Builds every output: the widget (classic + module + lazy locales) and the demo site.
// Usage: node scripts/build.mjs
import { build } from 'vite';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');

async function buildMode(mode) {
  const started = performance.now();
  await build({ root, configFile: join(root, 'vite.config.ts'), mode });
  console.log(`built ${mode} in ${Math.round(performance.now() - started)} ms`);
}

/** Non-English locales become ES modules beside the widget, loaded only when used. */
function writeWidgetLocales() {
  const from = join(root, 'shared/i18n/locales');
  const to = join(dist, 'widget/locales');
  mkdirSync(to, { recursive: true });
  for (const file of readdirSync(from).filter((name) => name.endsWith('.json') && name !== 'en.json')) {
    const resource = JSON.parse(readFileSync(join(from, file), 'utf8'));
    writeFileSync(join(to, file.replace(/\.json$/, '.js')), `export default ${JSON.stringify(resource)};\n`);
  }
}

/** The demo is static HTML; it gets its own copy of the built widget. */
function writeDemo() {
  const to = join(dist, 'demo');
  cpSync(join(root, 'demo'), to, { recursive: true });
  cpSync(join(dist, 'widget'), join(to, 'widget'), { recursive: true });
}

rmSync(dist, { recursive: true, force: true });
await buildMode('widget-classic');
await buildMode('widget-module');
writeWidgetLocales();
writeDemo();
