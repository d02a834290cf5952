// Layout that survives translation: a pseudo-locale 40 % longer, right-to-left Arabic and Urdu.
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import english from '../../shared/i18n/locales/en.json';
import arabic from '../../shared/i18n/locales/ar.json';
import urdu from '../../shared/i18n/locales/ur.json';
import type { LocaleResource } from '../../shared/i18n/translator.js';
import { definePanel } from '../../widget/define.js';
import { StampOutPanel } from '../../widget/panel.element.js';
import { pseudoLocale } from '../support/pseudo-locale.js';

declare const axe: { run(context: Element): Promise<{ violations: { id: string; help: string }[] }> };

// The pseudo-locale stands in for Polish, so the panel loads it like any other language.
const locales: Record<string, LocaleResource> = { pl: pseudoLocale(english), ar: arabic, ur: urdu };
StampOutPanel.loadLocale = async (code) => locales[code];
definePanel();

async function render(template: ReturnType<typeof html>): Promise<StampOutPanel> {
  const wrapper = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const element = wrapper.querySelector('stamp-out-panel') as StampOutPanel;
  await element.updateComplete;
  await aTimeout(60);
  await element.updateComplete;
  return element;
}

/** Opens every disclosure, so hidden text is laid out too. */
async function openAll(element: StampOutPanel): Promise<void> {
  for (const details of element.shadowRoot!.querySelectorAll('details')) details.open = true;
  await element.updateComplete;
}

function expectNoOverflow(element: StampOutPanel, width: number): void {
  const root = element.shadowRoot!;
  const panel = root.querySelector('.panel')!;
  expect(panel.scrollWidth, 'panel scrolls sideways').to.be.at.most(panel.clientWidth + 1);
  expect(document.documentElement.scrollWidth, 'page scrolls sideways').to.be.at.most(width);
  for (const node of root.querySelectorAll('.panel *')) {
    const rect = node.getBoundingClientRect();
    if (rect.width === 0) continue;
    expect(rect.right, `${node.tagName}.${node.className} past the right edge`).to.be.at.most(width + 1);
    expect(rect.left, `${node.tagName}.${node.className} past the left edge`).to.be.at.least(-1);
  }
}

afterEach(async () => {
  await setViewport({ width: 800, height: 600 });
});

describe('pseudo-locale (40 % longer, accented)', () => {
  for (const width of [320, 640]) {
    it(`fits the card at ${width}px${width === 640 ? ' (200 % zoom of 1280px)' : ''} with every section open`, async () => {
      await setViewport({ width, height: 900 });
      const element = await render(
        html`<stamp-out-panel region="PL" lang="pl" audience="jobseeker"></stamp-out-panel>`,
      );
      expect(element.shadowRoot!.querySelector('h2')!.textContent).to.match(/ŀöñĝéŕ/);
      await openAll(element);
      expectNoOverflow(element, width);
    });
  }
});

describe('right-to-left', () => {
  for (const [lang, resource] of [
    ['ar', arabic],
    ['ur', urdu],
  ] as const) {
    it(`${lang}: sets dir="rtl", mirrors the layout and keeps numbers left-to-right`, async () => {
      await setViewport({ width: 360, height: 900 });
      const element = await render(
        html`<stamp-out-panel region="GB" lang=${lang} quick-exit></stamp-out-panel>`,
      );
      const root = element.shadowRoot!;
      const box = root.querySelector<HTMLElement>('.root')!;
      expect(box.getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(box).direction).to.equal('rtl');
      expect(root.querySelector('h2')!.textContent).to.equal(
        (resource as { ui: { title: string } }).ui.title,
      );
      // Quick exit sits at the inline end: the left in right-to-left.
      const panel = root.querySelector('.panel')!.getBoundingClientRect();
      const exit = root.querySelector('.quick-exit-link')!.getBoundingClientRect();
      expect(exit.left - panel.left).to.be.lessThan(panel.right - exit.right);
      const number = root.querySelector('a.action-phone bdi')!;
      expect(number.getAttribute('dir')).to.equal('ltr');
      expect(getComputedStyle(number).direction).to.equal('ltr');
      await openAll(element);
      expectNoOverflow(element, 360);
      const { violations } = await axe.run(element);
      expect(violations.map((v) => `${v.id}: ${v.help}`)).to.deep.equal([]);
    });
  }
});
