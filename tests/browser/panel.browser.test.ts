// <stamp-out-panel> in real Chromium: variants, audiences, events, keyboard paths, axe in every case.
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import { StampOutPanel } from '../../widget/panel.element.js';
import { definePanel } from '../../widget/define.js';
import polish from '../../shared/i18n/locales/pl.json';
import romanian from '../../shared/i18n/locales/ro.json';
import type { LocaleResource } from '../../shared/i18n/translator.js';

declare const axe: {
  run(context: Element, options?: object): Promise<{ violations: { id: string; help: string }[] }>;
};

const locales: Record<string, LocaleResource> = { pl: polish, ro: romanian };
StampOutPanel.loadLocale = async (code) => locales[code];
definePanel();

async function render(template: ReturnType<typeof html>): Promise<StampOutPanel> {
  const element = await fixture<StampOutPanel>(template);
  await element.updateComplete;
  await aTimeout(0);
  await element.updateComplete;
  return element;
}

function shadow(element: StampOutPanel): ShadowRoot {
  return element.shadowRoot!;
}

async function expectNoAxeViolations(element: Element): Promise<void> {
  const { violations } = await axe.run(element, { resultTypes: ['violations'] });
  expect(violations.map((violation) => `${violation.id}: ${violation.help}`)).to.deep.equal([]);
}

function phoneLinks(element: StampOutPanel): string[] {
  return [...shadow(element).querySelectorAll('a.action-phone')].map((link) => link.getAttribute('href')!);
}

describe('<stamp-out-panel> card', () => {
  it('shows the GB helpline as printed and linked in E.164, with the emergency number', async () => {
    const element = await render(html`<stamp-out-panel region="GB"></stamp-out-panel>`);
    expect(phoneLinks(element)[0]).to.equal('tel:+448000121700');
    expect(shadow(element).querySelector('a.action-phone')!.textContent).to.contain('08000 121 700');
    expect(shadow(element).querySelector('a.action-emergency')!.getAttribute('href')).to.equal('tel:999');
    expect(shadow(element).querySelector('bdi[dir="ltr"]')).to.exist;
    await expectNoAxeViolations(element);
  });

  it('offers texting where it exists (US)', async () => {
    const element = await render(html`<stamp-out-panel region="US"></stamp-out-panel>`);
    expect(phoneLinks(element)[0]).to.equal('tel:+18883737888');
    expect(shadow(element).querySelector('a.action-sms')!.getAttribute('href')).to.equal('sms:233733');
    expect(shadow(element).querySelector('a.action-emergency')!.getAttribute('href')).to.equal('tel:911');
    await expectNoAxeViolations(element);
  });

  for (const audience of ['public', 'jobseeker', 'employer']) {
    for (const variant of ['card', 'banner']) {
      it(`renders for ${audience} as ${variant}, accessibly`, async () => {
        const element = await render(
          html`<stamp-out-panel region="IE" audience=${audience} variant=${variant}></stamp-out-panel>`,
        );
        const root = shadow(element);
        expect(root.querySelector('h2')!.textContent!.trim()).to.not.equal('');
        expect(root.querySelector('a.action-phone')).to.exist;
        expect(Boolean(root.querySelector('.quick-exit-link'))).to.equal(audience === 'jobseeker');
        expect(Boolean(root.querySelector('.own-signs'))).to.equal(audience !== 'public');
        await expectNoAxeViolations(element);
      });
    }
  }

  it('shows only the chosen exploitation types, besides the general signs', async () => {
    const element = await render(html`<stamp-out-panel region="GB" types="labour"></stamp-out-panel>`);
    const groups = [...shadow(element).querySelectorAll('.signs-group summary')].map((s) =>
      s.textContent!.trim(),
    );
    expect(groups).to.have.length(2);
    await expectNoAxeViolations(element);
  });

  it('uses a dark palette for theme="dark"', async () => {
    const element = await render(html`<stamp-out-panel region="GB" theme="dark"></stamp-out-panel>`);
    const background = getComputedStyle(shadow(element).querySelector('.panel')!).backgroundColor;
    expect(background).to.equal('rgb(17, 24, 39)');
    await expectNoAxeViolations(element);
  });

  it('lets partners brand it with custom properties', async () => {
    const element = await render(
      html`<stamp-out-panel region="GB" style="--stamp-out-accent: rgb(0, 100, 0)"></stamp-out-panel>`,
    );
    expect(getComputedStyle(shadow(element).querySelector('a.action-phone')!).backgroundColor).to.equal(
      'rgb(0, 100, 0)',
    );
  });
});

