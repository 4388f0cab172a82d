import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { DatelineError } from '../../shared/result';
import type { ArticleDraft } from './build-article';
import { formatSize, MAX_IMPORT_BYTES, type ImportFile } from './read-import-file';
import { resolveWorkerScript, type WorkerScript } from './resolve-worker-script';
import type { WorkerFormat, WorkerMessage, WorkerRequest } from './worker-protocol';

/** How the pool runs its workers; every field has a default. */
export interface WorkerPoolOptions {
  /** Workers running at once (default: the number of cores, at most 4). */
  size?: number;
  /** How long one file may take, in milliseconds, before its worker is ended (default 5,000). */
  timeLimitMs?: number;
  /** The largest file sent to a worker, in bytes (default {@link MAX_IMPORT_BYTES}). */
  maxBytes?: number;
  /** The worker script; found next to this module by default. */
  script?: WorkerScript;
}

interface Job {
  request: WorkerRequest;
  resolve: (draft: ArticleDraft) => void;
  reject: (error: Error) => void;
  /** Stops listening for the caller's abort once the job has started. */
  detach?: () => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  /** The job's time limit while busy; the idle limit while idle. */
  timer: NodeJS.Timeout | null;
  /** False until the worker has loaded and said so. */
  isReady: boolean;
}

/** How long an idle worker is kept for the next file before it is ended to free its memory. */
const IDLE_MS = 30_000;

/** Memory a worker may use: a page that needs more is refused, not allowed to exhaust the app. */
const RESOURCE_LIMITS = { maxOldGenerationSizeMb: 768, maxYoungGenerationSizeMb: 128, stackSizeMb: 8 };

/**
 * Reads web pages and Markdown files in worker threads, so the main thread (the app's UI
 * process, or the CLI) stays responsive. Each file gets a fresh time limit; a worker that
 * exceeds it, runs out of memory or crashes is ended and replaced, and that file fails with a
 * message saying why. Files over the size limit are refused before any worker sees them. Workers
 * are started when first needed and never keep the process alive on their own; {@link close}
 * ends them.
 */
