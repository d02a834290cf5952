// The configurator: a form → a live preview (in a frame, demo/preview.html) and the snippet to paste,
// pinned to this site's copy of the widget at `widget/<version>/` with its Subresource Integrity hash.
import { LANGUAGES } from '../../shared/i18n/languages.js';
import { regionsByName } from '../../shared/ui/region-names.js';
import { describeContrast } from './contrast-note.js';
import { embedAttributes, embedSnippet, type EmbedChoices } from './embed-snippet.js';
import { isSiteMessage, type PreviewMessage, type PreviewReady } from './preview-message.js';
import { readChoices, type Problems } from './read-choices.js';
import { RELEASE } from './release.js';

const form = document.getElementById('configurator') as HTMLFormElement;
const frame = document.getElementById('preview-frame') as HTMLIFrameElement;
const snippetCode = document.getElementById('snippet')!;
const copyStatus = document.getElementById('copy-status')!;
const field = <T extends Element>(name: string): T => form.elements.namedItem(name) as unknown as T;

/** The pinned copy of the widget on this site. */
const pinnedScript = new URL(`widget/${RELEASE.version}/stamp-out.js`, document.baseURI).href;

/** Sets text only when it changes, so live regions speak once per real change, not per keystroke. */
function say(id: string, text: string): void {
  const element = document.getElementById(id);
  if (element && element.textContent !== text) element.textContent = text;
}

function fillSelect(select: HTMLSelectElement, options: [string, string][]): void {
  for (const [value, label] of options) select.append(new Option(label, value));
}

function fillForm(): void {
  const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
  fillSelect(
    field<HTMLSelectElement>('region'),
    regionsByName('en').map(({ code, name }): [string, string] => [code, name]),
  );
  field<HTMLSelectElement>('region').value = 'GB';
  fillSelect(
    field<HTMLSelectElement>('lang'),
    LANGUAGES.map(({ code, nativeName }): [string, string] => [
      code,
      `${languageNames.of(code) ?? code} (${nativeName})`,
    ]),
  );
  field<HTMLInputElement>('host').placeholder = new URL(`widget/${RELEASE.version}/`, document.baseURI).href;
}

/**
 * Marks each field with a problem (aria-invalid + its message) and clears the others. While the
 * person is still typing (`typing`), problems are only cleared, not raised: no error for "htt".
 */
function showProblems(problems: Problems, typing: boolean): void {
  for (const name of ['exit-url', 'share-url', 'host', 'types']) {
    const message = problems.get(name) ?? '';
    if (typing && message) continue;
    say(`${name}-error`, message);
    const control = field<Element>(name);
    if (control instanceof HTMLInputElement) control.setAttribute('aria-invalid', message ? 'true' : 'false');
  }
}

let previewReady = false;
let lastPreview: PreviewMessage | undefined;

function updatePreview(choices: EmbedChoices): void {
  lastPreview = {
    type: 'stamp-out-preview',
    attributes: embedAttributes(choices),
    accent: choices.accent,
    accentText: choices.accentText,
  };
  if (previewReady) frame.contentWindow?.postMessage(lastPreview, location.origin);
  document.getElementById('launcher-note')!.hidden = choices.variant !== 'launcher';
}

function update(event?: Event): void {
  const typing = event?.type === 'input';
  const { choices, problems } = readChoices(form, pinnedScript);
  const current = { ...choices, integrity: RELEASE.integrity };
  field<HTMLInputElement>('exit-url').disabled = !current.quickExit;
  field<HTMLInputElement>('share-url').disabled = !current.share;
  field<HTMLInputElement>('host').disabled = !field<HTMLInputElement>('self-host').checked;
  field<HTMLInputElement>('accent').disabled = !field<HTMLInputElement>('brand').checked;
  showProblems(problems, typing);
  // Said once the colour is chosen, not at every step of dragging the picker.
  if (!typing) say('contrast-note', describeContrast(current));
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
  update(event);
});
form.addEventListener('input', (event) => update(event));
form.addEventListener('submit', (event) => event.preventDefault());

// After the preview's quick exit the frame shows the exit page (or the browser's "refused" page):
// offer to bring the preview back.
frame.addEventListener('load', () => {
  let atPreview = false;
  try {
    atPreview = frame.contentWindow?.location.pathname.endsWith('/preview.html') ?? false;
  } catch {
    // Another origin: not the preview.
  }
  if (!atPreview) previewReady = false;
  document.getElementById('preview-gone')!.hidden = atPreview;
});
document.getElementById('preview-again')!.addEventListener('click', () => {
  frame.src = 'preview.html';
});

addEventListener('message', (event) => {
  if (event.source !== frame.contentWindow || !isSiteMessage<PreviewReady>(event, 'stamp-out-preview-ready'))
    return;
  previewReady = true;
  if (lastPreview) frame.contentWindow?.postMessage(lastPreview, location.origin);
});

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
update();
// Loaded only now, so the frame's "ready" can't arrive before this page listens for it.
frame.src = 'preview.html';