describe('<stamp-out-panel> options that are wrong', () => {
  it('warns once per bad option and still shows a full panel', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const element = await render(
        html`<stamp-out-panel
          region="ZZ"
          lang="xx"
          audience="martians"
          variant="popup"
          types="cars"
          theme="neon"
        ></stamp-out-panel>`,
      );
      expect(warnings.filter((w) => w.startsWith('[stamp-out]'))).to.have.length(6);
      expect(shadow(element).querySelector('a.action-phone, .region select')).to.exist;
      expect(shadow(element).querySelectorAll('.signs-group').length).to.be.greaterThan(2);
      await expectNoAxeViolations(element);
    } finally {
      console.warn = original;
    }
  });

  it('shows the international fallback and a chooser when the region is unknown', async () => {
    // A page and a browser that name no region at all.
    document.documentElement.lang = 'en';
    Object.defineProperty(navigator, 'languages', { value: ['en'], configurable: true });
    try {
      const element = await render(html`<stamp-out-panel></stamp-out-panel>`);
      const root = shadow(element);
      expect(root.querySelector('.region select')).to.exist;
      expect(root.querySelector<HTMLSelectElement>('.region select')!.value).to.equal('INTL');
      expect(root.querySelector('.helpline')!.textContent).to.contain('emergency');
      await expectNoAxeViolations(element);
    } finally {
      delete (navigator as { languages?: unknown }).languages;
    }
  });
});

describe('<stamp-out-panel> properties set by frameworks', () => {
  it('reads booleans and numbers as text instead of throwing', async () => {
    const element = await render(html`<stamp-out-panel region="GB"></stamp-out-panel>`);
    (element as unknown as { quickExit: unknown }).quickExit = true;
    await element.updateComplete;
    expect(shadow(element).querySelector('.quick-exit-link')).to.exist;
    (element as unknown as { quickExit: unknown }).quickExit = false;
    await element.updateComplete;
    expect(shadow(element).querySelector('.quick-exit-link')).to.equal(null);
  });

  it('writes no empty lang attribute on the host', async () => {
    const element = await render(html`<stamp-out-panel region="GB"></stamp-out-panel>`);
    expect(element.hasAttribute('lang')).to.equal(false);
    await expectNoAxeViolations(element);
  });
});

describe('<stamp-out-panel> region and language', () => {
  it('changes country from the chooser and fires stamp-out-region-change', async () => {
    const element = await render(html`<stamp-out-panel region="GB"></stamp-out-panel>`);
    const change = shadow(element).querySelector<HTMLButtonElement>('.region button')!;
    expect(change.getAttribute('aria-expanded')).to.equal('false');
    change.click();
    await element.updateComplete;
    const select = shadow(element).querySelector<HTMLSelectElement>('.region select')!;
    select.value = 'US';
    const event = oneEvent(element, 'stamp-out-region-change');
    select.dispatchEvent(new Event('change'));
    const { detail } = await event;
    expect(detail).to.deep.equal({ region: 'US', previous: 'GB' });
    await element.updateComplete;
    expect(phoneLinks(element)[0]).to.equal('tel:+18883737888');
  });

  it('speaks Polish with lang="pl" and switches language from the picker', async () => {
    const element = await render(html`<stamp-out-panel region="PL" lang="pl"></stamp-out-panel>`);
    const root = shadow(element);
    // The language picker comes with the frame after the first paint (it needs a cold Intl lookup).
    await waitUntil(() => root.querySelector('.footer select'), 'the language picker appears', {
      timeout: 3000,
    });
    expect(root.querySelector('.root')!.getAttribute('lang')).to.equal('pl');
    expect(root.querySelector('h2')!.textContent).to.equal(polish.ui.title);
    const select = root.querySelector<HTMLSelectElement>('.footer select')!;
    select.value = 'ro';
    const event = oneEvent(element, 'stamp-out-lang-change');
    select.dispatchEvent(new Event('change'));
    expect((await event).detail).to.deep.equal({ lang: 'ro', previous: 'pl' });
    await element.updateComplete;
    expect(root.querySelector('h2')!.textContent).to.equal(romanian.ui.title);
    await expectNoAxeViolations(element);
  });
});

