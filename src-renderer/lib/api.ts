import type { DatelineApi } from '../../src-main/shared/ipc-contract';
import type { Result } from '../../src-main/shared/result';

declare global {
  interface Window {
    /** Built by the preload (or a test harness) with createApi; the renderer's only way to main. */
    api: DatelineApi;
  }
}

/** The API to the main process. The only place in the renderer that touches `window.api`. */
export function getApi(): DatelineApi {
  return window.api;
}

/** The value of a successful Result; throws a {@link ResultError} carrying the user-facing message otherwise. */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new ResultError(result.error.message, result.error.code);
}

/** A failed Result as an exception, for state classes that catch it and show its message. */
export class ResultError extends Error {
  /** @param message for the user; @param code the Result's error code */
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'ResultError';
  }
}

export type { DatelineApi };
