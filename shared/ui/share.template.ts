import { html, nothing, type TemplateResult } from 'lit';
import type { PanelController } from './panel.controller.js';

/**
 * The share action (only with the `share` attribute): one button; "Link copied" beside it after a
 * copy; the link in a read-only field when the browser would neither share nor copy.
 */
export function shareTemplate(c: PanelController): TemplateResult | typeof nothing {
  if (!c.options.share) return nothing;
  const { t } = c;
  // The live region announces the copy; this visible echo is for sighted people, so it is hidden from AT.
  const copied = c.status !== '' && c.status === t('ui.share.copied');
  return html`<div class="share">
    <button type="button" part="button share" class="share-button" @click=${() => void c.share()}>
      ${t('ui.share.button')}
    </button>
    ${copied ? html`<span class="share-done" aria-hidden="true">${t('ui.share.copied')}</span>` : nothing}
    ${
      c.shareFallback
        ? html`<label class="field share-fallback"
            >${t('ui.share.copyThis')}
            <input
              part="select"
              readonly
              .value=${c.shareFallback}
              @focus=${(event: FocusEvent) => (event.target as HTMLInputElement).select()}
          /></label>`
        : nothing
    }
  </div>`;
}
