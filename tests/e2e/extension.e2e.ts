// The BUILT Chrome extension loaded into Debian Chromium. Real job-site URLs are answered from local
// fixture pages with `context.route`, so the manifest's `matches` decide where the content script
// runs exactly as in production, and nothing ever reaches the network.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertChromium, CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

const root = new URL('../..', import.meta.url).pathname;
const extensionDir = join(root, 'dist/extension/chrome');
const data = join(root, '../shared/data/pages/jobs');
const fixture = (name: string): string => readFileSync(join(root, 'tests/e2e/fixtures', name), 'utf8');

/** URL → page body. Every other request is aborted and recorded. */
const PAGES: Record<string, () => string> = {
  'https://uk.indeed.com/viewjob?jk=0f1e2d3c4b5a6978': () => fixture('indeed-viewjob.html'),
  'https://uk.indeed.com/jobs?q=cleaner&l=Manchester': () => fixture('indeed-spa.html'),
  'https://uk.indeed.com/spa.js': () => fixture('spa.js'),
  'https://www.olx.ro/d/oferta/dacia-logan-2016-1-5-dci-IDhX7k2.html': () => fixture('olx-car.html'),
  'https://www.example.org/news/story.html': () =>
    '<!doctype html><html lang="en"><head><title>News</title></head><body><h1>Local news</h1><p>Work wanted: pay a fee of 500 euro to get the job, we keep your passport.</p></body></html>',
};
const REAL_PAGES: Record<string, string> = {
  'https://it.linkedin.com/jobs/view/data-analyst-at-example-3790000000': 'linkedin__0Mico__job_page.html',
  'https://www.indeed.com/jobs?q=software+engineer&l=Remote': 'indeed__Harineko0__indeed.html',
};

let context: BrowserContext;
let userDir: string;
let extensionId: string;
const blocked: string[] = [];
const workerRequests: string[] = [];
const haveData = existsSync(data);

async function serviceWorker(): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

async function openAndSettle(url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForLoadState('load');
  // The content script runs at document_idle, then detects within a frame or two.
  await page.waitForTimeout(600);
  return page;
}

/** The panel host's state attribute, or null when the extension added nothing. */
function hostState(page: Page): Promise<string | null> {
  return page.evaluate(
    () => document.querySelector('[data-stamp-out]')?.getAttribute('data-stamp-out') ?? null,
  );
}

/** The extension's id for a page's tab (without the `tabs` permission, URLs are hidden: use the active tab). */
async function tabId(page: Page): Promise<number> {
  await page.bringToFront();
  const sw = await serviceWorker();
  return sw.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab!.id!;
  });
}

/** Asks the page's content script for its state and timings, as the popup does. */
interface ContentAnswer {
  state: { kind: string; level?: string; signCount?: number };
  host: string;
  timings: { detect: number; analyse: number; mount: number };
}

async function contentState(page: Page): Promise<ContentAnswer> {
  const sw = await serviceWorker();
  const id = await tabId(page);
  return sw.evaluate((tab) => chrome.tabs.sendMessage(tab, { type: 'get-state' }), id);
}

beforeAll(async () => {
  assertChromium();
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error('Run `npm run build` first.');
  userDir = mkdtempSync(join(tmpdir(), 'stamp-out-ext-'));
  await launch();
});

/** Starts Chromium with the extension on the test profile, every request answered locally. */
async function launch(): Promise<void> {
  context = await chromium.launchPersistentContext(userDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      ...CHROMIUM_ARGS,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  context.on('request', (request) => {
    if (request.serviceWorker()) workerRequests.push(request.url());
  });
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    // The extension's own pages and scripts load from the extension itself.
    if (url.startsWith('chrome-extension://')) {
      await route.continue();
      return;
    }
    const body =
      PAGES[url]?.() ??
      (REAL_PAGES[url] && haveData ? readFileSync(join(data, REAL_PAGES[url]), 'utf8') : undefined);
    if (body === undefined) {
      blocked.push(url);
      await route.abort();
      return;
    }
    const type = url.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8';
    await route.fulfill({ status: 200, contentType: type, body });
  });
  extensionId = new URL((await serviceWorker()).url()).host;
}

