// Entry of dist/widget/stamp-out.mjs: the same widget as an ES module. Importing it defines
// <stamp-out-panel>; loaded by a <script type="module" data-…> tag (with at least one data-* option),
// it also mounts like the classic one.
import { definePanel } from './define.js';
import { setLocaleBase } from './locale-loader.js';
import { mountFromScript } from './loader.js';

export { StampOutPanel, type StampOutEventMap } from './panel.element.js';
export type { ContactChannel, PanelEventMap } from '../shared/ui/panel.events.js';
export { definePanel, PANEL_TAG } from './define.js';

setLocaleBase(import.meta.url);
definePanel();
try {
  const ownTag = [...document.querySelectorAll<HTMLScriptElement>('script[type="module"][src]')].find(
    (script) => script.src === import.meta.url,
  );
  // Only a tag with options mounts a panel; a bare module tag just defines the element, for pages
  // that write <stamp-out-panel> themselves.
  if (ownTag && ownTag.getAttributeNames().some((name) => name.startsWith('data-'))) mountFromScript(ownTag);
} catch (error) {
  console.warn('[stamp-out] could not mount from the module script:', error);
}
