// `npm run screenshots`: pictures of the card in English, Arabic and Vietnamese, light and dark, taken
// in headless Chromium from the built widget, saved under docs/screenshots/ for the README.
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { assertChromium, CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { startStaticServer } from './static-server.mjs';

const SHOTS = [
  { lang: 'en', region: 'GB' },
  { lang: 'ar', region: 'GB' },
  { lang: 'vi', region: 'VN' },
] as const;
const THEMES = ['light', 'dark'] as const;

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'docs/screenshots');
assertChromium();
if (!existsSync(join(root, 'dist/widget/stamp-out.js'))) throw new Error('Run `npm run build` first.');

const site = mkdtempSync(join(tmpdir(), 'stamp-out-shots-'));
cpSync(join(root, 'dist/widget'), join(site, 'widget'), { recursive: true });
for (const { lang, region } of SHOTS) {
  for (const theme of THEMES) {
    const background = theme === 'dark' ? '#0b1220' : '#f3f4f6';
    writeFileSync(
      join(site, `${lang}-${theme}.html`),
      `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>body{margin:0;padding:16px;background:${background}}</style></head>` +
        `<body><div id="t"></div><script src="widget/stamp-out.js" data-target="#t" data-lang="${lang}" data-region="${region}" data-theme="${theme}" data-audience="jobseeker"></script></body></html>`,
    );
  }
}

const { server, origin } = await startStaticServer(site);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
mkdirSync(out, { recursive: true });
try {
  const page = await browser.newPage({ viewport: { width: 480, height: 800 }, deviceScaleFactor: 1 });
  for (const { lang } of SHOTS) {
    for (const theme of THEMES) {
      await page.goto(`${origin}/${lang}-${theme}.html`);
      await page.waitForFunction(
        (code) =>
          document.querySelector('stamp-out-panel')?.shadowRoot?.querySelector(`.root[lang="${code}"]`),
        lang,
      );
      await page.waitForTimeout(200);
      const file = join(out, `card-${lang}-${theme}.png`);
      await page.locator('stamp-out-panel').screenshot({ path: file });
      console.log(`wrote ${file}`);
    }
  }
} finally {
  await browser.close();
  server.close();
  rmSync(site, { recursive: true, force: true });
}
