import { SIGNS } from '../content/signs.js';
import type { Audience, ExploitationType, Sign, SignGroup } from '../content/types.js';

/** A heading's group and the signs under it. */
export interface SignSection {
  readonly group: SignGroup;
  readonly signs: readonly Sign[];
}

/** What the panel lists for one audience. */
export interface SignsForAudience {
  /** The audience's own list: for jobseekers what a genuine job never asks, for employers what to check. */
  readonly own: readonly Sign[];
  /** Signs that someone else may be exploited, general first, then one section per chosen type. */
  readonly sections: readonly SignSection[];
}

function inTypes(sign: Sign, types: readonly ExploitationType[]): boolean {
  return sign.group === 'general' || types.includes(sign.group);
}

/**
 * Chooses the signs for an audience and the chosen exploitation types. The public gets the sections
 * only; jobseekers and employers get their own list first, then the sections for the public.
 */
export function signsForAudience(audience: Audience, types: readonly ExploitationType[]): SignsForAudience {
  const groups: readonly SignGroup[] = ['general', ...types];
  const sections = groups
    .map((group) => ({
      group,
      signs: SIGNS.filter((sign) => sign.group === group && sign.audiences.includes('public')),
    }))
    .filter((section) => section.signs.length > 0);
  const own =
    audience === 'public'
      ? []
      : SIGNS.filter((sign) => sign.audiences.includes(audience) && inTypes(sign, types));
  return { own, sections };
}
