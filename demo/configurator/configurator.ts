// The configurator: a form → a live <stamp-out-panel> preview and the snippet to paste, pinned to
// this site's copy of the widget at `widget/<version>/` with its Subresource Integrity hash.
import { REGION_CODES } from '../../shared/content/helplines.js';
import { EXPLOITATION_TYPES } from '../../shared/content/types.js';
import { LANGUAGES } from '../../shared/i18n/languages.js';
import { contrastRatio, isHexColour, textOn } from './contrast.js';
import { embedAttributes, embedSnippet, type EmbedChoices } from './embed-snippet.js';
import { RELEASE } from './release.js';

const form = document.getElementById('configurator') as HTMLFormElement;
const preview = document.getElementById('preview')!;
const snippetCode = document.getElementById('snippet')!;
const contrastNote = document.getElementById('contrast-note')!;
const hostNote = document.getElementById('host-note')!;
const copyStatus = document.getElementById('copy-status')!;
const field = <T extends Element>(name: string): T => form.elements.namedItem(name) as unknown as T;

/** The pinned copy of the widget on this site. */
const pinnedScript = new URL(`widget/${RELEASE.version}/stamp-out.js`, document.baseURI).href;
const DARK_BACKGROUND = '#111827';
const LIGHT_BACKGROUND = '#ffffff';

function fillSelect(select: HTMLSelectElement, options: [string, string][]): void {
  for (const [value, label] of options) select.append(new Option(label, value));
}

function fillForm(): void {
  const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
  const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
  fillSelect(
    field<HTMLSelectElement>('region'),
    REGION_CODES.map((code): [string, string] => [code, regionNames.of(code) ?? code]).sort((a, b) =>
      a[1].localeCompare(b[1]),
    ),
  );
  field<HTMLSelectElement>('region').value = 'GB';
  fillSelect(
    field<HTMLSelectElement>('lang'),
    LANGUAGES.map(({ code, nativeName }): [string, string] => [
      code,
      `${languageNames.of(code) ?? code} (${nativeName})`,
    ]),
  );
  for (const element of document.querySelectorAll<HTMLElement>('[data-version]')) {
    element.textContent = RELEASE.version;
  }
  field<HTMLInputElement>('host').placeholder = new URL(`widget/${RELEASE.version}/`, document.baseURI).href;
}

/** Where the partner's snippet loads the script from: this site, or their own copy of the same files. */
function scriptUrl(): string {
  const own = field<HTMLInputElement>('host').value.trim();
  if (!field<HTMLInputElement>('self-host').checked || own === '') {
    hostNote.textContent = '';
    return pinnedScript;
  }
  try {
    const folder = new URL(own.endsWith('/') ? own : `${own}/`);
    if (folder.protocol !== 'https:' && folder.protocol !== 'http:') throw new Error('not http');
    hostNote.textContent = '';
    return new URL('stamp-out.js', folder).href;
  } catch {
    hostNote.textContent = 'That is not a full web address (https://…); the snippet uses this site for now.';
    return pinnedScript;
  }
}

function choices(): EmbedChoices {
  const data = new FormData(form);
  const text = (name: string): string => String(data.get(name) ?? '').trim();
  const accent = field<HTMLInputElement>('brand').checked ? text('accent') : '';
  const usable = isHexColour(accent) ? accent : '';
  return {
    scriptUrl: scriptUrl(),
    integrity: RELEASE.integrity,
    region: text('region'),
    lang: text('lang'),
    audience: text('audience') as EmbedChoices['audience'],
    variant: text('variant') as EmbedChoices['variant'],
    types: data.getAll('types').map(String),
    allTypes: EXPLOITATION_TYPES,
    theme: text('theme') as EmbedChoices['theme'],
    quickExit: data.has('quick-exit'),
    exitUrl: text('exit-url'),
    share: data.has('share'),
    shareUrl: text('share-url'),
    accent: usable,
    accentText: usable ? textOn(usable) : '',
  };
}