export class ImportWorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  /** How many workers run at once. */
  readonly size: number;
  private readonly timeLimitMs: number;
  private readonly maxBytes: number;
  private script: WorkerScript | null;

  /** @param options sizes and limits; see {@link WorkerPoolOptions} */
  constructor(options: WorkerPoolOptions = {}) {
    this.size = Math.max(1, options.size ?? Math.min(4, os.availableParallelism()));
    this.timeLimitMs = options.timeLimitMs ?? 5_000;
    this.maxBytes = options.maxBytes ?? MAX_IMPORT_BYTES;
    this.script = options.script ?? null;
  }

  /**
   * Reads one file into an article draft. Rejects with an `import-failed` {@link DatelineError}
   * when the file cannot be imported (too large, too slow, not an article), or when `signal`
   * aborts before a worker has started on it (a file already being read is finished).
   */
  parse(format: WorkerFormat, file: Pick<ImportFile, 'bytes' | 'name' | 'modifiedAt'>, signal?: AbortSignal): Promise<ArticleDraft> {
    const { bytes, name: fileName } = file;
    if (bytes.byteLength > this.maxBytes) {
      return Promise.reject(new DatelineError('import-failed', `"${fileName}" is ${formatSize(bytes.byteLength)}; Dateline reads pages of up to ${formatSize(this.maxBytes)}.`));
    }
    return new Promise<ArticleDraft>((resolve, reject) => {
      // The bytes are copied, not transferred: the caller keeps the original to store beside the article.
      const job: Job = { request: { id: this.nextId++, format, bytes, fileName, modifiedAt: file.modifiedAt.getTime() }, resolve, reject };
      if (signal) {
        const onAbort = () => {
          const index = this.queue.indexOf(job);
          if (index < 0) return;
          this.queue.splice(index, 1);
          reject(new DatelineError('import-failed', `"${fileName}" was not read: the import was cancelled.`));
        };
        signal.addEventListener('abort', onAbort, { once: true });
        job.detach = () => signal.removeEventListener('abort', onAbort);
      }
      this.queue.push(job);
      this.pump();
    });
  }

  /** Ends every worker; files still waiting fail. The pool starts new workers if used again. */
  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    const jobs = [...this.queue.splice(0), ...slots.flatMap((slot) => (slot.job ? [slot.job] : []))];
    for (const slot of slots) this.finish(slot, null);
    for (const job of jobs) job.reject(new DatelineError('import-failed', `"${job.request.fileName}" was not read: the import was stopped.`));
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const slot = this.slots.find((candidate) => candidate.isReady && candidate.job === null);
      if (!slot) {
        // Start another worker only if every worker is busy or still loading with work for it.
        if (this.slots.length < this.size && this.slots.filter((candidate) => !candidate.isReady).length < this.queue.length) this.startWorker();
        return;
      }
      const job = this.queue.shift() as Job;
      job.detach?.();
      this.finish(slot, job);
      slot.timer = setTimeout(() => this.timeOut(slot), this.timeLimitMs);
      slot.worker.postMessage(job.request);
    }
    for (const slot of this.slots) if (slot.isReady && slot.job === null && slot.timer === null) slot.timer = setTimeout(() => this.endIdle(slot), IDLE_MS).unref();
  }

  private startWorker(): void {
    this.script ??= resolveWorkerScript();
    const worker =
      this.script.kind === 'file'
        ? new Worker(this.script.url, { execArgv: [], resourceLimits: RESOURCE_LIMITS })
        : new Worker(this.script.code, { eval: true, resourceLimits: RESOURCE_LIMITS });
    // A busy worker's time limit keeps the process alive while there is work; an idle worker must not.
    worker.unref();
    const slot: Slot = { worker, job: null, timer: null, isReady: false };
    worker.on('message', (message: WorkerMessage) => {
      if ('ready' in message) {
        slot.isReady = true;
        this.pump();
        return;
      }
      const job = slot.job;
      if (!job || job.request.id !== message.id) return;
      this.finish(slot, null);
      if (message.ok) job.resolve(message.draft);
      else job.reject(new DatelineError('import-failed', message.message));
      this.pump();
    });
    worker.on('error', (error) => {
      if (!slot.isReady) return this.failToStart(slot, error);
      this.retire(slot, describeCrash(slot, error));
    });
    worker.on('exit', () => this.retire(slot, slot.job ? `"${slot.job.request.fileName}" stopped the page reader unexpectedly. It may be damaged; try saving it again.` : null));
    this.slots.push(slot);
  }

  /** A worker that cannot even load will not load for the next file either: every waiting file fails. */
  private failToStart(slot: Slot, error: Error): void {
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    for (const job of this.queue.splice(0)) job.reject(new DatelineError('internal', `Dateline could not start its page reader: ${error.message}`));
  }

  private endIdle(slot: Slot): void {
    if (slot.job) return;
    this.retire(slot, null);
    void slot.worker.terminate();
  }

  private timeOut(slot: Slot): void {
    const seconds = (this.timeLimitMs / 1000).toLocaleString('en', { maximumFractionDigits: 2 });
    const name = slot.job?.request.fileName ?? 'The file';
    this.retire(slot, `"${name}" took more than ${seconds} s to read, so Dateline stopped. It is far larger or more complex than an article page; save just the article (or its text) and import that.`);
    void slot.worker.terminate();
  }

  /** Takes a worker out of the pool, failing its job with `message`, and starts on the queue again. */
  private retire(slot: Slot, message: string | null): void {
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    const job = slot.job;
    this.finish(slot, null);
    if (job && message) job.reject(new DatelineError('import-failed', message));
    this.pump();
  }

  private finish(slot: Slot, job: Job | null): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = job;
  }
}

function describeCrash(slot: Slot, error: Error): string | null {
  if (!slot.job) return null;
  const name = slot.job.request.fileName;
  if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return `"${name}" needs more memory to read than an article page ever does, so Dateline stopped. Save just the article (or its text) and import that.`;
  }
  return `"${name}" could not be read: ${error.message}. It may be damaged; try saving it again.`;
}
