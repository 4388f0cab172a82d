import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { IpcActivity } from '../../../src-main/ipc/activity';

vi.mock('electron', () => ({}));
const { guardWindowClose } = await import('../../../src-main/windows/close-guard');

/** A window that records pushes and closes, enough for the guard. */
function fakeWindow() {
  const window = Object.assign(new EventEmitter(), {
    closes: 0,
    sent: [] as string[],
    isDestroyed: () => false,
    close: () => {
      window.closes += 1;
      window.emit('close', { preventDefault: () => undefined });
    },
    webContents: { isLoading: () => false, send: (channel: string) => window.sent.push(channel) },
  });
  return window;
}

describe('closing the window', () => {
  it('asks the page to save, waits for its calls to be answered, then closes', async () => {
    vi.useFakeTimers();
    const activity = new IpcActivity();
    const window = fakeWindow();
    guardWindowClose(window as never, activity);
    const prevented = vi.fn();
    window.emit('close', { preventDefault: prevented });
    expect(prevented).toHaveBeenCalled();
    expect(window.sent).toEqual(['push:app:closing']);
    const save = activity.begin();
    await vi.advanceTimersByTimeAsync(500);
    expect(window.closes).toBe(0);
    save();
    await vi.advanceTimersByTimeAsync(1);
    expect(window.closes).toBe(1);
    vi.useRealTimers();
  });

  it('closes anyway after two seconds if a call never ends', async () => {
    vi.useFakeTimers();
    const activity = new IpcActivity();
    const window = fakeWindow();
    guardWindowClose(window as never, activity);
    activity.begin();
    window.emit('close', { preventDefault: () => undefined });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(window.closes).toBe(0);
    await vi.advanceTimersByTimeAsync(1_500);
    expect(window.closes).toBe(1);
    vi.useRealTimers();
  });
});

describe('IpcActivity', () => {
  it('is idle at once with nothing running, and counts each call once', async () => {
    const activity = new IpcActivity();
    await activity.whenIdle(10_000);
    const done = activity.begin();
    let isIdle = false;
    void activity.whenIdle(10_000).then(() => (isIdle = true));
    done();
    done();
    await Promise.resolve();
    expect(isIdle).toBe(true);
  });
});
