import { PANEL_TAG } from './define.js';

/** `data-*` options of the script tag, mapped to the element attribute of the same name. */
const OPTION_ATTRIBUTES = [
  'region',
  'lang',
  'audience',
  'variant',
  'types',
  'theme',
  'quick-exit',
  'exit-url',
  'share',
  'share-url',
];

/** Marks a launcher made by the loader, so a second copy of the script adds no second one. */
const LAUNCHER_MARK = 'data-stamp-out-launcher';

function whenDomReady(document: Document, run: () => void): void {
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', run, { once: true });
  } else {
    run();
  }
}

function findTarget(document: Document, selector: string): Element | null | 'invalid' {
  try {
    return document.querySelector(selector);
  } catch {
    return 'invalid';
  }
}

function createPanel(document: Document, script: HTMLScriptElement, variant: string | null): HTMLElement {
  const panel = document.createElement(PANEL_TAG);
  for (const name of OPTION_ATTRIBUTES) {
    const value = script.getAttribute(`data-${name}`);
    if (value !== null) panel.setAttribute(name, value);
  }
  if (variant && !panel.hasAttribute('variant')) panel.setAttribute('variant', variant);
  return panel;
}

function mountLauncher(document: Document, script: HTMLScriptElement): HTMLElement | null {
  if (document.querySelector(`${PANEL_TAG}[${LAUNCHER_MARK}]`)) return null;
  const panel = createPanel(document, script, 'launcher');
  panel.setAttribute(LAUNCHER_MARK, '');
  document.body.append(panel);
  return panel;
}

/**
 * Mounts one `<stamp-out-panel>` as the script tag's `data-*` options say: inside `data-target`
 * (default variant `card`) or, without a target, as a floating launcher at the end of `<body>`.
 * Waits for the DOM when the script runs early; never throws; a second identical script adds nothing.
 */
export function mountFromScript(script: HTMLScriptElement, document: Document = script.ownerDocument): void {
  whenDomReady(document, () => {
    try {
      const selector = script.getAttribute('data-target');
      if (!selector) {
        mountLauncher(document, script);
        return;
      }
      const target = findTarget(document, selector);
      if (target === 'invalid' || target === null) {
        console.warn(
          `[stamp-out] data-target "${selector}" ${target === 'invalid' ? 'is not a valid CSS selector' : 'matches nothing'}; ` +
            'showing the floating launcher instead.',
        );
        mountLauncher(document, script);
        return;
      }
      if (target.querySelector(PANEL_TAG)) return;
      target.append(createPanel(document, script, 'card'));
    } catch (error) {
      console.warn('[stamp-out] could not show the panel:', error);
    }
  });
}
