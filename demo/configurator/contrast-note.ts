// The configurator's sentence about the chosen accent colour: does it keep links (on the panel's
// background) and button text readable at WCAG 2.2 AA, 4.5:1?
import { contrastRatio } from './contrast.js';
import type { EmbedChoices } from './embed-snippet.js';

const LIGHT_BACKGROUND = '#ffffff';
const DARK_BACKGROUND = '#111827';

/** One sentence on the accent's contrast for the chosen theme(s). */
export function describeContrast(choices: Pick<EmbedChoices, 'accent' | 'accentText' | 'theme'>): string {
  if (!choices.accent) return 'The default colours meet WCAG 2.2 AA in light and dark themes.';
  const backgrounds =
    choices.theme === 'dark'
      ? [DARK_BACKGROUND]
      : choices.theme === 'light'
        ? [LIGHT_BACKGROUND]
        : [LIGHT_BACKGROUND, DARK_BACKGROUND];
  const onBackground = Math.min(
    ...backgrounds.map((background) => contrastRatio(choices.accent, background)),
  );
  const onButton = contrastRatio(choices.accent, choices.accentText);
  const figures = `links ${onBackground.toFixed(1)}:1, button text ${onButton.toFixed(1)}:1`;
  if (Math.min(onBackground, onButton) >= 4.5) return `Readable: ${figures} (WCAG AA needs 4.5:1).`;
  return (
    `Too little contrast: ${figures}; WCAG AA needs 4.5:1.` +
    (choices.theme === 'auto'
      ? ' With theme "auto" the colour must work on light and dark backgrounds.'
      : '') +
    ' Choose a darker or lighter colour, or a fixed theme.'
  );
}
