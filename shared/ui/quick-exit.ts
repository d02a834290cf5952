/**
 * The GOV.UK "Exit this page" keyboard shortcut: Shift pressed and released three times within
 * five seconds. A Shift used as a modifier (Shift+A, Ctrl+Shift) does not count, and Escape is
 * never involved, so typing and closing dialogs can't trigger it by accident.
 */

/** The subset of a KeyboardEvent the detector reads (so tests can feed plain objects). */
export interface KeyLike {
  readonly key: string;
  readonly repeat?: boolean;
  readonly ctrlKey?: boolean;
  readonly altKey?: boolean;
  readonly metaKey?: boolean;
}

/** Presses needed, and the window they must fall in. */
export const QUICK_EXIT_PRESSES = 3;
/** Milliseconds from the first press in which all presses must happen. */
export const QUICK_EXIT_WINDOW_MS = 5000;

/** Callbacks of the detector. */
export interface QuickExitKeyHandlers {
  /** Called after each counted press that did not yet trigger, with the presses still needed. */
  onProgress(remaining: number): void;
  /** Called on the third press. */
  onTrigger(): void;
  /** Called when a started sequence runs out of time. */
  onReset?(): void;
}

/** Feeds keyboard events to the detector; `reset` forgets a started sequence. */
export interface QuickExitKeys {
  keydown(event: KeyLike): void;
  keyup(event: KeyLike): void;
  reset(): void;
}

/** Creates a detector; `now` is injectable for tests. */
export function createQuickExitKeys(
  handlers: QuickExitKeyHandlers,
  now: () => number = () => Date.now(),
): QuickExitKeys {
  let count = 0;
  let firstPressAt = 0;
  let shiftHeld = false;
  let shiftUsedAsModifier = false;

  const reset = (): void => {
    const hadStarted = count > 0;
    count = 0;
    shiftHeld = false;
    shiftUsedAsModifier = false;
    if (hadStarted) handlers.onReset?.();
  };

  return {
    keydown(event) {
      if (event.key === 'Shift') {
        if (event.repeat) return;
        shiftHeld = true;
        shiftUsedAsModifier = Boolean(event.ctrlKey || event.altKey || event.metaKey);
        return;
      }
      if (shiftHeld) shiftUsedAsModifier = true;
    },
    keyup(event) {
      if (event.key !== 'Shift') return;
      const counts = shiftHeld && !shiftUsedAsModifier;
      shiftHeld = false;
      shiftUsedAsModifier = false;
      if (!counts) return;
      const time = now();
      if (count === 0 || time - firstPressAt > QUICK_EXIT_WINDOW_MS) {
        count = 0;
        firstPressAt = time;
      }
      count += 1;
      if (count >= QUICK_EXIT_PRESSES) {
        count = 0;
        handlers.onTrigger();
      } else {
        handlers.onProgress(QUICK_EXIT_PRESSES - count);
      }
    },
    reset,
  };
}
