// WCAG 2.2 contrast for the configurator's accent colour check (a partner's brand colour must still
// leave the helpline links and buttons readable).

/** Relative luminance of `#rrggbb` (WCAG 2.2 definition). */
export function luminance(hex: string): number {
  const channels = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio between two `#rrggbb` colours, 1–21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The text colour (white or near-black) that reads best on `accent`. */
export function textOn(accent: string): '#ffffff' | '#0b1220' {
  return contrastRatio(accent, '#ffffff') >= contrastRatio(accent, '#0b1220') ? '#ffffff' : '#0b1220';
}

/** True for a `#rrggbb` colour. */
export function isHexColour(value: string): boolean {
  return /^#[0-9a-f]{6}$/i.test(value);
}
