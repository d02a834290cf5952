// Accessibility beyond axe: keyboard paths, forced colours, reduced motion, 200 % zoom, print.
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import { definePanel } from '../../widget/define.js';
import type { StampOutPanel } from '../../widget/panel.element.js';

declare const axe: { run(context: Element): Promise<{ violations: { id: string; help: string }[] }> };

definePanel();

interface MediaFeatures {
  features?: { name: string; value: string }[];
  media?: 'print' | 'screen';
}
const emulate = (payload: MediaFeatures) => executeServerCommand('emulate-media-features', payload);

async function render(template: ReturnType<typeof html>): Promise<StampOutPanel> {
  const element = await fixture<StampOutPanel>(template);
  await element.updateComplete;
  await aTimeout(50);
  await element.updateComplete;
  return element;
}

async function expectNoAxeViolations(element: Element): Promise<void> {
  const { violations } = await axe.run(element);
  expect(violations.map((violation) => `${violation.id}: ${violation.help}`)).to.deep.equal([]);
}

/** The element that has focus, looking through shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

afterEach(async () => {
  await emulate({ features: [], media: 'screen' });
  await setViewport({ width: 800, height: 600 });
});

describe('keyboard', () => {
  it('reaches quick exit, every helpline action and the chooser with Tab, each with a visible focus ring', async () => {
    const element = await render(html`<stamp-out-panel region="US" audience="jobseeker"></stamp-out-panel>`);
    const reached: string[] = [];
    for (let i = 0; i < 8; i += 1) {
      await sendKeys({ press: 'Tab' });
      const active = deepActiveElement();
      if (!active || !element.shadowRoot!.contains(active)) continue;
      reached.push(active.className || active.tagName.toLowerCase());
      expect(getComputedStyle(active).outlineStyle, active.className).to.not.equal('none');
    }
    expect(reached[0]).to.contain('quick-exit-link');
    expect(reached.some((name) => name.includes('action-phone'))).to.equal(true);
    expect(reached.some((name) => name.includes('action-sms'))).to.equal(true);
    expect(reached.some((name) => name.includes('action-web'))).to.equal(true);
    expect(reached.some((name) => name.includes('link-button'))).to.equal(true);
  });

  it('opens the launcher with Enter and closes it with Escape, focus back on the launcher', async () => {
    const element = await render(html`<stamp-out-panel region="GB" variant="launcher"></stamp-out-panel>`);
    const launcher = element.shadowRoot!.querySelector<HTMLButtonElement>('.launcher')!;
    launcher.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    const dialog = element.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(deepActiveElement()).to.equal(launcher);
  });
});

describe('display settings', () => {
  it('stays usable in forced colours', async () => {
    await emulate({ features: [{ name: 'forced-colors', value: 'active' }] });
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const element = await render(html`<stamp-out-panel region="GB" quick-exit></stamp-out-panel>`);
    const call = element.shadowRoot!.querySelector('a.action-phone')!;
    expect(getComputedStyle(call).borderStyle).to.equal('solid');
    await expectNoAxeViolations(element);
  });

  it('follows the system colour scheme with theme="auto"', async () => {
    await emulate({ features: [{ name: 'prefers-color-scheme', value: 'dark' }] });
    const element = await render(html`<stamp-out-panel region="GB"></stamp-out-panel>`);
    expect(getComputedStyle(element.shadowRoot!.querySelector('.panel')!).backgroundColor).to.equal(
      'rgb(17, 24, 39)',
    );
    await expectNoAxeViolations(element);
  });

  it('has no motion with reduced motion', async () => {
    await emulate({ features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] });
    const element = await render(html`<stamp-out-panel region="GB"></stamp-out-panel>`);
    for (const node of element.shadowRoot!.querySelectorAll('*')) {
      const style = getComputedStyle(node);
      expect(style.transitionDuration).to.equal('0s');
      expect(style.animationName).to.equal('none');
    }
  });

  for (const width of [320, 640]) {
    it(`reflows without horizontal scrolling at ${width}px (200 % zoom of ${width * 2}px)`, async () => {
      await setViewport({ width, height: 800 });
      const element = await render(
        html`<div style="width: 100%">
          <stamp-out-panel region="PL" lang="pl" audience="jobseeker"></stamp-out-panel>
        </div>`,
      );
      const panel = element.querySelector('stamp-out-panel') ?? element;
      const root = (panel as StampOutPanel).shadowRoot!;
      const box = root.querySelector('.panel')!;
      expect(box.scrollWidth).to.be.at.most(box.clientWidth + 1);
      expect(document.documentElement.scrollWidth).to.be.at.most(width);
      for (const link of root.querySelectorAll('a, button, select')) {
        expect(link.getBoundingClientRect().right, link.className).to.be.at.most(width);
      }
    });
  }

  it('prints the helpline number and hides the controls', async () => {
    await emulate({ media: 'print' });
    expect(matchMedia('print').matches).to.equal(true);
    const element = await render(html`<stamp-out-panel region="GB" quick-exit></stamp-out-panel>`);
    const root = element.shadowRoot!;
    expect(getComputedStyle(root.querySelector('.quick-exit')!).display).to.equal('none');
    const call = root.querySelector('a.action-phone')!;
    expect(getComputedStyle(call).display).to.not.equal('none');
    expect(call.textContent).to.contain('08000 121 700');
  });
});
