// Entry of the extension's content script (content.js). Declared for the known job sites, and
// injected on request (popup "Check this page", the context menu) anywhere else. A second injection
// into the same tab finds the first instance and does nothing.
import { ContentScript } from './content-script.js';

const INSTANCE = Symbol.for('stamp-out.content-script');
// The content script's own isolated world: the page cannot see this property.
const scope = globalThis as typeof globalThis & { [INSTANCE]?: ContentScript };

if (!scope[INSTANCE]) {
  const script = new ContentScript(window);
  scope[INSTANCE] = script;
  script.start().catch((error: unknown) => console.debug('[stamp-out] could not start', error));
}
