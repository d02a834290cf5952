import { AD_COMBOS, AD_SIGNS } from '../content/rules/signs.js';
import modelFile from '../content/rules/ad-model.json';
import { modelSignWeight, runModel, type AdModelFile } from './ad-model.js';
import { contactFacts, type Span } from './contacts.js';
import { detectLanguage } from './detect-language.js';
import { keptHits } from './kept-hits.js';
import { matchPhrases } from './match.js';
import { fieldScripts, rulesFor } from './rule-engine.js';
import { findHighPay } from './pay.js';
import { scoreSigns, weightOf, type WeightedSign } from './score.js';
import { tokenize } from './tokenize.js';
import {
  AD_FIELDS,
  type AdAnalysis,
  type AdField,
  type AdInput,
  type AnalyseOptions,
  type FoundSign,
  type TokenList,
} from './types.js';

const SIGN_IDS = new Set(AD_SIGNS.map((sign) => sign.id));
const BENIGN = 'ok:benign';
/** Detection reads only the start of the text; slicing first avoids copying a long ad. */
const DETECTION_SAMPLE = 1000;
/** Ads shorter than this (title + text) are matched against every language's phrases. */
const SHORT_AD = 600;
/** The sign the statistical model reports; its weight comes from the model, not from `signs.ts`. */
const MODEL_SIGN = 'wording-like-scam-ads';
const AD_MODEL: AdModelFile = modelFile;

interface Evidence extends Span {
  readonly field: AdField;
}

function fieldText(ad: AdInput, field: AdField): string {
  const value: unknown = ad[field];
  return typeof value === 'string' ? value : '';
}

/** The language the caller gave (options first, then the ad), as a primary subtag, if well formed. */
function givenLanguage(ad: AdInput, options: AnalyseOptions): string | undefined {
  const given: unknown = options.lang ?? ad.lang;
  if (typeof given !== 'string' || !/^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8}){0,4}$/.test(given))
    return undefined;
  return given.slice(0, given.search(/[-_]|$/)).toLowerCase();
}

/** What `analyseAdDetailed` returns: the analysis plus what the score was made of. */
export interface DetailedAnalysis {
  readonly analysis: AdAnalysis;
  /** The signs as weighed, in the order of `analysis.signs`. */
  readonly weighted: readonly WeightedSign[];
  /** Reassurance ids found (`ok:…`). */
  readonly reassurances: readonly string[];
  /** The model's probability, when a model was used. */
  readonly modelP?: number;
}

/**
 * Reads a job ad and reports the signs worth checking, each with its evidence quote, plus an overall
 * level and score. Pure: no network, no browser APIs, the same ad always gives the same answer.
 * Time is linear in the length of the ad.
 */
export function analyseAd(ad: AdInput, options: AnalyseOptions = {}): AdAnalysis {
  return analyseAdDetailed(ad, options, options.model === false ? undefined : AD_MODEL).analysis;
}

/**
 * `analyseAd` with the parts of the score exposed and the model passed in (or none): used by the
 * training and evaluation scripts to weigh the model's contribution against the rules.
 */
export function analyseAdDetailed(
  ad: AdInput,
  options: AnalyseOptions,
  model: AdModelFile | undefined,
): DetailedAnalysis {
  const given = givenLanguage(ad, options);
  // Detection always runs: a page's declared language is often not the ad's.
  const detected = detectLanguage(
    `${fieldText(ad, 'title')}\n${fieldText(ad, 'text').slice(0, DETECTION_SAMPLE)}`,
  );
  // Short ads say too little for sure detection, and cost little to check against every language.
  const short = fieldText(ad, 'title').length + fieldText(ad, 'text').length < SHORT_AD;
  // Every field is cut first, so that languages bound to a script the ad does not use are skipped.
  const fields: { readonly field: AdField; readonly text: string; readonly tokens: TokenList }[] = [];
  let scripts = 0;
  for (const field of AD_FIELDS) {
    const text = fieldText(ad, field);
    if (text === '') continue;
    const { tokens } = tokenize(text);
    scripts |= fieldScripts(text, tokens);
    fields.push({ field, text, tokens });
  }
  const rules = rulesFor(
    short ? ['*'] : given === undefined || given === detected ? [detected] : [given, detected],
    scripts,
  );
  const found = new Map<string, Evidence>();
  const reassured = new Set<string>();
  const note = (id: string, evidence: Evidence): void => {
    if (!found.has(id)) found.set(id, evidence);
  };
  let phone: Evidence | undefined;
  let organisationContact = false;
  const modelTokens: { title?: TokenList; text?: TokenList } = {};

  for (const { field, text, tokens } of fields) {
    if (field === 'title' || field === 'text') modelTokens[field] = tokens;
    const span = (first: number, last: number): Evidence => ({
      field,
      start: tokens.start[first]!,
      end: tokens.end[last]!,
    });
    const { signs, reassurances } = keptHits(matchPhrases(rules, tokens));
    for (const ok of reassurances) if (ok.trigger !== BENIGN) reassured.add(ok.trigger);
    for (const hit of signs) note(hit.trigger, span(hit.first, hit.last));
    const pay = findHighPay(tokens);
    if (pay) note('pay-far-above-norm', span(pay.first, pay.last));
    const contacts = contactFacts(text, tokens);
    if (contacts.personalEmail) note('personal-email-contact', { field, ...contacts.personalEmail });
    if (contacts.messengerLink) note('messaging-app-contact', { field, ...contacts.messengerLink });
    if (contacts.phone && !phone) phone = { field, ...contacts.phone };
    organisationContact ||= contacts.organisationContact;
  }

  let modelWeight: { weight: number; strong: boolean } | undefined;
  let modelP: number | undefined;
  if (model) {
    const verdict = runModel(model, modelTokens);
    modelP = verdict.p;
    modelWeight = modelSignWeight(model, verdict.p);
    const evidence = verdict.evidence;
    const tokens = evidence ? modelTokens[evidence.field] : undefined;
    if (modelWeight && evidence && tokens) {
      note(MODEL_SIGN, {
        field: evidence.field,
        start: tokens.start[evidence.first]!,
        end: tokens.end[evidence.last]!,
      });
    }
  }

  const namedEmployer = fieldText(ad, 'employer').trim() !== '';
  if (namedEmployer) found.delete('no-named-employer');
  if (phone && !organisationContact && !namedEmployer) note('mobile-only-contact', phone);
  for (const combo of AD_COMBOS) {
    const anchor = found.get(combo.anchor);
    if (anchor && combo.with.some((id) => found.has(id))) note(combo.sign, anchor);
  }

  const signs: FoundSign[] = [];
  for (const [id, evidence] of found) {
    if (!SIGN_IDS.has(id)) continue;
    const text = fieldText(ad, evidence.field);
    signs.push({
      id,
      start: evidence.start,
      end: evidence.end,
      quote: text.slice(evidence.start, evidence.end),
      field: evidence.field,
    });
  }
  signs.sort((a, b) => AD_FIELDS.indexOf(a.field) - AD_FIELDS.indexOf(b.field) || a.start - b.start);
  const weighted = signs.map((sign) =>
    sign.id === MODEL_SIGN && modelWeight ? { id: sign.id, ...modelWeight } : weightOf(sign.id),
  );
  const { level, score } = scoreSigns(weighted, [...reassured]);
  return {
    analysis: { level, score, signs, lang: given ?? detected },
    weighted,
    reassurances: [...reassured],
    ...(modelP !== undefined && { modelP }),
  };
}
