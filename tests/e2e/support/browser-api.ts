import { createApi } from '../../../src-main/preload/create-api';
import type { ChannelName } from '../../../src-main/shared/channels';
import type { Result } from '../../../src-main/shared/result';

/**
 * Runs in the page before the app: builds `window.api` with the real createApi, whose invoke is a
 * Playwright binding into the test's Node process, where the real handler table answers.
 */
declare global {
  interface Window {
    __datelineInvoke: (channel: ChannelName, input: unknown) => Promise<Result<unknown>>;
    /** The Playwright binding behind `__datelineInvoke`: the answer as JSON text. */
    __datelineInvokeJson: (channel: ChannelName, input: unknown) => Promise<string>;
    /** Delivers a push from "main", as webContents.send does in the app; tests call it with page.evaluate. */
    __datelinePush: (name: string, payload: unknown) => void;
    /** Where the test says each dropped file (by name) lives, standing in for Electron's webUtils. */
    __datelineDroppedPaths?: Record<string, string>;
  }
}

window.__datelineInvoke = async (channel, input) => JSON.parse(await window.__datelineInvokeJson(channel, input)) as Result<unknown>;
const listeners = new Map<string, Set<(payload: unknown) => void>>();
window.__datelinePush = (name, payload) => listeners.get(name)?.forEach((listener) => listener(payload));
window.api = createApi(
  (channel, input) => window.__datelineInvoke(channel, input),
  (name, callback) => {
    const set = listeners.get(name) ?? new Set();
    listeners.set(name, set.add(callback));
    return () => set.delete(callback);
  },
  (file) => window.__datelineDroppedPaths?.[file.name] ?? null,
);
