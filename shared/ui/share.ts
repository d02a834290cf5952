/**
 * The share action for campaign sites: the browser's own share sheet (Web Share API) where there is
 * one, else the link copied to the clipboard, else the link shown for the person to copy. Nothing is
 * sent anywhere by the panel; the person chooses where it goes.
 */

/** What is shared: the page (or the partner's chosen address), its title and a line of text. */
export interface ShareData {
  readonly url: string;
  readonly title: string;
  readonly text: string;
}

/** How sharing ended: the share sheet was used, the link was copied, the person cancelled, or neither worked. */
export type ShareOutcome = 'share' | 'copy' | 'cancelled' | 'failed';

/** The parts of `navigator` used (all optional: older browsers and insecure pages lack them). */
export interface ShareNavigator {
  share?: (data: ShareData) => Promise<void>;
  canShare?: (data: ShareData) => boolean;
  clipboard?: { writeText(text: string): Promise<void> };
}

/** The address a share defaults to: the page's canonical link when it is http(s), else the page without its #fragment. */
export function pageShareUrl(document: Document): string {
  const page = document.location.href.split('#')[0] ?? '';
  const canonical = document.querySelector<HTMLLinkElement>('link[rel~="canonical"][href]');
  if (!canonical) return page;
  try {
    const url = new URL(canonical.href);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return page;
    url.hash = '';
    return url.href;
  } catch {
    // A host page's broken canonical link is not the visitor's problem.
    return page;
  }
}

/** Shares `data` with the best means the browser has. Never throws. */
export async function shareLink(navigator: ShareNavigator, data: ShareData): Promise<ShareOutcome> {
  if (typeof navigator.share === 'function') {
    let allowed = true;
    try {
      allowed = navigator.canShare ? navigator.canShare(data) : true;
    } catch {
      allowed = false;
    }
    if (allowed) {
      try {
        await navigator.share(data);
        return 'share';
      } catch (error) {
        // The person closed the share sheet: respect that, don't copy behind their back.
        if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
      }
    }
  }
  try {
    if (!navigator.clipboard) return 'failed';
    await navigator.clipboard.writeText(data.url);
    return 'copy';
  } catch {
    return 'failed';
  }
}