/** Says whether the accent keeps links (on the panel's background) and buttons readable: WCAG AA, 4.5:1. */
function describeContrast(current: EmbedChoices): void {
  if (!current.accent) {
    contrastNote.textContent = 'The default colours meet WCAG 2.2 AA in light and dark themes.';
    return;
  }
  const backgrounds =
    current.theme === 'dark'
      ? [DARK_BACKGROUND]
      : current.theme === 'light'
        ? [LIGHT_BACKGROUND]
        : [LIGHT_BACKGROUND, DARK_BACKGROUND];
  const onBackground = Math.min(
    ...backgrounds.map((background) => contrastRatio(current.accent, background)),
  );
  const onButton = contrastRatio(current.accent, current.accentText);
  const worst = Math.min(onBackground, onButton);
  const figures = `links ${onBackground.toFixed(1)}:1, button text ${onButton.toFixed(1)}:1`;
  contrastNote.textContent =
    worst >= 4.5
      ? `Readable: ${figures} (WCAG AA needs 4.5:1).`
      : `Too little contrast: ${figures}; WCAG AA needs 4.5:1.` +
        (current.theme === 'auto'
          ? ' With theme "auto" the colour must work on light and dark backgrounds.'
          : '') +
        ' Choose a darker or lighter colour, or a fixed theme.';
}

/** Puts the same attributes on the preview as the snippet's data-* options. */
function updatePreview(current: EmbedChoices): void {
  let panel = preview.querySelector('stamp-out-panel');
  if (!panel) {
    panel = document.createElement('stamp-out-panel');
    preview.append(panel);
  }
  const wanted = new Map(embedAttributes(current));
  for (const name of panel.getAttributeNames()) if (!wanted.has(name)) panel.removeAttribute(name);
  // The preview's variant is always written, as the loader does with data-target (card) or without (launcher).
  if (!wanted.has('variant')) panel.setAttribute('variant', 'card');
  for (const [name, value] of wanted) panel.setAttribute(name, value);
  const style = (panel as HTMLElement).style;
  if (current.accent) {
    style.setProperty('--stamp-out-accent', current.accent);
    style.setProperty('--stamp-out-accent-text', current.accentText);
  } else {
    style.removeProperty('--stamp-out-accent');
    style.removeProperty('--stamp-out-accent-text');
  }
  document.getElementById('launcher-note')!.hidden = current.variant !== 'launcher';
}

function update(): void {
  const current = choices();
  field<HTMLInputElement>('exit-url').disabled = !current.quickExit;
  field<HTMLInputElement>('share-url').disabled = !current.share;
  field<HTMLInputElement>('host').disabled = !field<HTMLInputElement>('self-host').checked;
  field<HTMLInputElement>('accent').disabled = !field<HTMLInputElement>('brand').checked;
  describeContrast(current);
  snippetCode.textContent = embedSnippet(current);
  updatePreview(current);
  copyStatus.textContent = '';
}

// Quick exit follows the audience (on for jobseekers) until the person sets it themselves.
let quickExitTouched = false;
form.addEventListener('change', (event) => {
  const target = event.target as HTMLInputElement;
  if (target.name === 'quick-exit') quickExitTouched = true;
  if (target.name === 'audience' && !quickExitTouched) {
    field<HTMLInputElement>('quick-exit').checked = target.value === 'jobseeker';
  }
  update();
});
form.addEventListener('input', update);
form.addEventListener('submit', (event) => event.preventDefault());

document.getElementById('copy-snippet')!.addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(snippetCode.textContent ?? '');
    copyStatus.textContent = 'Snippet copied. Paste it into your page where the panel should appear.';
  } catch {
    const range = document.createRange();
    range.selectNodeContents(snippetCode);
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    copyStatus.textContent = 'The snippet is selected: press Ctrl+C (or ⌘+C) to copy it.';
  }
});

fillForm();
// The preview uses this site's own copy of the widget, the same file the snippet pins.
await import(/* @vite-ignore */ new URL(`widget/${RELEASE.version}/stamp-out.mjs`, document.baseURI).href);
update();
