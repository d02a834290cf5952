/** Helpers shared by the analyser tests (not a test file itself). */
import { analyseAd } from '../../../shared/analyse/analyse-ad';
import type { AdAnalysis, AdInput } from '../../../shared/analyse/types';

/** Analyses with the rules only, so phrase tests do not depend on the trained model. */
export function rulesOnly(ad: AdInput | string): AdAnalysis {
  return analyseAd(typeof ad === 'string' ? { text: ad } : ad, { model: false });
}

/** Sign ids found by the rules in a text. */
export function signIds(ad: AdInput | string): string[] {
  return rulesOnly(ad).signs.map((sign) => sign.id);
}

/** Throws unless every sign's quote is exactly the slice of its field it claims to be. */
export function expectSpansExact(ad: AdInput, analysis: AdAnalysis): void {
  for (const sign of analysis.signs) {
    const field = ad[sign.field];
    if (typeof field !== 'string') throw new Error(`sign ${sign.id} points into missing field ${sign.field}`);
    if (sign.start < 0 || sign.end > field.length || sign.start >= sign.end) {
      throw new Error(`sign ${sign.id} has a bad span ${sign.start}-${sign.end}`);
    }
    if (field.slice(sign.start, sign.end) !== sign.quote)
      throw new Error(`sign ${sign.id} quote does not match its span`);
  }
}
