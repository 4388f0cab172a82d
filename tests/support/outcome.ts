import { DatelineError } from '../../src-main/shared/result';

/** How a promise settled, in a form that can cross a process boundary as JSON. */
export type Outcome =
  | { settled: 'resolved'; value: unknown }
  | { settled: 'rejected'; isDatelineError: boolean; code: unknown; message: string };

/** Waits for `promise` and describes how it settled; never throws. */
export async function outcomeOf(promise: Promise<unknown>): Promise<Outcome> {
  try {
    return { settled: 'resolved', value: (await promise) ?? null };
  } catch (error) {
    return {
      settled: 'rejected',
      isDatelineError: error instanceof DatelineError,
      code: (error as { code?: unknown } | null)?.code ?? null,
      message: error instanceof Error ? error.message : String(error),
    };
  }
}
