// @web/test-runner: component tests in real (Debian) Chromium. Files: tests/browser/**/*.browser.test.ts
import { fileURLToPath } from 'node:url';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { countReporter } from './scripts/wtr-count-reporter.mjs';
import { assertChromium, CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

assertChromium();

/**
 * `emulate-media-features`: forced colours, reduced motion, colour scheme and print. Straight to the
 * DevTools protocol, because puppeteer's own helper refuses `forced-colors`. `grant-clipboard`: lets
 * the page use the clipboard, as the share button's copy fallback needs.
 */
// Emulation lasts as long as its DevTools session, so each page keeps one.
const sessions = new WeakMap();
const mediaFeaturesCommand = {
  name: 'stamp-out-media-features',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-media-features' && command !== 'grant-clipboard') return undefined;
    const page = session.browser.getPage(session.id);
    if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
    const client = sessions.get(page);
    if (command === 'grant-clipboard') {
      // The real clipboard, as a person who allowed it would have (headless asks no one).
      await client.send('Browser.grantPermissions', {
        origin: new URL(page.url()).origin,
        permissions: ['clipboardReadWrite', 'clipboardSanitizedWrite'],
      });
      return true;
    }
    await client.send('Emulation.setEmulatedMedia', {
      media: payload.media ?? '',
      features: payload.features ?? [],
    });
    return true;
  },
};

export default {
  files: ['tests/browser/**/*.browser.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 1,
  reporters: [defaultReporter(), summaryReporter(), countReporter()],
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({ launchOptions: { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS } }),
  ],
  plugins: [
    mediaFeaturesCommand,
    esbuildPlugin({
      ts: true,
      json: true,
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
      define: { __STAMP_OUT_VERSION__: '"test"' },
    }),
  ],
};
