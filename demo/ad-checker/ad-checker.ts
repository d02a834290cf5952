// The demo's ad checker: paste an ad, see its signs. Runs entirely in the page; nothing is sent.
import { html, render, type TemplateResult } from 'lit';
import { analyseAd } from '../../shared/analyse/analyse-ad.js';
import type { AdAnalysis, AdField, AdInput } from '../../shared/analyse/types.js';
import { AD_RULE_SETS } from '../../shared/content/rules/rule-sets.js';
import analyserEnglish from '../../shared/i18n/locales/analyser/en.json';
import { Translator } from '../../shared/i18n/translator.js';
import { analysisTemplate } from '../../shared/ui/analysis.template.js';

const translator = new Translator({ analyser: analyserEnglish }, async () => undefined);
const form = document.getElementById('ad-form') as HTMLFormElement;
const result = document.getElementById('result')!;
const languageSelect = form.elements.namedItem('lang') as HTMLSelectElement;

/** The ad's text with each quoted phrase marked, built from the analyser's offsets (never as HTML). */
export function markedText(text: string, analysis: AdAnalysis, field: AdField = 'text'): TemplateResult[] {
  const spans = analysis.signs
    .filter((sign) => sign.field === field)
    .map((sign) => [sign.start, sign.end] as const)
    .sort((a, b) => a[0] - b[0]);
  const parts: TemplateResult[] = [];
  let at = 0;
  for (const [start, end] of spans) {
    if (start < at) continue;
    parts.push(html`${text.slice(at, start)}`, html`<mark>${text.slice(start, end)}</mark>`);
    at = end;
  }
  parts.push(html`${text.slice(at)}`);
  return parts;
}

function languageOptions(): TemplateResult {
  const names = new Intl.DisplayNames(['en'], { type: 'language' });
  const codes = AD_RULE_SETS.map((set) => set.lang).filter((code) => /^[a-z]{2}$/.test(code));
  return html`<option value="">Detect it for me</option>
    ${codes.map((code) => html`<option value=${code}>${names.of(code) ?? code}</option>`)}`;
}

function check(event: Event): void {
  event.preventDefault();
  const data = new FormData(form);
  const text = String(data.get('text') ?? '');
  const ad: AdInput = {
    text,
    title: String(data.get('title') ?? '') || undefined,
    employer: String(data.get('employer') ?? '') || undefined,
  };
  const lang = String(data.get('lang') ?? '');
  const analysis = analyseAd(ad, lang ? { lang } : {});
  const names = new Intl.DisplayNames(['en'], { type: 'language' });
  render(
    html`${analysisTemplate(translator.t, analysis)}
      <p>Language: ${names.of(analysis.lang) ?? analysis.lang}${lang ? '' : ' (detected)'}</p>
      <h2>The ad, with the phrases marked</h2>
      <div class="ad-text">${markedText(text, analysis)}</div>`,
    result,
  );
}

render(languageOptions(), languageSelect);
form.addEventListener('submit', check);
