// The configurator's preview frame: one <stamp-out-panel> with the attributes the configurator sends.
// A frame of its own, so the panel's quick exit leaves the preview, not the configurator and its form.
import { isSiteMessage, type PreviewMessage, type PreviewReady } from '../configurator/preview-message.js';
import { RELEASE } from '../configurator/release.js';

const stage = document.getElementById('stage')!;
const panel = document.createElement('stamp-out-panel');

function apply({ attributes, accent, accentText }: PreviewMessage): void {
  const wanted = new Map(attributes);
  for (const name of panel.getAttributeNames()) if (!wanted.has(name)) panel.removeAttribute(name);
  // The loader writes the variant as card with a target and launcher without; so does the preview.
  if (!wanted.has('variant')) panel.setAttribute('variant', 'card');
  for (const [name, value] of wanted) panel.setAttribute(name, value);
  if (accent) {
    panel.style.setProperty('--stamp-out-accent', accent);
    panel.style.setProperty('--stamp-out-accent-text', accentText);
  } else {
    panel.style.removeProperty('--stamp-out-accent');
    panel.style.removeProperty('--stamp-out-accent-text');
  }
  if (!panel.isConnected) stage.append(panel);
}

/** Attribute pairs as the configurator sends them; anything else is ignored. */
function isAttributeList(value: unknown): value is [string, string][] {
  return (
    Array.isArray(value) &&
    value.every(
      (pair) => Array.isArray(pair) && pair.length === 2 && pair.every((part) => typeof part === 'string'),
    )
  );
}

addEventListener('message', (event) => {
  if (event.source !== parent || !isSiteMessage<PreviewMessage>(event, 'stamp-out-preview')) return;
  const { attributes, accent, accentText } = event.data;
  if (isAttributeList(attributes) && typeof accent === 'string' && typeof accentText === 'string')
    apply(event.data);
});
// The same pinned copy of the widget that the snippet loads.
await import(/* @vite-ignore */ new URL(`widget/${RELEASE.version}/stamp-out.mjs`, document.baseURI).href);
parent.postMessage({ type: 'stamp-out-preview-ready' } satisfies PreviewReady, location.origin);
