import type { ConcernLevel } from '../../shared/analyse/types.js';

/**
 * Messages between the extension's parts, typed by direction. Every message is plain data; the
 * page's content never leaves the browser (there is no network code anywhere in the extension).
 */

/** What the content script found on its tab, as the popup shows it. */
export type PageState =
  | {
      readonly kind: 'job-ad';
      readonly level: ConcernLevel;
      readonly signCount: number;
      readonly title: string;
    }
  | { readonly kind: 'listing' }
  | { readonly kind: 'none' }
  | { readonly kind: 'disabled' };

/** Popup → content script (`tabs.sendMessage`). */
export type PopupToContent = { readonly type: 'get-state' } | { readonly type: 'open-panel' };

/** Background or popup → content script, after injecting it on request (activeTab). */
export type RequestToContent =
  { readonly type: 'check-page' } | { readonly type: 'check-text'; readonly text: string };

/** Anything the content script receives. */
export type ToContent = PopupToContent | RequestToContent;

/** The content script's answer to `get-state`, `check-page` and `check-text`. */
export interface ContentReply {
  readonly state: PageState;
  /** The tab's hostname (the popup can't read tab URLs without the `tabs` permission). */
  readonly host: string;
}

const CONTENT_TYPES = new Set<string>(['get-state', 'open-panel', 'check-page', 'check-text']);

/** Narrows an incoming runtime message to one the content script handles. */
export function isToContent(message: unknown): message is ToContent {
  if (typeof message !== 'object' || message === null) return false;
  const { type, text } = message as { type?: unknown; text?: unknown };
  if (typeof type !== 'string' || !CONTENT_TYPES.has(type)) return false;
  return type !== 'check-text' || typeof text === 'string';
}
