import { html, nothing, type TemplateResult } from 'lit';
import type { AdAnalysis, FoundSign } from '../analyse/types.js';
import { sourceById } from '../content/sources.js';
import { adSignById } from '../content/rules/signs.js';
import type { Translate } from '../i18n/translator.js';

/**
 * One ad's analysis, for the extension's panel and the demo's ad checker: the level, then each sign
 * with the exact phrase quoted, why it matters, what to ask and where the sign comes from. The words
 * are the analyser locale's (`analyser.*` keys); it never says an ad *is* anything, only that it shows
 * signs worth checking.
 */
export function analysisTemplate(
  t: Translate,
  analysis: AdAnalysis,
  actions?: TemplateResult,
): TemplateResult {
  const count = analysis.signs.length;
  return html`<section part="analysis" class="analysis level-${analysis.level}">
    <h3 id="stamp-out-analysis">${t(`analyser.level.${analysis.level}`)}</h3>
    <p class="summary">
      ${count === 0 ? t('analyser.summary.none') : t('analyser.summary.count', { count })}
    </p>
    ${analysis.level === 'none' ? nothing : html`<p class="advice">${t(`analyser.advice.${analysis.level}`)}</p>`}
    ${actions ?? nothing}
    ${
      count > 0
        ? html`<ol class="found-signs">
            ${analysis.signs.map((sign) => foundSignTemplate(t, sign))}
          </ol>`
        : nothing
    }
    <p class="disclaimer">${t('analyser.disclaimer')}</p>
  </section>`;
}

function foundSignTemplate(t: Translate, sign: FoundSign): TemplateResult {
  const rule = adSignById(sign.id);
  const sources = (rule?.sources ?? []).map((id) => sourceById(id)).filter((source) => source !== undefined);
  return html`<li class="found-sign">
    <p class="sign-title">${t(`analyser.${sign.id}.title`)}</p>
    <p class="quote"><q>${sign.quote}</q> <span class="field">${t(`analyser.field.${sign.field}`)}</span></p>
    <dl class="sign-details">
      <dt>${t('analyser.heading.why')}</dt>
      <dd>${t(`analyser.${sign.id}.why`)}</dd>
      <dt>${t('analyser.heading.ask')}</dt>
      <dd>${t(`analyser.${sign.id}.ask`)}</dd>
      ${
        sources.length
          ? html`<dt>${t('analyser.heading.source')}</dt>
              <dd class="sources">
                ${sources.map(
                  (source, index) =>
                    html`${index > 0 ? ', ' : ''}<a
                        href=${source.url}
                        target="_blank"
                        rel="noopener noreferrer"
                        >${source.publisher}</a
                      >`,
                )}
              </dd>`
          : nothing
      }
    </dl>
  </li>`;
}
