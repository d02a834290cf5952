// The print page on the built site: a live preview in any language and region, a print stylesheet that
// shows only the card or poster with the number large, a poster that fits one A4 page in every language.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../shared/i18n/languages.js';
import { assertChromium, CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { axeViolations } from '../support/axe-page.js';

const root = new URL('../..', import.meta.url).pathname;
const printHeading = (code: string): string =>
  (
    JSON.parse(readFileSync(join(root, `shared/i18n/locales/print/${code}.json`), 'utf8')) as {
      heading: string;
    }
  ).heading;
let server: Server;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  assertChromium();
  ({ server, origin } = await startStaticServer(join(root, 'dist/demo')));
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** A page that records console errors, page errors, CSP violations and every request. */
async function openPage(
  context: BrowserContext,
  query = '',
): Promise<{ page: Page; problems: string[]; requests: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // The browser asks for /favicon.ico on its own; that 404 is checked by URL below.
    if (message.type() === 'error' && !message.text().includes('404')) problems.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico'))
      problems.push(`${response.status()} ${response.url()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective}`),
    );
  });
  await page.goto(`${origin}/print.html${query}`);
  await page.locator('.sheet').waitFor();
  return { page, problems, requests };
}

const pageCount = (pdf: Buffer): number =>
  (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
const mediaBoxes = (pdf: Buffer): string[] =>
  (pdf.toString('latin1').match(/\/MediaBox\s*\[[^\]]*\]/g) ?? []).map((box) =>
    box.replace(/\/MediaBox\s*\[\s*|\s*\]/g, ''),
  );
const pixels = (size: string): number => Number.parseFloat(size);

describe('the print page', () => {
  it('loads with no errors and shows the GB poster in English, with the number and a QR code', async () => {
    const context = await browser.newContext();
    const { page, problems, requests } = await openPage(context);
    const sheet = page.locator('.sheet');
    expect(await sheet.getAttribute('lang')).toBe('en');
    expect(await sheet.getAttribute('dir')).toBe('ltr');
    expect(await sheet.getAttribute('class')).toContain('sheet-poster');
    expect(await page.locator('.sheet-title').textContent()).toBe('Spot the signs of modern slavery');
    expect(await page.locator('.sheet-call .sheet-number').textContent()).toBe('08000 121 700');
    expect(await page.locator('.sheet-call a').getAttribute('href')).toBe('tel:+448000121700');
    expect(await page.locator('.qr-code').getAttribute('aria-label')).toBe(
      'https://modernslaveryhelpline.org',
    );
    expect(await page.locator('#print-qr').isChecked()).toBe(true);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('.site-header [aria-current="page"]').textContent()).toBe(
      'Print a card or poster',
    );
    expect(problems).toEqual([]);
    expect(requests.every((url) => url.startsWith(origin))).toBe(true);
    await context.close();
  });

  it('updates the preview for a language and a region, right to left for Arabic, and stays on its origin', async () => {
    const context = await browser.newContext();
    const { page, problems, requests } = await openPage(context);
    await page.selectOption('#print-lang', 'pl');
    await page.locator('.sheet[lang="pl"]').waitFor();
    expect(await page.locator('.sheet-title').textContent()).toBe(printHeading('pl'));
    await page.selectOption('#print-region', 'US');
    await page.locator('.sheet-call .sheet-number', { hasText: '1-888-373-7888' }).waitFor();
    expect(await page.locator('.sheet-sms a').getAttribute('href')).toBe('sms:233733');
    expect(await page.locator('.sheet-emergency .sheet-number').textContent()).toBe('911');
    await page.selectOption('#print-lang', 'ar');
    await page.locator('.sheet[lang="ar"]').waitFor();
    expect(await page.locator('.sheet').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('.sheet-title').textContent()).toBe(printHeading('ar'));
    // The address keeps the choice, so the same card can be printed again.
    expect(new URL(page.url()).searchParams.get('region')).toBe('US');
    // Romania's helpline has no website in the data: no QR code, and the box says why it is off.
    await page.selectOption('#print-region', 'RO');
    await page.locator('.sheet-call .sheet-number', { hasText: '0800 800 678' }).waitFor();
    expect(await page.locator('.qr-code').count()).toBe(0);
    expect(await page.locator('#print-qr').isDisabled()).toBe(true);
    expect(await page.locator('#print-qr-none').isVisible()).toBe(true);
    // Back to a region with a website: the QR code comes back, and unticking removes it.
    await page.selectOption('#print-region', 'GB');
    await page.locator('.qr-code').waitFor();
    await page.uncheck('#print-qr');
    await page.locator('.qr-code').waitFor({ state: 'detached' });
    expect(problems).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
    // Each language is its own lazily loaded chunk from the site's own folder.
    expect(requests.filter((url) => /\/chunks\/ar-/.test(url)).length).toBeGreaterThan(0);
    await context.close();
  });

  it('is keyboard operable: every control is reachable with Tab and labelled', async () => {
    const context = await browser.newContext();
    const { page } = await openPage(context);
    const reached: string[] = [];
    await page.locator('main h1').click();
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      reached.push(
        await page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName || ''),
      );
    }
    for (const id of ['print-lang', 'print-region', 'print-audience', 'print-qr', 'print-button'])
      expect(reached).toContain(id);
    await context.close();
  });

  it('prints only the sheet, with the number large: the poster at 36 pt or more, the card at 18 pt or more', async () => {
    const context = await browser.newContext();
    const { page } = await openPage(context, '?lang=en&region=GB&audience=public&format=poster');
    await page.emulateMedia({ media: 'print' });
    const number = page.locator('.sheet-call .sheet-number');
    expect(await number.isVisible()).toBe(true);
    const posterSize = pixels(await number.evaluate((element) => getComputedStyle(element).fontSize));
    expect(posterSize).toBeGreaterThanOrEqual(48); // 36 pt
    expect(await page.locator('#print-form').isVisible()).toBe(false);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('h1').isVisible()).toBe(false);
    await page.emulateMedia({ media: null });
    await page.check('input[name="format"][value="card"]');
    await page.locator('.sheet-card').waitFor();
    await page.emulateMedia({ media: 'print' });
    const cardSize = pixels(await number.evaluate((element) => getComputedStyle(element).fontSize));
    expect(cardSize).toBeGreaterThanOrEqual(24); // 18 pt
    expect(await number.isVisible()).toBe(true);
    console.log(
      `number: poster ${posterSize} px (${posterSize * 0.75} pt), card ${cardSize} px (${cardSize * 0.75} pt)`,
    );
    await context.close();
  });

  it('the card prints on one A6 page (the named page from the print stylesheet)', async () => {
    const context = await browser.newContext();
    const { page } = await openPage(context, '?lang=so&region=US&audience=employer&format=card');
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pageCount(pdf)).toBe(1);
    const [width, height] = mediaBoxes(pdf)[0]!.split(/\s+/).slice(2).map(Number);
    // A6 is 105 × 148 mm: 297.6 × 419.5 pt.
    expect(Math.round(width!)).toBe(298);
    expect(Math.round(height!)).toBe(420);
    await context.close();
  });

  it('axe finds no violations on the page, in English and with an Arabic card', async () => {
    // The strict CSP would refuse the injected axe script: bypass CSP for the audit only.
    const context = await browser.newContext({ bypassCSP: true });
    for (const query of ['', '?lang=ar&region=GB&format=card&audience=jobseeker']) {
      const page = await context.newPage();
      await page.goto(`${origin}/print.html${query}`);
      await page.locator('.sheet').waitFor();
      expect(await axeViolations(page), query).toEqual([]);
      await page.close();
    }
    await context.close();
  });
});

