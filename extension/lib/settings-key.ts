/** The `storage.sync` key holding the settings object (its own file: the small detector needs only this). */
export const SETTINGS_KEY = 'settings';
