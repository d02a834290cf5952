import { readSettings, SETTINGS_KEY, type Settings } from './settings.js';

/** Reads the settings from `storage.sync` (defaults where nothing valid is stored). */
export async function loadSettings(): Promise<Settings> {
  const stored = await chrome.storage.sync.get(SETTINGS_KEY);
  return readSettings(stored[SETTINGS_KEY]);
}

/** Saves the settings to `storage.sync`, which the browser syncs between the person's devices. */
export async function saveSettings(settings: Settings): Promise<void> {
  await chrome.storage.sync.set({ [SETTINGS_KEY]: settings });
}
