import type { LocaleResource } from '../../shared/i18n/translator.js';

const ACCENTED: Readonly<Record<string, string>> = {
  a: 'á',
  e: 'é',
  i: 'í',
  o: 'ö',
  u: 'ü',
  c: 'ç',
  n: 'ñ',
  y: 'ý',
  s: 'š',
  z: 'ž',
  A: 'Å',
  E: 'É',
  I: 'Í',
  O: 'Ö',
  U: 'Ü',
  C: 'Ç',
  N: 'Ñ',
  Y: 'Ý',
  S: 'Š',
  Z: 'Ž',
};

/**
 * A pseudo-translation for layout tests: every letter accented and every string 40 % longer (padded
 * with long words, so lines must wrap), `{{placeholders}}` untouched. If the panel survives this at
 * 320 px and at 200 % zoom, real translations will fit too.
 */
export function pseudoLocalise(text: string): string {
  const parts = text.split(/(\{\{[^}]+\}\})/);
  const accented = parts.map((part) =>
    part.startsWith('{{') ? part : [...part].map((ch) => ACCENTED[ch] ?? ch).join(''),
  );
  const extra = Math.ceil(text.length * 0.4);
  const padding = 'ŀöñĝéŕ wöŕðš ƒöŕ ţĥé ļåýöûţ ţéšţ '
    .repeat(Math.ceil(extra / 32))
    .slice(0, extra)
    .trim();
  return `${accented.join('')}${padding ? ` ${padding}` : ''}`;
}

/** The pseudo-translation of a whole locale resource. */
export function pseudoLocale(resource: LocaleResource): LocaleResource {
  const out: Record<string, string | LocaleResource> = {};
  for (const [key, value] of Object.entries(resource)) {
    out[key] = typeof value === 'string' ? pseudoLocalise(value) : pseudoLocale(value);
  }
  return out;
}
