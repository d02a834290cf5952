// @web/test-runner: component tests in real (Debian) Chromium. Files: tests/browser/**/*.browser.test.ts
import { fileURLToPath } from 'node:url';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { countReporter } from './scripts/wtr-count-reporter.mjs';
import { assertChromium, CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

assertChromium();

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
    esbuildPlugin({
      ts: true,
      json: true,
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
      define: { __STAMP_OUT_VERSION__: '"test"' },
    }),
  ],
};
