// The built demo site: the ad checker works offline under its strict CSP, and every page passes axe.
import { readdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertChromium, CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { axeViolations } from '../support/axe-page.js';

const root = new URL('../..', import.meta.url).pathname;
let server: Server;
let origin: string;
let browser: Browser;

const AD = [
  'Urgent! Factory work in Germany for our client, no experience and no German needed.',
  'Before you travel you pay a registration fee of 300 euro. Accommodation is provided and deducted from your wages.',
  'We keep your passport during the contract. Contact us on WhatsApp only.',
].join('\n');

beforeAll(async () => {
  assertChromium();
  ({ server, origin } = await startStaticServer(join(root, 'dist/demo')));
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('the ad checker page', () => {
  it('checks a pasted ad in the page: level, marked phrases, explanations; no request, no CSP violation', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.addInitScript(() => {
      const seen: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) => seen.push(event.violatedDirective));
      Object.defineProperty(window, '__violations', { value: seen });
    });
    await page.goto(`${origin}/ad-checker.html`);
    await page.fill('#ad-text', AD);
    const loaded = requests.length;
    await page.click('button[type="submit"]');
    await page.locator('.analysis').waitFor();
    expect(await page.locator('.analysis').getAttribute('class')).toMatch(/level-(medium|high)/);
    expect(await page.locator('.found-sign').count()).toBeGreaterThanOrEqual(3);
    const marked = await page.locator('.ad-text mark').allTextContents();
    expect(marked.length).toBeGreaterThanOrEqual(3);
    for (const phrase of marked) expect(AD).toContain(phrase);
    expect(await page.locator('.found-sign dt').first().textContent()).toBeTruthy();
    // Nothing was fetched for the check itself, and nothing ever left the page's origin.
    expect(requests.slice(loaded)).toEqual([]);
    expect(requests.every((url) => url.startsWith(origin))).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual(
      [],
    );
    await context.close();
  });

  it('uses the language the person chose', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/ad-checker.html`);
    await page.fill(
      '#ad-text',
      'Praca w Niemczech, wysokie wynagrodzenie. Opłata rekrutacyjna 500 zł przed wyjazdem.',
    );
    await page.selectOption('#ad-lang', 'pl');
    await page.click('button[type="submit"]');
    await page.locator('.analysis').waitFor();
    expect(await page.locator('#result').textContent()).toContain('Polish');
    await page.close();
  });
});

describe('every site page passes axe', () => {
  // Every page the build writes, except the one whose point is a host stylesheet that breaks contrast.
  const pages = readdirSync(join(root, 'dist/demo'))
    .filter((file) => file.endsWith('.html') && file !== 'hostile-css.html')
    .map((file) => file.replace(/\.html$/, ''));

  it('covers the whole site', () => {
    for (const name of ['index', 'configurator', 'api', 'guides', 'print', 'ad-checker', 'examples']) {
      expect(pages).toContain(name);
    }
  });

  for (const name of pages) {
    it(name, async () => {
      // The CSP page would refuse the injected axe script: bypass CSP for the audit only.
      const context = await browser.newContext({ bypassCSP: true });
      const page = await context.newPage();
      // Every script and translation loaded (the configurator's preview frame too), then the panels' first paint.
      await page.goto(`${origin}/${name}.html`, { waitUntil: 'networkidle' });
      await page.waitForTimeout(200);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }
});