describe('one page of paper in every language', () => {
  // The two longest combinations found when every region × audience × language was measured (most
  // text in the signs, the facts and the hours): the tallest poster filled 91 % of A4, the card 92 % of A6.
  const cases = [
    { region: 'PL', audience: 'employer' },
    { region: 'US', audience: 'jobseeker' },
  ];
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await browser.newContext();
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });

  it('measures real glyphs: fonts for Ethiopic (Tigrinya) and Chinese are installed', () => {
    // Without them the browser draws boxes, and the fit of those languages means nothing.
    for (const lang of ['ti', 'zh']) {
      let fonts = '';
      try {
        fonts = execFileSync('fc-list', [`:lang=${lang}`], { encoding: 'utf8' });
      } catch {
        // No fontconfig: no fonts either.
      }
      expect(fonts.trim(), `no font for ${lang}: apt-get install -y fonts-noto-core fonts-noto-cjk`).not.toBe(
        '',
      );
    }
  });

  for (const { code } of LANGUAGES) {
    it(`${code}: the A4 poster and the A6 card are one page each`, async () => {
      const counts: string[] = [];
      for (const { region, audience } of cases) {
        for (const format of ['poster', 'card']) {
          await page.goto(
            `${origin}/print.html?lang=${code}&region=${region}&audience=${audience}&format=${format}`,
          );
          await page.locator(`.sheet-${format}[lang="${code}"]`).waitFor();
          // The poster as the brief prints it (A4 whatever the CSS says); the card at its own A6 size.
          const pdf = await page.pdf(format === 'poster' ? { format: 'A4' } : { preferCSSPageSize: true });
          counts.push(`${region}/${audience}/${format}: ${pageCount(pdf)}`);
        }
      }
      expect(counts.filter((line) => !line.endsWith(': 1'))).toEqual([]);
    });
  }
});
