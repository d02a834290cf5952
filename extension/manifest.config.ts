import { matchPatterns } from '../shared/extract/job-sites.js';

/** The browsers the extension is built for. */
export type TargetBrowser = 'chrome' | 'firefox';

/** File names inside each unpacked build (the build script writes them). */
export const EXTENSION_FILES = {
  content: 'content.js',
  panel: 'panel.js',
  background: 'background.js',
  popup: 'popup/popup.html',
  options: 'options/options.html',
} as const;

/** Firefox's add-on id: stable, so settings in `storage.sync` survive updates. */
export const GECKO_ID = 'job-ad-checker@stamp-out.org';

/**
 * The Manifest V3 manifest for one browser. Permissions are only what is used: `storage` (settings),
 * `contextMenus` (check selected text), `activeTab` + `scripting` (check a page the person asks
 * about); all sites only as an optional host permission the person grants in the options page.
 * No web-accessible resources, no remote code, no network.
 */
export function buildManifest(browser: TargetBrowser, version: string): Record<string, unknown> {
  const manifest: Record<string, unknown> = {
    manifest_version: 3,
    name: 'Stamp Out: job ad checker',
    short_name: 'Stamp Out',
    version,
    description:
      'Shows signs of exploitative recruitment in job ads, and where to get help. Runs on your device: nothing leaves your browser.',
    permissions: ['storage', 'contextMenus', 'activeTab', 'scripting'],
    host_permissions: matchPatterns(),
    optional_host_permissions: ['<all_urls>'],
    content_scripts: [{ matches: matchPatterns(), js: [EXTENSION_FILES.content], run_at: 'document_idle' }],
    action: { default_popup: EXTENSION_FILES.popup, default_title: 'Stamp Out', default_icon: icons() },
    options_ui: { page: EXTENSION_FILES.options, open_in_tab: true },
    icons: icons(),
  };
  if (browser === 'chrome') {
    manifest.background = { service_worker: EXTENSION_FILES.background };
    manifest.minimum_chrome_version = '120';
  } else {
    manifest.background = { scripts: [EXTENSION_FILES.background] };
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
    };
  }
  return manifest;
}

function icons(): Record<string, string> {
  return {
    '16': 'icons/icon-16.png',
    '32': 'icons/icon-32.png',
    '48': 'icons/icon-48.png',
    '128': 'icons/icon-128.png',
  };
}
