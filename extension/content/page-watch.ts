/**
 * Follows single-page navigation (LinkedIn and Indeed change the ad without reloading): calls
 * `onChange` once things settle after the URL changes or the page's content is rebuilt. Debounced, so
 * a busy page costs one re-detection per quiet period, and `stop()` removes everything it added.
 */
export interface PageWatch {
  stop(): void;
}

/** Quiet time after the last change before re-detecting. */
export const SETTLE_MS = 400;

/** Watches `window` for navigation and DOM rebuilds; ignores mutations inside `ignore` (our own host). */
export function watchPage(
  window: Window,
  onChange: () => void,
  ignore: () => Node | null = () => null,
  settleMs = SETTLE_MS,
): PageWatch {
  const { document } = window;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastUrl = window.location.href;

  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      onChange();
    }, settleMs);
  };

  const onNavigate = (): void => {
    if (window.location.href === lastUrl) return;
    lastUrl = window.location.href;
    schedule();
  };

  // Adding or removing our own host element is not a change of the page (its closed shadow tree
  // is not observed at all).
  const isOwn = (record: MutationRecord): boolean => {
    const own = ignore();
    const nodes = [...record.addedNodes, ...record.removedNodes];
    return own !== null && nodes.length > 0 && nodes.every((node) => node === own);
  };
  const observer = new MutationObserver((records) => {
    if (records.every(isOwn)) return;
    lastUrl = window.location.href;
    schedule();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  window.addEventListener('popstate', onNavigate);
  window.addEventListener('hashchange', onNavigate);
  // The Navigation API (Chromium) reports pushState navigations the page makes.
  const navigation = (window as Window & { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigatesuccess', onNavigate);

  return {
    stop() {
      clearTimeout(timer);
      observer.disconnect();
      window.removeEventListener('popstate', onNavigate);
      window.removeEventListener('hashchange', onNavigate);
      navigation?.removeEventListener('navigatesuccess', onNavigate);
    },
  };
}
