import { z } from 'zod';

/**
 * The closed set of error codes that may cross the IPC boundary.
 * `forbidden` is used only when a call comes from a frame that is not the app's own.
 */
export const ERROR_CODES = ['invalid-input', 'not-found', 'import-failed', 'io', 'internal', 'forbidden'] as const;

/** One of {@link ERROR_CODES}. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** An error a user can read: `message` says what happened and what to do. */
export interface AppError {
  code: ErrorCode;
  message: string;
}

/** The answer to every IPC call: never a thrown error. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

/** Zod schema of {@link AppError}, used where errors are checked at a boundary. */
export const AppErrorSchema = z.object({ code: z.enum(ERROR_CODES), message: z.string() });

/** Wraps a value as a successful {@link Result}. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Wraps a code and message as a failed {@link Result}. */
export function fail<T = never>(code: ErrorCode, message: string): Result<T> {
  return { ok: false, error: { code, message } };
}

/**
 * An error thrown inside main-process services that carries a user-facing code and message.
 * The IPC wrapper turns it into a failed Result; any other thrown value becomes `internal`.
 */
export class DatelineError extends Error {
  /** @param code where it crosses IPC, the Result's code; @param message the words the user sees */
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DatelineError';
  }
}
