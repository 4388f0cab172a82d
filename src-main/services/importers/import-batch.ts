import type { ImportOutcome } from '../../shared/library-status';
import { DatelineError } from '../../shared/result';
import type { FoundFile } from './find-import-files';

/** How far an import has got: `done` of `total` files finished; `current` is the file last started (null once all are done). */
export interface ImportProgress {
  done: number;
  total: number;
  current: string | null;
}

/**
 * Imports one file and answers its outcome; throws only for errors that must stop the whole
 * import. It runs whatever adds to the library through `inTurn`, which waits until every earlier
 * file has had its turn, so files are added in the order given however their reading overlaps:
 * of two copies of one text, the first is the one imported.
 */
export type ImportOne = (file: FoundFile, inTurn: <T>(add: () => Promise<T>) => Promise<T>) => Promise<ImportOutcome | null>;

/** What a batch did: one outcome per finished file in the order given, and how many were never started. */
export interface BatchResult {
  outcomes: ImportOutcome[];
  notStarted: number;
}

/**
 * Runs `importOne` over `files`, `lanes` at a time (so web pages are read by several workers at
 * once), reporting progress as each file starts and finishes. When `signal` aborts, no further
 * file is started; files already started finish. An `importOne` answering null was cancelled and
 * is counted as not started. An error `importOne` throws stops the batch once the files in flight
 * have finished, and is rethrown.
 */
export async function runImportBatch(files: readonly FoundFile[], lanes: number, importOne: ImportOne, onProgress?: (progress: ImportProgress) => void, signal?: AbortSignal): Promise<BatchResult> {
  const results: Array<ImportOutcome | null> = new Array<ImportOutcome | null>(files.length).fill(null);
  let next = 0;
  let done = 0;
  let failure: unknown = null;
  const report = (current: string | null) => onProgress?.({ done, total: files.length, current });
  const turns = files.map(() => {
    let resolve = () => {};
    const promise = new Promise<void>((done) => (resolve = done));
    return { promise, resolve };
  });
  const lane = async () => {
    while (next < files.length && !signal?.aborted && failure === null) {
      const index = next++;
      const file = files[index] as FoundFile;
      const previous = index === 0 ? Promise.resolve() : (turns[index - 1] as { promise: Promise<void> }).promise;
      report(file.path);
      try {
        results[index] = await importOne(file, (add) => previous.then(add));
      } catch (error) {
        failure ??= error;
        return;
      } finally {
        turns[index]?.resolve();
      }
      done += 1;
      report(done === files.length ? null : file.path);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, lanes) }, lane));
  if (failure !== null) throw failure instanceof Error ? failure : new DatelineError('internal', String(failure));
  const outcomes = results.filter((outcome): outcome is ImportOutcome => outcome !== null);
  return { outcomes, notStarted: files.length - outcomes.length };
}
