import { AD_CUES, AD_REASSURANCES } from '../content/rules/cues.js';
import { AD_SIGNS } from '../content/rules/signs.js';
import type { Hit } from './match.js';

const SIGN_NEGATABLE = new Map(AD_SIGNS.map((sign) => [sign.id, sign.negatable]));
const CUE_NEGATABLE = new Map(AD_CUES.map((cue) => [cue.id, cue.negatable]));
const CANCELS = new Map(AD_REASSURANCES.map((r) => [r.id, new Set(r.cancels)]));
/** Harmless readings ("direct deposit", "referral fee") cancel any sign they overlap. */
const BENIGN = 'ok:benign';
/** Signs a cancelling word after the phrase answers ("fees covered", "fee-free"). */
const POST_NEGATED = CANCELS.get('ok:no-fees') ?? new Set<string>();
/** Longest span a phrase can cover, in tokens (8 terms with gaps of up to 8). */
const MAX_PHRASE_SPAN = 80;

function cancelledBy(reassurance: string, trigger: string): boolean {
  return reassurance === BENIGN || (CANCELS.get(reassurance)?.has(trigger) ?? false);
}

/**
 * Drops hits that are negated, or answered by an overlapping reassurance, and returns the signs and
 * cues left plus the reassurances found. Linear: hits arrive in token order, so only a short window
 * of reassurances can overlap each hit.
 */
export function keptHits(hits: readonly Hit[]): { signs: Hit[]; reassurances: Hit[] } {
  const reassurances = hits.filter((hit) => hit.trigger.startsWith('ok:') && !hit.negatedBefore);
  const signs: Hit[] = [];
  let from = 0;
  for (const hit of hits) {
    if (hit.trigger.startsWith('ok:')) continue;
    const negatable = SIGN_NEGATABLE.get(hit.trigger) ?? CUE_NEGATABLE.get(hit.trigger) ?? false;
    if (negatable && hit.negatedBefore) continue;
    if (hit.negatedAfter && POST_NEGATED.has(hit.trigger)) continue;
    // Hits come in token order, so the reassurances that can overlap lie in a short moving window.
    while (from < reassurances.length && reassurances[from]!.first < hit.first - MAX_PHRASE_SPAN) from++;
    let cancelled = false;
    for (let k = from; k < reassurances.length && reassurances[k]!.first <= hit.last; k++) {
      const ok = reassurances[k]!;
      if (ok.last >= hit.first && cancelledBy(ok.trigger, hit.trigger)) {
        cancelled = true;
        break;
      }
    }
    if (!cancelled) signs.push(hit);
  }
  return { signs, reassurances };
}