describe('<stamp-out-panel> events and keyboard', () => {
  it('fires stamp-out-contact with region, channel and href', async () => {
    const element = await render(html`<stamp-out-panel region="GB"></stamp-out-panel>`);
    // Keep the test page here: the host page may cancel the navigation, the event still fires.
    element.addEventListener('click', (event) => event.preventDefault());
    const link = shadow(element).querySelector<HTMLAnchorElement>('a.action-phone')!;
    const event = oneEvent(element, 'stamp-out-contact');
    link.click();
    const fired = await event;
    expect(fired.detail).to.deep.equal({ region: 'GB', channel: 'phone', href: 'tel:+448000121700' });
    expect(fired.bubbles && fired.composed).to.equal(true);
  });

  it('launcher: opens a dialog with focus inside; Escape closes it only and focus returns', async () => {
    const element = await render(html`<stamp-out-panel region="GB" variant="launcher"></stamp-out-panel>`);
    await expectNoAxeViolations(element);
    const root = shadow(element);
    const launcher = root.querySelector<HTMLButtonElement>('button.launcher')!;
    const dialog = root.querySelector('dialog')!;
    launcher.focus();
    const opened = oneEvent(element, 'stamp-out-open');
    launcher.click();
    await opened;
    await element.updateComplete;
    expect(dialog.open).to.equal(true);
    expect(dialog.contains(root.activeElement)).to.equal(true);
    expect(root.querySelector('dialog a.action-phone')).to.exist;
    await expectNoAxeViolations(element);
    const closed = oneEvent(element, 'stamp-out-close');
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    dialog.close();
    await closed;
    expect(dialog.open).to.equal(false);
    expect(root.activeElement).to.equal(launcher);
  });

  it('launcher host is taken out of the page flow', async () => {
    const element = await render(html`<stamp-out-panel variant="launcher" region="GB"></stamp-out-panel>`);
    expect(getComputedStyle(element).position).to.equal('fixed');
  });

  it('quick exit: announces Shift presses in a live region and points the link at exit-url', async () => {
    const element = await render(
      html`<stamp-out-panel region="GB" quick-exit exit-url="https://example.org/news"></stamp-out-panel>`,
    );
    const root = shadow(element);
    expect(root.querySelector('.quick-exit-link')!.getAttribute('href')).to.equal('https://example.org/news');
    for (let i = 0; i < 2; i += 1) {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift' }));
      window.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift' }));
    }
    await element.updateComplete;
    const status = root.querySelector('[role="status"]')!;
    expect(status.textContent).to.contain('1');
    await expectNoAxeViolations(element);
  });

  it('removes its window listeners when removed from the page', async () => {
    const element = await render(html`<stamp-out-panel region="GB" quick-exit></stamp-out-panel>`);
    element.remove();
    for (let i = 0; i < 3; i += 1) {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift' }));
      window.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift' }));
    }
    // Still on the test page: a connected listener would have navigated away.
    expect(location.href).to.contain('localhost');
  });
});
