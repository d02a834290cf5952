import { describe, expect, it, vi } from 'vitest';
import { createQuickExitKeys, type KeyLike } from '../../shared/ui/quick-exit.js';

function setup() {
  let time = 0;
  const onProgress = vi.fn();
  const onTrigger = vi.fn();
  const onReset = vi.fn();
  const keys = createQuickExitKeys({ onProgress, onTrigger, onReset }, () => time);
  const press = (key = 'Shift', extra: Partial<KeyLike> = {}) => {
    keys.keydown({ key, ...extra });
    keys.keyup({ key, ...extra });
  };
  const advance = (ms: number) => {
    time += ms;
  };
  return { keys, press, advance, onProgress, onTrigger, onReset };
}

describe('quick exit: Shift pressed three times', () => {
  it('triggers on the third press within five seconds and announces progress', () => {
    const { press, advance, onProgress, onTrigger } = setup();
    press();
    advance(1000);
    press();
    expect(onProgress.mock.calls).toEqual([[2], [1]]);
    expect(onTrigger).not.toHaveBeenCalled();
    advance(1000);
    press();
    expect(onTrigger).toHaveBeenCalledTimes(1);
  });

  it('starts again when the presses are spread over more than five seconds', () => {
    const { press, advance, onTrigger } = setup();
    press();
    advance(3000);
    press();
    advance(2500);
    press();
    expect(onTrigger).not.toHaveBeenCalled();
    press();
    press();
    expect(onTrigger).toHaveBeenCalledTimes(1);
  });

  it('does not count Shift used as a modifier for typing capitals', () => {
    const { keys, press, onTrigger, onProgress } = setup();
    for (let i = 0; i < 3; i += 1) {
      keys.keydown({ key: 'Shift' });
      keys.keydown({ key: 'A' });
      keys.keyup({ key: 'A' });
      keys.keyup({ key: 'Shift' });
    }
    expect(onTrigger).not.toHaveBeenCalled();
    expect(onProgress).not.toHaveBeenCalled();
    press();
    expect(onProgress).toHaveBeenCalledWith(2);
  });

  it('does not count Shift held with Ctrl, Alt or Meta, nor key repeat', () => {
    const { keys, press, onProgress, onTrigger } = setup();
    press('Shift', { ctrlKey: true });
    press('Shift', { altKey: true });
    press('Shift', { metaKey: true });
    keys.keydown({ key: 'Shift' });
    keys.keydown({ key: 'Shift', repeat: true });
    keys.keydown({ key: 'Shift', repeat: true });
    keys.keyup({ key: 'Shift' });
    expect(onProgress.mock.calls).toEqual([[2]]);
    expect(onTrigger).not.toHaveBeenCalled();
  });

  it('never reacts to Escape or other keys', () => {
    const { press, onProgress, onTrigger } = setup();
    for (let i = 0; i < 5; i += 1) press('Escape');
    for (let i = 0; i < 5; i += 1) press('Enter');
    expect(onProgress).not.toHaveBeenCalled();
    expect(onTrigger).not.toHaveBeenCalled();
  });

  it('reset forgets a started sequence', () => {
    const { keys, press, onTrigger, onReset } = setup();
    press();
    press();
    keys.reset();
    expect(onReset).toHaveBeenCalledTimes(1);
    press();
    expect(onTrigger).not.toHaveBeenCalled();
  });
});
