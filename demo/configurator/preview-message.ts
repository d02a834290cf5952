// What the configurator tells its preview frame (demo/preview.html), and the frame's "ready" reply.

/** The panel's attributes and colours for the preview, as the snippet would set them. */
export interface PreviewMessage {
  readonly type: 'stamp-out-preview';
  readonly attributes: readonly (readonly [string, string])[];
  readonly accent: string;
  readonly accentText: string;
}

/** Sent by the frame once it can show a panel. */
export interface PreviewReady {
  readonly type: 'stamp-out-preview-ready';
}

/** True for a message of `type` from this same site. */
export function isSiteMessage<T extends { type: string }>(
  event: MessageEvent,
  type: T['type'],
): event is MessageEvent<T> {
  return (
    event.origin === location.origin &&
    typeof event.data === 'object' &&
    event.data !== null &&
    (event.data as { type?: unknown }).type === type
  );
}
