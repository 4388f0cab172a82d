import * as fs from 'node:fs/promises';
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
 * of two copies of one text, the first is the one imported. Calling `inTurn` also says the file
 * has been read, so the next file can start while this one waits for its turn.
 */
export type ImportOne = (file: FoundFile, inTurn: <T>(add: () => Promise<T>) => Promise<T>) => Promise<ImportOutcome | null>;

/** What a batch did: one outcome per finished file in the order given, and how many were never started. */
export interface BatchResult {
  outcomes: ImportOutcome[];
  notStarted: number;
}

/**
 * How many files past the first unfinished one may be started: it bounds the articles held in
 * memory while they wait for their turn, and is the choice the largest-first order has.
 */
const LOOKAHEAD = 16;

interface Turn {
  promise: Promise<void>;
  resolve: () => void;
}

/**
 * Runs `importOne` over `files`, `lanes` files being read at once (so web pages are read by
 * several workers at once), reporting progress as each file starts and finishes. A lane takes its
 * next file as soon as the last one is read, not when it has been added, so the readers never
 * wait for the disk; and among the next {@link LOOKAHEAD} files it takes the largest first, so
 * that one long page does not leave the other readers idle at the end. Files are still added in
 * the order given. When `signal` aborts, no further file is started; files already started
 * finish. An `importOne` answering null was cancelled and is counted as not started. An error
 * `importOne` throws stops the batch once the files in flight have finished, and is rethrown.
 */
export async function runImportBatch(files: readonly FoundFile[], lanes: number, importOne: ImportOne, onProgress?: (progress: ImportProgress) => void, signal?: AbortSignal): Promise<BatchResult> {
  const results: Array<ImportOutcome | null> = new Array<ImportOutcome | null>(files.length).fill(null);
  const turns: Turn[] = files.map(() => {
    let resolve = () => {};
    const promise = new Promise<void>((done) => (resolve = done));
    return { promise, resolve };
  });
  const isStarted = new Array<boolean>(files.length).fill(false);
  const isFinished = new Array<boolean>(files.length).fill(false);
  const sizes = new Map<number, Promise<number>>();
  const running: Array<Promise<void>> = [];
  let firstUnfinished = 0;
  let done = 0;
  let failure: unknown = null;
  const report = (current: string | null) => onProgress?.({ done, total: files.length, current });
  const sizeOf = (index: number) => {
    let size = sizes.get(index);
    if (!size) {
      size = fs.stat((files[index] as FoundFile).readPath).then((stats) => stats.size, () => 0);
      sizes.set(index, size);
    }
    return size;
  };

  /** Takes the largest unstarted file within the lookahead (marking it started), waiting for an earlier file to finish when all of those have started; null when none is left. */
  const pick = async (): Promise<number | null> => {
    for (;;) {
      const end = Math.min(files.length, firstUnfinished + LOOKAHEAD);
      const candidates: number[] = [];
      for (let index = firstUnfinished; index < end; index += 1) if (!isStarted[index]) candidates.push(index);
      if (candidates.length > 0) {
        const candidateSizes = await Promise.all(candidates.map(sizeOf));
        // Another lane may have taken some while the sizes were read.
        let best: number | null = null;
        let bestSize = -1;
        candidates.forEach((index, at) => {
          const size = candidateSizes[at] as number;
          if (!isStarted[index] && size > bestSize) [best, bestSize] = [index, size];
        });
        if (best !== null) {
          isStarted[best] = true;
          return best;
        }
        continue;
      }
      if (end >= files.length) return null;
      await (turns[firstUnfinished] as Turn).promise;
    }
  };

  const finish = (index: number) => {
    isFinished[index] = true;
    (turns[index] as Turn).resolve();
    while (firstUnfinished < files.length && isFinished[firstUnfinished]) firstUnfinished += 1;
  };

  const lane = async () => {
    while (!signal?.aborted && failure === null) {
      const index = await pick();
      if (index === null) return;
      if (signal?.aborted || failure !== null) {
        isStarted[index] = false;
        return;
      }
      const file = files[index] as FoundFile;
      const previous = index === 0 ? Promise.resolve() : (turns[index - 1] as Turn).promise;
      report(file.path);
      let markRead = () => {};
      const isRead = new Promise<void>((resolve) => (markRead = resolve));
      const run = importOne(file, (add) => {
        markRead();
        return previous.then(add);
      }).then(
        (outcome) => {
          results[index] = outcome;
          done += 1;
          finish(index);
          report(done === files.length ? null : file.path);
        },
        (error: unknown) => {
          failure ??= error;
          finish(index);
        },
      );
      running.push(run);
      await Promise.race([isRead, run]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, lanes) }, lane));
  // Files never started take no turn: each passes its turn on as soon as the file before it has had its own.
  for (let index = 0; index < files.length; index += 1) {
    if (isStarted[index]) continue;
    const turn = turns[index] as Turn;
    if (index === 0) turn.resolve();
    else void (turns[index - 1] as Turn).promise.then(turn.resolve);
  }
  await Promise.all(running);
  if (failure !== null) throw failure instanceof Error ? failure : new DatelineError('internal', String(failure));
  const outcomes = results.filter((outcome): outcome is ImportOutcome => outcome !== null);
  return { outcomes, notStarted: files.length - outcomes.length };
}
