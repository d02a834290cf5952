import { StampOutPanel } from './panel.element.js';

/** The element's tag name: a public contract. */
export const PANEL_TAG = 'stamp-out-panel';

/**
 * Defines `<stamp-out-panel>` unless a copy already did. A second copy of the script on a page is
 * harmless: the first definition stays, and a different version only logs one warning.
 */
export function definePanel(registry: CustomElementRegistry | null = globalThis.customElements): void {
  if (!registry) return;
  try {
    const existing = registry.get(PANEL_TAG) as (CustomElementConstructor & { version?: string }) | undefined;
    if (existing) {
      if (existing.version !== StampOutPanel.version) {
        console.warn(
          `[stamp-out] <${PANEL_TAG}> ${existing.version ?? 'unknown version'} is already on this page; ` +
            `this copy (${StampOutPanel.version}) is not used.`,
        );
      }
      return;
    }
    registry.define(PANEL_TAG, StampOutPanel);
  } catch (error) {
    console.warn(`[stamp-out] could not define <${PANEL_TAG}>:`, error);
  }
}