afterAll(async () => {
  await context?.close();
  if (userDir) rmSync(userDir, { recursive: true, force: true });
});

describe('the extension on pages', () => {
  it('shows the panel with the ad signs on a single job ad, in a closed shadow root', async () => {
    const page = await openAndSettle('https://uk.indeed.com/viewjob?jk=0f1e2d3c4b5a6978');
    expect(await hostState(page)).toBe('high');
    const host = await page.evaluate(() => {
      const element = document.querySelector('[data-stamp-out]')!;
      return {
        last: element === document.body.lastElementChild,
        shadowVisibleToPage: element.shadowRoot !== null,
        count: document.querySelectorAll('[data-stamp-out]').length,
        // A floating launcher: it takes no room in the page's own layout.
        position: getComputedStyle(element).position,
      };
    });
    expect(host).toEqual({ last: true, shadowVisibleToPage: false, count: 1, position: 'fixed' });
    const { state, timings } = await contentState(page);
    expect(state).toMatchObject({ kind: 'job-ad', level: 'high' });
    expect(state.signCount).toBeGreaterThanOrEqual(3);
    const total = timings.detect + timings.analyse + timings.mount;
    console.log(
      `job page: detect ${timings.detect.toFixed(2)} ms, analyse ${timings.analyse.toFixed(2)} ms, mount ${timings.mount.toFixed(2)} ms`,
    );
    // A regression guard only: the budget (50 ms) is measured with medians by `npm run bench:extension`,
    // since one cold run on a shared 2-core machine varies several-fold.
    expect(total).toBeLessThan(400);
    await page.close();
  });

  it.skipIf(!haveData)(
    'detects the real LinkedIn job page (JSON-LD) and the real Indeed listing',
    async () => {
      const ad = await openAndSettle('https://it.linkedin.com/jobs/view/data-analyst-at-example-3790000000');
      expect(['none', 'low', 'medium', 'high']).toContain(await hostState(ad));
      await ad.close();
      const listing = await openAndSettle('https://www.indeed.com/jobs?q=software+engineer&l=Remote');
      expect(await hostState(listing)).toBe('listing');
      await listing.close();
    },
  );

  it('changes nothing on a classified ad that is not a job (a car)', async () => {
    const url = 'https://www.olx.ro/d/oferta/dacia-logan-2016-1-5-dci-IDhX7k2.html';
    const page = await openAndSettle(url);
    expect(await hostState(page)).toBeNull();
    const html = await page.evaluate(() => new XMLSerializer().serializeToString(document));
    const sheets = await page.evaluate(() => document.adoptedStyleSheets.length);
    expect(sheets).toBe(0);
    // The same page in a browser without the extension.
    const plain = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
    });
    const plainPage = await plain.newPage();
    await plainPage.route('**/*', (route) =>
      route.request().url() === url
        ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: fixture('olx-car.html') })
        : route.abort(),
    );
    await plainPage.goto(url);
    expect(html).toBe(await plainPage.evaluate(() => new XMLSerializer().serializeToString(document)));
    await plain.close();
    const { state, timings } = await contentState(page);
    expect(state.kind).toBe('none');
    console.log(`non-job page: detect ${timings.detect.toFixed(3)} ms`);
    // Regression guard; the 2 ms budget is measured by `npm run bench:extension`.
    expect(timings.detect).toBeLessThan(40);
    await page.close();
  });

  it('follows single-page navigation from a listing to an ad', async () => {
    const page = await openAndSettle('https://uk.indeed.com/jobs?q=cleaner&l=Manchester');
    expect(await hostState(page)).toBe('listing');
    await page.click('a[data-jk="b1b2c3d4e5f60718"]');
    expect(page.url()).toContain('/viewjob?jk=b1b2c3d4e5f60718');
    await page.waitForFunction(() => {
      const state = document.querySelector('[data-stamp-out]')?.getAttribute('data-stamp-out');
      return state !== undefined && state !== 'listing';
    });
    expect(['medium', 'high']).toContain(await hostState(page));
    expect(await page.evaluate(() => document.querySelectorAll('[data-stamp-out]').length)).toBe(1);
    await page.close();
  });
});

