import { AD_REASSURANCES } from '../content/rules/cues.js';
import { adSignById } from '../content/rules/signs.js';
import type { ConcernLevel } from './types.js';

/** Score (0–1) from which the level is `medium`. A weak sign alone always stays below it. */
export const MEDIUM_FROM = 0.33;
/** Score (0–1) from which the level is `high`, given a strong sign or at least three signs. */
export const HIGH_FROM = 0.6;
/** Reassurances together never soften weak signs by more than this factor. */
const MIN_SOFTENING = 0.7;
/** Signs needed for `high` when none of them is strong. */
const HIGH_WITHOUT_STRONG = 3;

/** A sign as the score sees it: how much it weighs and whether it is strong. */
export interface WeightedSign {
  readonly id: string;
  readonly weight: number;
  readonly strong: boolean;
}

/** The level and the 0–100 score of an ad's signs. */
export interface Concern {
  readonly level: ConcernLevel;
  readonly score: number;
}

/** The weight and strength a sign id has in `shared/content/rules/signs.ts` (unknown ids weigh 0). */
export function weightOf(id: string): WeightedSign {
  const rule = adSignById(id);
  return { id, weight: rule?.weight ?? 0, strong: rule?.strength === 'strong' };
}

/**
 * Combines distinct signs as independent pieces of evidence (1 − ∏(1 − weight)), softening weak signs
 * a little for each reassurance present, then applies the rules that keep single signs in proportion:
 * one weak sign is never more than `low`, and `high` needs a strong sign or several signs together.
 */
export function scoreSigns(signs: readonly WeightedSign[], reassurances: readonly string[] = []): Concern {
  if (signs.length === 0) return { level: 'none', score: 0 };
  let softening = 1;
  for (const id of reassurances) softening *= AD_REASSURANCES.find((r) => r.id === id)?.softens ?? 1;
  softening = Math.max(MIN_SOFTENING, softening);

  let remaining = 1;
  let strong = 0;
  const seen = new Set<string>();
  for (const sign of signs) {
    if (seen.has(sign.id)) continue;
    seen.add(sign.id);
    if (sign.strong) strong++;
    remaining *= 1 - Math.min(0.95, Math.max(0, sign.strong ? sign.weight : sign.weight * softening));
  }
  const p = 1 - remaining;
  let level: ConcernLevel = p >= HIGH_FROM ? 'high' : p >= MEDIUM_FROM ? 'medium' : 'low';
  if (seen.size === 1 && strong === 0) level = 'low';
  if (level === 'high' && strong === 0 && seen.size < HIGH_WITHOUT_STRONG) level = 'medium';
  return { level, score: Math.max(1, Math.min(100, Math.round(p * 100))) };
}

/** `scoreSigns` for sign ids with their usual weights. */
export function scoreSignIds(ids: readonly string[], reassurances: readonly string[] = []): Concern {
  return scoreSigns(ids.map(weightOf), reassurances);
}
