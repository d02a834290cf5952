// The one-tag embed, end to end: the BUILT dist/widget/stamp-out.js on plain pages, exactly as a
// partner pastes it, in Debian Chromium driven by playwright-core.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertChromium, CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';

const root = new URL('../..', import.meta.url).pathname;
let site: string;
let server: Server;
let origin: string;
let browser: Browser;
const requested: string[] = [];

/** The partner snippet, read from the README so the documented snippet is what gets tested. */
function readmeSnippet(): string {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const match = /<!-- snippet:start -->\s*```html\n([\s\S]*?)```\s*<!-- snippet:end -->/.exec(readme);
  if (!match?.[1])
    throw new Error('README.md has no snippet between <!-- snippet:start --> and <!-- snippet:end -->');
  return match[1].trim();
}

function page(name: string, body: string, lang = 'en', head = ''): string {
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${name}</title>${head}</head><body>${body}</body></html>`;
  writeFileSync(join(site, `${name}.html`), html);
  return `${origin}/${name}.html`;
}

async function open(url: string): Promise<Page> {
  const context = await browser.newContext();
  const tab = await context.newPage();
  await tab.goto(url);
  await tab.waitForFunction(() => {
    const panel = document.querySelector('stamp-out-panel');
    return Boolean(panel?.shadowRoot?.querySelector('.root'));
  });
  return tab;
}

/** Text of the panel's shadow root (the widget's root is open, for testing and partners' styling). */
function panelText(tab: Page, selector = 'stamp-out-panel'): Promise<string> {
  return tab.evaluate((sel) => {
    const panel = document.querySelector(sel);
    return (panel?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
  }, selector);
}

beforeAll(async () => {
  assertChromium();
  site = mkdtempSync(join(tmpdir(), 'stamp-out-e2e-'));
  cpSync(join(root, 'dist/widget'), join(site, 'stamp-out'), { recursive: true });
  ({ server, origin } = await startStaticServer(site, 0, (path) => requested.push(path)));
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  server?.close();
  if (site) rmSync(site, { recursive: true, force: true });
});

describe('the README snippet on a plain page', () => {
  it('mounts a floating launcher that opens the panel with the UK helpline', async () => {
    const snippet = readmeSnippet().replace(
      /https:\/\/[^"]+\/stamp-out\.js/,
      `${origin}/stamp-out/stamp-out.js`,
    );
    const tab = await open(page('partner', `<h1>A partner</h1><p>Some text.</p>${snippet}`));
    const launcher = tab.locator('stamp-out-panel').locator('button.launcher');
    await expect(launcher.isVisible()).resolves.toBe(true);
    await launcher.click();
    const call = tab.locator('stamp-out-panel a.action-phone').first();
    await expect(call.getAttribute('href')).resolves.toBe('tel:+448000121700');
    expect(await call.textContent()).toContain('08000 121 700');
    const emergency = tab.locator('stamp-out-panel a.action-emergency');
    await expect(emergency.getAttribute('href')).resolves.toBe('tel:999');
    await tab.keyboard.press('Escape');
    await expect(
      tab.locator('stamp-out-panel dialog').evaluate((d: HTMLDialogElement) => d.open),
    ).resolves.toBe(false);
    await tab.context().close();
  });

  it('mounts a card into data-target and speaks the data-lang language, loaded from its own folder', async () => {
    requested.length = 0;
    const tab = await open(
      page(
        'card-pl',
        `<div id="help"></div><script src="stamp-out/stamp-out.js" data-target="#help" data-region="PL" data-lang="pl" defer></script>`,
      ),
    );
    await tab.waitForFunction(() =>
      document.querySelector('stamp-out-panel')?.shadowRoot?.querySelector('.root[lang="pl"]'),
    );
    expect(await tab.locator('#help stamp-out-panel').count()).toBe(1);
    expect(await tab.locator('stamp-out-panel a.action-phone').first().getAttribute('href')).toBe(
      'tel:+48226289999',
    );
    expect(requested).toContain('/stamp-out/locales/pl.js');
    await tab.context().close();
  });

  it('falls back to English, with a warning, when a translation cannot load', async () => {
    const copy = join(site, 'broken');
    cpSync(join(site, 'stamp-out'), copy, { recursive: true });
    rmSync(join(copy, 'locales'), { recursive: true });
    const warnings: string[] = [];
    const context = await browser.newContext();
    const tab = await context.newPage();
    tab.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await tab.goto(
      page(
        'broken-locale',
        `<div id="t"></div><script src="broken/stamp-out.js" data-target="#t" data-lang="ro" data-region="RO"></script>`,
      ),
    );
    await tab.waitForFunction(() =>
      document.querySelector('stamp-out-panel')?.shadowRoot?.querySelector('h2'),
    );
    await tab.waitForTimeout(300);
    expect(await panelText(tab)).toContain('0800 800 678');
    expect(warnings.some((w) => w.includes('ro'))).toBe(true);
    await context.close();
  });
});

describe('the ES module', () => {
  it('only defines the element when its tag has no options: the hand-written panel is the only one', async () => {
    const tab = await open(
      page(
        'module-bare',
        `<script type="module" src="stamp-out/stamp-out.mjs"></script><stamp-out-panel region="US"></stamp-out-panel>`,
      ),
    );
    await tab.waitForTimeout(200);
    expect(await tab.locator('stamp-out-panel').count()).toBe(1);
    await tab.context().close();
  });

  it('mounts like the classic script when its tag has data-* options', async () => {
    const tab = await open(
      page(
        'module-options',
        `<script type="module" src="stamp-out/stamp-out.mjs" data-region="GB"></script>`,
      ),
    );
    expect(await tab.locator('stamp-out-panel[data-stamp-out-launcher]').count()).toBe(1);
    await tab.context().close();
  });
});

describe('safe on any host page', () => {
  it('stays readable under hostile CSS', async () => {
    const css = '* { all: unset !important; font-size: 2px !important; color: #fff !important }';
    const tab = await open(
      page(
        'hostile',
        `<div id="t"></div><script src="stamp-out/stamp-out.js" data-target="#t" data-region="GB"></script>`,
        'en',
        `<style>${css}</style>`,
      ),
    );
    const style = await tab.locator('stamp-out-panel h2').evaluate((heading) => {
      const computed = getComputedStyle(heading);
      const rect = heading.getBoundingClientRect();
      return {
        size: parseFloat(computed.fontSize),
        color: computed.color,
        height: rect.height,
        display: computed.display,
      };
    });
    expect(style.size).toBeGreaterThanOrEqual(16);
    expect(style.color).not.toBe('rgb(255, 255, 255)');
    expect(style.height).toBeGreaterThan(16);
    expect(style.display).toBe('block');
    await tab.context().close();
  });

  it('works under a strict CSP with Trusted Types required, without a single violation', async () => {
    const csp = `default-src 'none'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'`;
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.addInitScript(() => {
      const seen: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) => seen.push(event.violatedDirective));
      Object.defineProperty(document, '__cspViolations', { value: seen });
    });
    await tab.goto(
      page(
        'csp',
        `<div id="t"></div><script src="stamp-out/stamp-out.js" data-target="#t" data-region="RO" data-lang="ro"></script>`,
        'en',
        `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
      ),
    );
    await tab.waitForFunction(() =>
      document.querySelector('stamp-out-panel')?.shadowRoot?.querySelector('.root[lang="ro"]'),
    );
    const violations = await tab.evaluate(
      () => (document as unknown as { __cspViolations: string[] }).__cspViolations,
    );
    expect(violations).toEqual([]);
    expect(await panelText(tab)).toContain('0800 800 678');
    await context.close();
  });

  it('is harmless when included twice: one panel, no errors', async () => {
    const snippet = `<script src="stamp-out/stamp-out.js" data-region="GB" defer></script>`;
    const errors: string[] = [];
    const context = await browser.newContext();
    const tab = await context.newPage();
    tab.on('pageerror', (error) => errors.push(error.message));
    await tab.goto(page('twice', `<p>Twice.</p>${snippet}${snippet}`));
    await tab.waitForFunction(() =>
      document.querySelector('stamp-out-panel')?.shadowRoot?.querySelector('.launcher'),
    );
    expect(await tab.locator('stamp-out-panel').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('adds no window properties and sends no request outside its own folder', async () => {
    const body = `<p>Plain page.</p>`;
    const context = await browser.newContext();
    const tab = await context.newPage();
    const urls: string[] = [];
    tab.on('request', (request) => urls.push(request.url()));
    await tab.goto(page('globals-before', body));
    const before = await tab.evaluate(() => Object.getOwnPropertyNames(window));
    await tab.goto(
      page('globals-after', `${body}<script src="stamp-out/stamp-out.js" data-region="US"></script>`),
    );
    await tab.waitForFunction(() =>
      document.querySelector('stamp-out-panel')?.shadowRoot?.querySelector('.launcher'),
    );
    await tab.locator('stamp-out-panel button.launcher').click();
    await tab.locator('stamp-out-panel .footer select').selectOption('pl');
    await tab.waitForFunction(() =>
      document.querySelector('stamp-out-panel')?.shadowRoot?.querySelector('.root[lang="pl"]'),
    );
    const after = await tab.evaluate(() => Object.getOwnPropertyNames(window));
    expect(after.filter((name) => !before.includes(name))).toEqual([]);
    expect(urls.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
    expect(
      urls.filter((url) => !url.endsWith('.html')).every((url) => url.startsWith(`${origin}/stamp-out/`)),
    ).toBe(true);
    await context.close();
  });

  it('causes zero layout shift with the launcher', async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(
      page(
        'shift',
        `<h1>Title</h1><p>${'Some text. '.repeat(200)}</p><script src="stamp-out/stamp-out.js" data-region="GB"></script>`,
      ),
    );
    await tab.waitForFunction(() =>
      document.querySelector('stamp-out-panel')?.shadowRoot?.querySelector('.launcher'),
    );
    await tab.waitForTimeout(300);
    const shift = await tab.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries())
              total += (entry as PerformanceEntry & { value: number }).value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 200);
        }),
    );
    expect(shift).toBe(0);
    await context.close();
  });
});

describe('quick exit', () => {
  it('Shift pressed 3 times replaces the page in history with the exit page', async () => {
    const exitUrl = page('exit-target', '<p>Weather today.</p>');
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(page('before', '<p>Earlier page.</p>'));
    await tab.goto(
      page(
        'jobseeker',
        `<div id="t"></div><script src="stamp-out/stamp-out.js" data-target="#t" data-region="GB" data-audience="jobseeker" data-exit-url="${exitUrl}"></script>`,
      ),
    );
    await tab.waitForFunction(() =>
      document.querySelector('stamp-out-panel')?.shadowRoot?.querySelector('.quick-exit-link'),
    );
    const lengthBefore = await tab.evaluate(() => history.length);
    await tab.locator('body').click();
    for (let i = 0; i < 3; i += 1) await tab.keyboard.press('Shift');
    await tab.waitForURL(exitUrl);
    expect(await tab.evaluate(() => history.length)).toBe(lengthBefore);
    await tab.goBack();
    expect(tab.url()).toBe(`${origin}/before.html`);
    await context.close();
  });

  it('the link works on its own and Escape never exits', async () => {
    const exitUrl = page('exit-target-2', '<p>Weather.</p>');
    const tab = await open(
      page(
        'exit-link',
        `<div id="t"></div><script src="stamp-out/stamp-out.js" data-target="#t" data-region="GB" data-quick-exit data-exit-url="${exitUrl}"></script>`,
      ),
    );
    for (let i = 0; i < 4; i += 1) await tab.keyboard.press('Escape');
    expect(tab.url()).toContain('exit-link.html');
    const link = tab.locator('stamp-out-panel a.quick-exit-link');
    expect(await link.getAttribute('href')).toBe(exitUrl);
    await link.click();
    await tab.waitForURL(exitUrl);
    await tab.context().close();
  });
});