describe('the popup, the context menu and settings', () => {
  it('the popup shows the tab state, and "check this page" works on an unknown site', async () => {
    const ad = await openAndSettle('https://uk.indeed.com/viewjob?jk=0f1e2d3c4b5a6978');
    const popup = await context.newPage();
    popup.on('console', (m) => console.log('popup console', m.type(), m.text()));
    popup.on('pageerror', (e) => console.log('popup error', e.message));
    await popup.goto(`chrome-extension://${extensionId}/popup/popup.html?tab=${await tabId(ad)}`);
    await expect
      .poll(() => popup.locator('.state').textContent(), { timeout: 5000 })
      .toMatch(/signs? worth checking/);
    await popup.close();

    const news = await openAndSettle('https://www.example.org/news/story.html');
    expect(await hostState(news)).toBeNull();
    const newsPopup = await context.newPage();
    await newsPopup.goto(`chrome-extension://${extensionId}/popup/popup.html?tab=${await tabId(news)}`);
    await newsPopup.locator('.state').waitFor();
    expect(await newsPopup.locator('.state').textContent()).toContain('not a job ad');
    await newsPopup.close();
    await ad.close();
    await news.close();
  });

  it('registers the context-menu item and checks the selected text in the page', async () => {
    const sw = await serviceWorker();
    // update() rejects for an item that doesn't exist.
    await sw.evaluate(() => chrome.contextMenus.update('stamp-out-check-selection', {}));
    const page = await openAndSettle('https://www.olx.ro/d/oferta/dacia-logan-2016-1-5-dci-IDhX7k2.html');
    const id = await tabId(page);
    const reply = await sw.evaluate(
      (tab) =>
        chrome.tabs.sendMessage(tab, {
          type: 'check-text',
          text: 'Job in Germany: pay a fee of 400 euro first, we keep your passport, accommodation deducted from pay.',
        }),
      id,
    );
    expect(reply.state.kind).toBe('job-ad');
    expect(['medium', 'high']).toContain(await hostState(page));
    await page.close();
  });

  it('keeps settings across a browser restart (the extension loaded again from disk)', async () => {
    const page = await openAndSettle('https://uk.indeed.com/viewjob?jk=0f1e2d3c4b5a6978');
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup/popup.html?tab=${await tabId(page)}`);
    await popup.locator('select').first().selectOption('PL');
    await popup.locator('.status').filter({ hasText: 'Saved' }).waitFor();
    // The content script re-rendered with the new region: Poland's helpline is in the panel now.
    expect((await contentState(page)).state.kind).toBe('job-ad');
    await context.close();
    await launch();
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options/options.html`);
    await options.locator('select').first().waitFor();
    expect(await options.locator('select').first().inputValue()).toBe('PL');
    const stored = await options.evaluate(() => chrome.storage.sync.get('settings'));
    expect(stored.settings).toMatchObject({ region: 'PL', version: 1 });
    await options.close();
  });

  it('sends no request of its own: every request seen came from the test pages', async () => {
    // Pages' own sub-resources (the real saved pages reference their CDNs) were aborted by the route;
    // none of them may come from the extension.
    console.log(workerRequests);
    expect(workerRequests.filter((url) => !url.startsWith('chrome-extension://'))).toEqual([]);
    const code = ['content.js', 'panel.js', 'background.js']
      .map((file) => readFileSync(join(extensionDir, file), 'utf8'))
      .join('\n');
    for (const api of ['fetch(', 'XMLHttpRequest', 'WebSocket', 'sendBeacon', 'EventSource']) {
      expect(code.includes(api), api).toBe(false);
    }
  });
});
