// The BUILT Firefox extension, installed as a temporary add-on in firefox-esr (puppeteer-core over
// WebDriver BiDi), shows its panel on a job ad. The job site's host name resolves to this machine
// (Firefox's `network.dns.localDomains`), so the manifest's `matches` apply as in production.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const root = new URL('../..', import.meta.url).pathname;
const extensionDir = join(root, 'dist/extension/firefox');

let browser: Browser;
let server: Server;
let port: number;

beforeAll(async () => {
  if (!existsSync(FIREFOX)) {
    throw new Error(`Firefox not found at ${FIREFOX}: apt-get install -y firefox-esr, or set FIREFOX_PATH.`);
  }
  // Every path answers with the job ad fixture, as uk.indeed.com/viewjob?jk=… would.
  const ad = readFileSync(join(root, 'tests/e2e/fixtures/indeed-viewjob.html'));
  server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ad);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: {
      'network.dns.localDomains': 'uk.indeed.com',
      'dom.security.https_first': false,
      'dom.security.https_only_mode': false,
    },
  });
  await browser.installExtension(extensionDir);
}, 60000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('the Firefox build', () => {
  it('shows the panel on a job ad', async () => {
    const page = await browser.newPage();
    await page.goto(`http://uk.indeed.com:${port}/viewjob?jk=0f1e2d3c4b5a6978`);
    const state = await page.waitForFunction(
      () => document.querySelector('[data-stamp-out]')?.getAttribute('data-stamp-out'),
      { timeout: 15000 },
    );
    expect(['medium', 'high']).toContain(await state.jsonValue());
    const closed = await page.evaluate(() => document.querySelector('[data-stamp-out]')!.shadowRoot === null);
    expect(closed).toBe(true);
    await page.close();
  }, 30000);
});
