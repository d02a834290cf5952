/**
 * The events the panel fires (bubbling, composed `CustomEvent`s). Partners count use with their own
 * analytics by listening to these; the panel itself never sends anything anywhere.
 */

/** How a person chose to get in touch. */
export type ContactChannel = 'phone' | 'sms' | 'web' | 'emergency';

/** `detail` of each event, by event name. */
export interface PanelEventMap {
  'stamp-out-open': { variant: string };
  'stamp-out-close': { variant: string };
  'stamp-out-contact': { region: string; channel: ContactChannel; href: string };
  'stamp-out-exit': { href: string };
  'stamp-out-region-change': { region: string; previous: string };
  'stamp-out-lang-change': { lang: string; previous: string };
  'stamp-out-share': { method: 'share' | 'copy'; url: string };
}

/** Creates one panel event with the contract's flags. */
export function createPanelEvent<K extends keyof PanelEventMap>(
  type: K,
  detail: PanelEventMap[K],
): CustomEvent<PanelEventMap[K]> {
  return new CustomEvent(type, { detail, bubbles: true, composed: true });
}
