import type { ArticleDraft } from './build-article';

/** The formats the import worker reads. */
export type WorkerFormat = 'html' | 'markdown' | 'text';

/** A request to the import worker: one file's bytes to read. */
export interface WorkerRequest {
  id: number;
  format: WorkerFormat;
  bytes: Uint8Array;
  fileName: string;
  /** When the file was last modified, in milliseconds since 1970: completes a dateline without a year. */
  modifiedAt: number;
}

/**
 * The worker's answer to one request: the draft, or why the file cannot be imported (`message`
 * is the sentence the user sees).
 */
export type WorkerResponse = { id: number; ok: true; draft: ArticleDraft } | { id: number; ok: false; message: string };

/** What a worker posts: once `{ ready: true }` when it has loaded, then one response per request. */
export type WorkerMessage = WorkerResponse | { ready: true };
