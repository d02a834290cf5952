import type { Translator } from '../../shared/i18n/translator.js';
import { SETTINGS_KEY } from './settings-key.js';
import { readSettings, type Settings } from './settings.js';

/** Reads the settings from `storage.sync` (defaults where nothing valid is stored). */
export async function loadSettings(): Promise<Settings> {
  const stored = await chrome.storage.sync.get(SETTINGS_KEY);
  return readSettings(stored[SETTINGS_KEY]);
}

/** Saves the settings to `storage.sync`, which the browser syncs between the person's devices. */
export async function saveSettings(settings: Settings): Promise<void> {
  await chrome.storage.sync.set({ [SETTINGS_KEY]: settings });
}

/**
 * Saves new settings from the popup or options page and switches the page's language if it changed.
 * Resolves to the status line to show.
 */
export async function saveFromPage(
  translator: Translator,
  previous: Settings,
  next: Settings,
): Promise<string> {
  await saveSettings(next);
  if (next.lang !== previous.lang) await translator.use(next.lang ?? navigator.language);
  return translator.t('extension.settings.saved');
}
