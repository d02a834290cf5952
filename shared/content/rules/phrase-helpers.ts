/**
 * Small helpers for writing phrase lists: the phrase syntax allows one-word alternatives only
 * (`fee|charge`), so combinations of multi-word or Chinese phrases are spelled out with `cross`.
 */

/**
 * Every `left .. right` combination, e.g. `cross(['send', 'email'], ['bank details', 'card number'])`.
 * `gap` is the phrase operator between them (`..` by default; `''` for adjacent).
 */
export function cross(lefts: readonly string[], rights: readonly string[], gap = '..'): string[] {
  const out: string[] = [];
  for (const left of lefts)
    for (const right of rights) out.push(gap ? `${left} ${gap} ${right}` : `${left} ${right}`);
  return out;
}
