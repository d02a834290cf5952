import { defineConfig } from 'vitest/config';

/** End-to-end: playwright-core driving Debian Chromium against the built files. Run after `npm run build`. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 30000,
    hookTimeout: 60000,
    fileParallelism: false,
  },
});
