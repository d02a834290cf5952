// What the configurator's form produces: the snippet a partner pastes. Pure, so it is unit-tested.

/** The choices on the configurator's form. Empty strings mean "not set" (the widget's default). */
export interface EmbedChoices {
  /** Absolute URL of the version-pinned `stamp-out.js`. */
  readonly scriptUrl: string;
  /** SRI hash of that exact file, `sha384-…`. */
  readonly integrity: string;
  readonly region: string;
  readonly lang: string;
  readonly audience: 'public' | 'jobseeker' | 'employer';
  readonly variant: 'card' | 'banner' | 'launcher';
  /** The chosen exploitation types; all of them means no `data-types`. */
  readonly types: readonly string[];
  readonly allTypes: readonly string[];
  readonly theme: 'auto' | 'light' | 'dark';
  readonly quickExit: boolean;
  readonly exitUrl: string;
  readonly share: boolean;
  readonly shareUrl: string;
  /** Accent colour `#rrggbb`, or '' for the default; `accentText` goes with it. */
  readonly accent: string;
  readonly accentText: string;
}

/** The id of the element the card or banner is mounted into. */
export const TARGET_ID = 'stamp-out';

/** Escapes a value for a double-quoted HTML attribute. */
function attributeValue(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The element attributes (without the `data-` prefix) the choices set, in a stable order. */
export function embedAttributes(choices: EmbedChoices): [string, string][] {
  const attributes: [string, string][] = [];
  if (choices.region) attributes.push(['region', choices.region]);
  if (choices.lang) attributes.push(['lang', choices.lang]);
  if (choices.audience !== 'public') attributes.push(['audience', choices.audience]);
  if (choices.variant !== 'card') attributes.push(['variant', choices.variant]);
  const allChosen = choices.allTypes.every((type) => choices.types.includes(type));
  if (!allChosen && choices.types.length > 0) attributes.push(['types', choices.types.join(',')]);
  if (choices.theme !== 'auto') attributes.push(['theme', choices.theme]);
  // Quick exit is on by default for jobseekers only: write it when the choice differs from that.
  const quickExitDefault = choices.audience === 'jobseeker';
  if (choices.quickExit !== quickExitDefault)
    attributes.push(['quick-exit', choices.quickExit ? '' : 'false']);
  if (choices.quickExit && choices.exitUrl) attributes.push(['exit-url', choices.exitUrl]);
  if (choices.share) attributes.push(['share', '']);
  if (choices.share && choices.shareUrl) attributes.push(['share-url', choices.shareUrl]);
  return attributes;
}

function dataAttribute([name, value]: [string, string]): string {
  return value === '' ? `data-${name}` : `data-${name}="${attributeValue(value)}"`;
}

/** The whole snippet: the target (card, banner), the pinned script tag, and the colours if changed. */
export function embedSnippet(choices: EmbedChoices): string {
  const inline = choices.variant !== 'launcher';
  const lines: string[] = [];
  if (inline) lines.push(`<div id="${TARGET_ID}"></div>`);
  const attributes = [
    `src="${attributeValue(choices.scriptUrl)}"`,
    `integrity="${attributeValue(choices.integrity)}"`,
    'crossorigin="anonymous"',
    ...(inline ? [`data-target="#${TARGET_ID}"`] : []),
    ...embedAttributes(choices).map(dataAttribute),
    'defer',
  ];
  lines.push(`<script\n  ${attributes.join('\n  ')}\n></script>`);
  if (choices.accent) {
    lines.push(
      `<style>\n  stamp-out-panel {\n    --stamp-out-accent: ${choices.accent};\n` +
        `    --stamp-out-accent-text: ${choices.accentText};\n  }\n</style>`,
    );
  }
  return `${lines.join('\n')}\n`;
}
