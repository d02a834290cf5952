// The configurator end to end: choose options on the built site, take the snippet it writes, paste it
// into a plain page on ANOTHER origin, and check the browser loads the pinned file with its integrity
// hash and shows the configured panel. A tampered hash must stop the script.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { helplinesFor } from '../../shared/content/helplines.js';
import { assertChromium, CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { sriHash } from '../../scripts/widget-release.js';

const root = new URL('../..', import.meta.url).pathname;
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
let siteServer: Server;
let partnerServer: Server;
let site: string;
let partner: string;
let partnerFolder: string;
let browser: Browser;
const siteRequests: string[] = [];

beforeAll(async () => {
  assertChromium();
  ({ server: siteServer, origin: site } = await startStaticServer(join(root, 'dist/demo'), 0, (path) =>
    siteRequests.push(path),
  ));
  partnerFolder = mkdtempSync(join(tmpdir(), 'stamp-out-partner-'));
  ({ server: partnerServer, origin: partner } = await startStaticServer(partnerFolder));
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  siteServer?.close();
  partnerServer?.close();
  rmSync(partnerFolder, { recursive: true, force: true });
});

/** The panel in the configurator's preview frame. */
function previewPanel(page: Page) {
  return page.frameLocator('#preview-frame').locator('stamp-out-panel');
}

/** Fills the configurator like a partner would and returns the snippet it shows. */
async function configure(page: Page): Promise<string> {
  await page.goto(`${site}/configurator.html`);
  await previewPanel(page).waitFor({ state: 'attached' });
  await page.selectOption('#region', 'PL');
  await page.selectOption('#lang', 'pl');
  await page.check('input[name="audience"][value="jobseeker"]');
  await page.check('input[name="variant"][value="banner"]');
  await page.uncheck('input[name="types"][value="organ"]');
  await page.check('input[name="brand"]');
  await page.fill('#accent', '#6b21a8');
  await page.check('input[name="share"]');
  return (await page.locator('#snippet').textContent()) ?? '';
}

function partnerPage(name: string, snippet: string): string {
  writeFileSync(
    join(partnerFolder, `${name}.html`),
    `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>A partner</title></head>\n<body>\n<h1>Our campaign</h1>\n${snippet}\n</body>\n</html>\n`,
  );
  return `${partner}/${name}.html`;
}

describe('the configurator', () => {
  let configurator: Page;
  let snippet: string;
  beforeAll(async () => {
    configurator = await browser.newPage();
    snippet = await configure(configurator);
  });
  afterAll(() => configurator?.close());

  it('writes a version-pinned snippet whose integrity matches the served file', async () => {
    expect(snippet).toContain(`src="${site}/widget/${version}/stamp-out.js"`);
    const served = await (await fetch(`${site}/widget/${version}/stamp-out.js`)).arrayBuffer();
    expect(snippet).toContain(`integrity="${sriHash(new Uint8Array(served))}"`);
    expect(snippet).toContain('crossorigin="anonymous"');
    for (const option of [
      'data-region="PL"',
      'data-lang="pl"',
      'data-audience="jobseeker"',
      'data-variant="banner"',
      'data-types="labour,sexual,domestic,criminal"',
      'data-share',
      '--stamp-out-accent: #6b21a8;',
    ]) {
      expect(snippet).toContain(option);
    }
    // The live preview has the same options.
    const preview = previewPanel(configurator);
    await expect.poll(() => preview.getAttribute('region')).toBe('PL');
    expect(await preview.getAttribute('variant')).toBe('banner');
  });

  it('keeps an address that is not a full http(s) one out of the snippet, and says why beside the field', async () => {
    const page = await browser.newPage();
    await page.goto(`${site}/configurator.html`);
    await page.check('input[name="quick-exit"]');
    await page.fill('#exit-url', 'www.bbc.co.uk/news');
    // No error while typing; said once the person leaves the field.
    expect(await page.locator('#exit-url-error').textContent()).toBe('');
    await page.locator('#exit-url').press('Tab');
    expect(await page.locator('#exit-url-error').textContent()).toMatch(/full web address/);
    expect(await page.locator('#exit-url').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#snippet').textContent()).not.toContain('exit-url');
    await page.fill('#exit-url', 'https://www.bbc.co.uk/news');
    expect(await page.locator('#exit-url-error').textContent()).toBe('');
    expect(await page.locator('#snippet').textContent()).toContain(
      'data-exit-url="https://www.bbc.co.uk/news"',
    );
    await page.close();
  });

  it("the preview's quick exit leaves the preview frame, not the configurator", async () => {
    const page = await browser.newPage();
    await page.goto(`${site}/configurator.html`);
    await page.check('input[name="quick-exit"]');
    const exit = page.frameLocator('#preview-frame').locator('stamp-out-panel .quick-exit-link');
    await exit.click();
    // The frame left for the exit page (which this page's CSP, like many sites', won't show in a
    // frame); the configurator, its form and its history entry stay.
    const previewUrl = (): string | undefined =>
      page
        .frames()
        .find((frame) => frame.parentFrame())
        ?.url();
    await expect.poll(previewUrl).not.toMatch(/preview\.html$/);
    expect(page.url()).toBe(`${site}/configurator.html`);
    expect(await page.locator('#snippet').textContent()).toContain('data-quick-exit');
    // The preview can be brought back, and follows the form again.
    await page.click('#preview-again');
    await page.selectOption('#region', 'US');
    await expect.poll(() => previewPanel(page).getAttribute('region')).toBe('US');
    expect(await page.locator('#preview-gone').isHidden()).toBe(true);
    await page.close();
  });

  it('pasted into a plain page on another origin, loads with its hash and shows the configured panel', async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const errors: string[] = [];
    tab.on('console', (message) => {
      // 404s are checked by URL below (the browser asks the partner's server for a favicon).
      if (message.type() === 'error' && !message.text().includes('404')) errors.push(message.text());
    });
    const missing: string[] = [];
    tab.on('response', (response) => {
      if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) missing.push(response.url());
    });
    const scriptRequests: Promise<{ url: string; mode: string | undefined }>[] = [];
    tab.on('request', (request) => {
      if (request.url().endsWith('/stamp-out.js'))
        scriptRequests.push(
          request.allHeaders().then((headers) => ({ url: request.url(), mode: headers['sec-fetch-mode'] })),
        );
    });
    await tab.goto(partnerPage('pasted', snippet));
    await tab.waitForFunction(() => {
      const root = document.querySelector('stamp-out-panel')?.shadowRoot?.querySelector('.root');
      return root?.getAttribute('lang') === 'pl';
    });
    expect(new URL(tab.url()).origin).not.toBe(site);
    // Loaded from the site, in CORS mode (what `integrity` + `crossorigin` require), and accepted.
    expect(await Promise.all(scriptRequests)).toEqual([
      { url: `${site}/widget/${version}/stamp-out.js`, mode: 'cors' },
    ]);
    const state = await tab.evaluate(() => {
      const panel = document.querySelector('stamp-out-panel')!;
      const shadow = panel.shadowRoot!;
      return {
        attributes: Object.fromEntries(
          panel.getAttributeNames().map((name) => [name, panel.getAttribute(name)]),
        ),
        phone: shadow.querySelector('a.action-phone')?.getAttribute('href'),
        text: shadow.textContent ?? '',
        quickExit: Boolean(shadow.querySelector('.quick-exit-link')),
        share: Boolean(shadow.querySelector('.share-button')),
        accent: getComputedStyle(panel).getPropertyValue('--stamp-out-accent').trim(),
      };
    });
    const poland = helplinesFor('PL')!.services.find((service) => service.phone)!.phone!;
    expect(state.attributes).toMatchObject({
      region: 'PL',
      lang: 'pl',
      audience: 'jobseeker',
      variant: 'banner',
      types: 'labour,sexual,domestic,criminal',
    });
    expect(state.phone).toBe(`tel:${poland.dial}`);
    expect(state.text).toContain(poland.display);
    expect(state.quickExit).toBe(true);
    expect(state.share).toBe(true);
    expect(state.accent).toBe('#6b21a8');
    // The Polish words came from the pinned folder on the site, beside the script.
    expect(siteRequests).toContain(`/widget/${version}/locales/pl.js`);
    expect(errors).toEqual([]);
    expect(missing).toEqual([]);
    await context.close();
  });

  it('a snippet whose hash does not match the file is refused by the browser', async () => {
    const tampered = snippet.replace(
      /integrity="sha384-(.)/,
      (_, first: string) => `integrity="sha384-${first === 'A' ? 'B' : 'A'}`,
    );
    expect(tampered).not.toBe(snippet);
    const tab = await browser.newPage();
    const errors: string[] = [];
    tab.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await tab.goto(partnerPage('tampered', tampered));
    await expect.poll(() => errors.join('\n')).toMatch(/integrity/i);
    expect(await tab.evaluate(() => customElements.get('stamp-out-panel') === undefined)).toBe(true);
    await tab.close();
  });
});
