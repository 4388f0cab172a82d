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
  }
}

window.api = createApi(
  (channel, input) => window.__datelineInvoke(channel, input),
  () => () => undefined,
);
