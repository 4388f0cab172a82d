import type { DatelineApi } from '../../../src-main/shared/ipc-contract';

declare global {
  interface Window {
    /** The renderer's API, as the preload (or the test harness) exposes it. */
    api: DatelineApi;
  }
}
