import { html, nothing, type TemplateResult } from 'lit';
import type { PrintHelpline, PrintModel, PrintNumber } from './print-content.js';
import { qrSvg } from './qr-svg.js';

/** The last QR code drawn: re-rendering the same sheet keeps the same element. */
let lastQr: { url: string; svg: SVGSVGElement } | undefined;

function qrCode(url: string): SVGSVGElement {
  if (lastQr?.url !== url) lastQr = { url, svg: qrSvg(url) };
  return lastQr.svg;
}

/** A number or address kept left-to-right inside any text direction. */
function ltr(text: string): TemplateResult {
  return html`<bdi dir="ltr">${text}</bdi>`;
}

function numberLine(number: PrintNumber, className: string): TemplateResult {
  return html`<p class=${className}>
    <span class="sheet-label">${number.label}</span>
    <a class="sheet-number" href=${number.href}>${ltr(number.display)}</a>
  </p>`;
}

function webLine(web: NonNullable<PrintHelpline['web']>): TemplateResult {
  return html`<p class="sheet-web">
    <span class="sheet-label">${web.label}</span>
    <a href=${web.url} rel="noopener noreferrer">${ltr(web.display)}</a>
  </p>`;
}

function facts(helpline: PrintHelpline): TemplateResult | typeof nothing {
  const details = [...helpline.facts, ...(helpline.hours ? [helpline.hours] : [])];
  return details.length ? html`<p class="sheet-facts">${details.join(' · ')}</p>` : nothing;
}

// The number gets the full width; what the service is, texting, the website and the emergency number
// sit beside the QR code.
function helpSection(model: PrintModel): TemplateResult {
  const { helpline, emergency, qr } = model;
  return html`<section class="sheet-help" aria-labelledby="sheet-help-heading">
    <h4 id="sheet-help-heading">${model.helpHeading}</h4>
    ${helpline?.reassurance ? html`<p class="sheet-reassurance">${helpline.reassurance}</p>` : nothing}
    ${model.noHelpline ? html`<p class="sheet-no-helpline">${model.noHelpline}</p>` : nothing}
    ${helpline?.name ? html`<p class="sheet-service">${helpline.name}</p>` : nothing}
    ${helpline?.call ? numberLine(helpline.call, 'sheet-call') : nothing}
    <div class="sheet-help-row">
      <div class="sheet-routes">
        ${helpline ? facts(helpline) : nothing}
        ${helpline?.sms ? numberLine(helpline.sms, 'sheet-sms') : nothing}
        ${helpline?.web ? webLine(helpline.web) : nothing}
        ${emergency ? numberLine(emergency, 'sheet-emergency') : nothing}
      </div>
      ${
        qr
          ? html`<figure class="sheet-qr">
              ${qrCode(qr.url)}
              <figcaption>${qr.caption}</figcaption>
            </figure>`
          : nothing
      }
    </div>
  </section>`;
}

/**
 * The card or poster, laid out from a `PrintModel`. `lang` and `dir` sit on the sheet itself, so an
 * Arabic card in the English page reads right to left; numbers and addresses stay left to right.
 */
export function printSheet(model: PrintModel): TemplateResult {
  return html`<article
    class="sheet sheet-${model.format}"
    lang=${model.lang}
    dir=${model.dir}
    aria-labelledby="sheet-title"
  >
    <h3 id="sheet-title" class="sheet-title">${model.title}</h3>
    ${model.intro ? html`<p class="sheet-intro">${model.intro}</p>` : nothing}
    <section class="sheet-signs" aria-labelledby="sheet-signs-heading">
      <h4 id="sheet-signs-heading">${model.signsHeading}</h4>
      <ul>
        ${model.signs.map((sign) => html`<li>${sign}</li>`)}
      </ul>
    </section>
    ${helpSection(model)}
    <p class="sheet-footer">${model.footer}</p>
  </article>`;
}
