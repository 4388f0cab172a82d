import { CHANNEL_NAMES, type ChannelName } from '../shared/channels';
import type { DatelineApi, PushEvents } from '../shared/ipc-contract';
import type { Result } from '../shared/result';

/** Sends one call to main and answers its Result. */
export type Invoke = (channel: ChannelName, input: unknown) => Promise<Result<unknown>>;

/** Subscribes to a push from main; answers the function that unsubscribes. */
export type Subscribe = (name: keyof PushEvents, callback: (payload: unknown) => void) => () => void;

/**
 * Builds `window.api`: one function per channel of the contract (`api.articles.get` for
 * `articles:get`), each sending through `invoke`, plus `onEvent`. A call whose transport fails
 * answers an `internal` Result instead of throwing; `pathForFile` finds a dropped file on disk. The
 * preload passes Electron's `ipcRenderer.invoke` and `webUtils.getPathForFile`; browser end-to-end
 * tests pass functions into the test's Node process.
 */
export function createApi(invoke: Invoke, subscribe: Subscribe, pathForFile: (file: File) => string | null = () => null): DatelineApi {
  const api: Record<string, unknown> = {};
  for (const channel of CHANNEL_NAMES) {
    const [domain, verb] = channel.split(':') as [string, string];
    const functions = (api[domain] ??= {}) as Record<string, unknown>;
    functions[verb] = (input?: unknown): Promise<Result<unknown>> =>
      invoke(channel, input).catch((error: unknown) => ({
        ok: false as const,
        error: { code: 'internal' as const, message: `Dateline could not reach its main process (${String(error)}). Restart the app.` },
      }));
  }
  api.onEvent = (name: keyof PushEvents, callback: (payload: unknown) => void) => subscribe(name, callback);
  api.pathForFile = (file: File) => pathForFile(file);
  return api as DatelineApi;
}
