// Reads the configurator's form into snippet choices, keeping out what a person typed that the
// widget would not accept (it would fall back with a console warning the partner never sees).
import { EXPLOITATION_TYPES } from '../../shared/content/types.js';
import { httpUrl } from '../../shared/ui/panel.options.js';
import { textOn, isHexColour } from './contrast.js';
import type { EmbedChoices } from './embed-snippet.js';

/** A field's problem, shown beside it; the snippet leaves that value out until it is fixed. */
export type Problems = Map<string, string>;

const NOT_AN_ADDRESS = 'Write a full web address starting with https:// (or http://).';

/**
 * The folder a partner hosts the files in, as an https address ending in `/` (a pasted script address
 * is taken to mean its folder), or why it can't be used: an http script is blocked on https pages, and
 * a ?query or #fragment would be dropped when the file name is added.
 */
export function hostFolder(typed: string): string | { problem: string } {
  const url = httpUrl(typed);
  if (!url) return { problem: NOT_AN_ADDRESS };
  const folder = new URL(url);
  if (folder.protocol !== 'https:')
    return { problem: 'Use https://: browsers block http scripts on https pages.' };
  if (folder.search || folder.hash) return { problem: 'Give the folder only, without ? or #.' };
  folder.pathname = folder.pathname.replace(/stamp-out\.m?js$/, '');
  if (!folder.pathname.endsWith('/')) folder.pathname += '/';
  return folder.href;
}

/** The form's choices, and a message per field whose value can't be used. */
export function readChoices(
  form: HTMLFormElement,
  pinnedScript: string,
): { choices: EmbedChoices; problems: Problems } {
  const data = new FormData(form);
  const text = (name: string): string => String(data.get(name) ?? '').trim();
  const problems: Problems = new Map();
  /** An http(s) address from a field, or '' (with a problem noted when something else was typed). */
  const address = (name: string, used: boolean): string => {
    const url = httpUrl(text(name));
    if (used && url === null) problems.set(name, NOT_AN_ADDRESS);
    return used ? (url ?? '') : '';
  };

  let scriptUrl = pinnedScript;
  if (data.has('self-host')) {
    const folder = hostFolder(text('host'));
    if (typeof folder === 'string') scriptUrl = new URL('stamp-out.js', folder).href;
    else if (text('host') !== '') problems.set('host', folder.problem);
  }
  const types = data.getAll('types').map(String);
  if (types.length === 0)
    problems.set('types', 'Choose at least one; with none chosen the panel covers them all.');
  const accent = data.has('brand') && isHexColour(text('accent')) ? text('accent') : '';
  const quickExit = data.has('quick-exit');
  const share = data.has('share');
  return {
    problems,
    choices: {
      scriptUrl,
      integrity: '',
      region: text('region'),
      lang: text('lang'),
      audience: text('audience') as EmbedChoices['audience'],
      variant: text('variant') as EmbedChoices['variant'],
      types,
      allTypes: EXPLOITATION_TYPES,
      theme: text('theme') as EmbedChoices['theme'],
      quickExit,
      exitUrl: address('exit-url', quickExit),
      share,
      shareUrl: address('share-url', share),
      accent,
      accentText: accent ? textOn(accent) : '',
    },
  };
}
