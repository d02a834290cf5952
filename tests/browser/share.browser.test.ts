// The share action in real Chromium: the real clipboard where the browser has no share sheet (as on
// Linux desktop), the share sheet where there is one, and the copy-it-yourself field when neither works.
import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import { StampOutPanel } from '../../widget/panel.element.js';
import { definePanel } from '../../widget/define.js';

declare const axe: {
  run(context: Element, options?: object): Promise<{ violations: { id: string; help: string }[] }>;
};

definePanel();

async function render(template: ReturnType<typeof html>): Promise<StampOutPanel> {
  const element = await fixture<StampOutPanel>(template);
  await element.updateComplete;
  await aTimeout(50);
  await element.updateComplete;
  return element;
}

function shareButton(element: StampOutPanel): HTMLButtonElement | null {
  return element.shadowRoot!.querySelector<HTMLButtonElement>('button.share-button');
}

async function expectNoAxeViolations(element: Element): Promise<void> {
  const { violations } = await axe.run(element, { resultTypes: ['violations'] });
  expect(violations.map((violation) => `${violation.id}: ${violation.help}`)).to.deep.equal([]);
}

/** A panel with the share action and a fixed address to share. */
function renderSharing(): Promise<StampOutPanel> {
  return render(
    html`<stamp-out-panel region="GB" share share-url="https://campaign.example/signs"></stamp-out-panel>`,
  );
}

/** Replaces a navigator member for one test (the page's own, not a mock of ours). */
function overrideNavigator(name: 'share' | 'canShare' | 'clipboard', value: unknown): () => void {
  Object.defineProperty(navigator, name, { value, configurable: true });
  return () => Reflect.deleteProperty(navigator, name);
}

describe('<stamp-out-panel share>', () => {
  it('has no share button unless asked for', async () => {
    const element = await render(html`<stamp-out-panel region="GB"></stamp-out-panel>`);
    expect(shareButton(element)).to.equal(null);
  });

  it('copies the page link to the real clipboard, says so, and fires stamp-out-share', async () => {
    // As on most desktop browsers (and Linux Chromium itself): no share sheet.
    const restore = overrideNavigator('share', undefined);
    await executeServerCommand('grant-clipboard');
    const element = await render(html`<stamp-out-panel region="GB" share></stamp-out-panel>`);
    const button = shareButton(element)!;
    expect(button.textContent!.trim()).to.equal('Share these signs');
    const fired = oneEvent(element, 'stamp-out-share');
    button.click();
    const event = (await fired) as CustomEvent<{ method: string; url: string }>;
    const pageUrl = location.href.split('#')[0];
    expect(event.detail).to.deep.equal({ method: 'copy', url: pageUrl });
    expect(await navigator.clipboard.readText()).to.equal(pageUrl);
    await element.updateComplete;
    const root = element.shadowRoot!;
    expect(root.querySelector('.share-done')!.textContent).to.equal('Link copied');
    expect(root.querySelector('[role="status"]')!.textContent).to.equal('Link copied');
    await expectNoAxeViolations(element);
    restore();
  });

  it('hands url, title and the helpline number to the share sheet where the browser has one', async () => {
    const shared: ShareData[] = [];
    const restore = overrideNavigator('share', async (data: ShareData) => {
      shared.push(data);
    });
    try {
      const element = await renderSharing();
      const fired = oneEvent(element, 'stamp-out-share');
      shareButton(element)!.click();
      expect(((await fired) as CustomEvent).detail).to.deep.equal({
        method: 'share',
        url: 'https://campaign.example/signs',
      });
      expect(shared).to.have.length(1);
      expect(shared[0]!.url).to.equal('https://campaign.example/signs');
      expect(shared[0]!.text).to.contain('08000 121 700');
      expect(shared[0]!.title).to.equal('Modern slavery: know the signs, find help');
    } finally {
      restore();
    }
  });

  it('shows the link in a labelled read-only field when the page may not use the clipboard', async () => {
    // As on a plain-http page, where browsers leave navigator.clipboard undefined.
    const restore = overrideNavigator('clipboard', undefined);
    try {
      const element = await renderSharing();
      let fired = false;
      element.addEventListener('stamp-out-share', () => (fired = true));
      shareButton(element)!.click();
      await aTimeout(20);
      await element.updateComplete;
      const field = element.shadowRoot!.querySelector<HTMLInputElement>('.share-fallback input')!;
      expect(field.value).to.equal('https://campaign.example/signs');
      expect(field.readOnly).to.equal(true);
      expect(element.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal(
        'Copy this link to share it:',
      );
      expect(fired).to.equal(false);
      await expectNoAxeViolations(element);
    } finally {
      restore();
    }
  });
});
