// The extension's background: the "Check selected text for signs" menu item, and the optional
// all-sites content script. Chrome runs it as a service worker, Firefox as a background script.
// It makes no network request of any kind.
import { matchPatterns } from '../../shared/extract/job-sites.js';
import { menuTitle } from '../lib/menu-title.js';
import { EXTENSION_FILES } from '../manifest.config.js';
import type { RequestToContent } from '../lib/messages.js';
import { SETTINGS_KEY } from '../lib/settings-key.js';
import { readSettings } from '../lib/settings.js';

const MENU_ID = 'stamp-out-check-selection';
const ALL_SITES_SCRIPT = 'stamp-out-all-sites';
const ALL_SITES: chrome.permissions.Permissions = { origins: ['<all_urls>'] };

async function createMenu(): Promise<void> {
  const stored = await chrome.storage.sync.get(SETTINGS_KEY);
  const settings = readSettings(stored[SETTINGS_KEY]);
  await chrome.contextMenus.removeAll();
  chrome.contextMenus.create({
    id: MENU_ID,
    title: menuTitle(settings.lang ?? chrome.i18n.getUILanguage()),
    contexts: ['selection'],
  });
}

/**
 * Hands a request to the tab's content script, injecting it first where it isn't running (activeTab:
 * the person's click on the menu item lets the extension into this one tab).
 */
async function requestCheck(tabId: number, frameId: number, message: RequestToContent): Promise<void> {
  try {
    await chrome.tabs.sendMessage(tabId, message, { frameId });
  } catch {
    await chrome.scripting.executeScript({
      target: { tabId, frameIds: [frameId] },
      files: [EXTENSION_FILES.content],
    });
    await chrome.tabs.sendMessage(tabId, message, { frameId });
  }
}

/** Runs the content script on every site while the person has granted that permission. */
async function syncAllSitesScript(): Promise<void> {
  const granted = await chrome.permissions.contains(ALL_SITES);
  const registered = await chrome.scripting.getRegisteredContentScripts({ ids: [ALL_SITES_SCRIPT] });
  if (granted && registered.length === 0) {
    await chrome.scripting.registerContentScripts([
      {
        id: ALL_SITES_SCRIPT,
        matches: ['<all_urls>'],
        // The known job sites have the declared content script already.
        excludeMatches: matchPatterns(),
        js: [EXTENSION_FILES.content],
        runAt: 'document_idle',
      },
    ]);
  } else if (!granted && registered.length > 0) {
    await chrome.scripting.unregisterContentScripts({ ids: [ALL_SITES_SCRIPT] });
  }
}

chrome.runtime.onInstalled.addListener(() => {
  void createMenu();
  void syncAllSitesScript();
});
chrome.runtime.onStartup.addListener(() => void syncAllSitesScript());
chrome.permissions.onAdded.addListener(() => void syncAllSitesScript());
chrome.permissions.onRemoved.addListener(() => void syncAllSitesScript());
chrome.storage.onChanged.addListener((changes, area) => {
  if (area === 'sync' && SETTINGS_KEY in changes) void createMenu();
});

chrome.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId !== MENU_ID || tab?.id === undefined || !info.selectionText) return;
  void requestCheck(tab.id, info.frameId ?? 0, { type: 'check-text', text: info.selectionText }).catch(
    (error) => console.debug('[stamp-out] could not check the selection', error),
  );
});

// Content scripts hold a port open so they can tell when the extension is reloaded.
chrome.runtime.onConnect.addListener(() => undefined);

// The page detector (content.js) found a job ad or listing: add the panel stage to its world.
chrome.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
  if ((message as { type?: unknown } | null)?.type !== 'load-panel') return undefined;
  const tabId = sender.tab?.id;
  if (sender.id !== chrome.runtime.id || tabId === undefined) return undefined;
  chrome.scripting
    .executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [EXTENSION_FILES.panel] })
    .then(
      () => sendResponse({ loaded: true }),
      (error: unknown) => sendResponse({ loaded: false, error: String(error) }),
    );
  return true;
});
