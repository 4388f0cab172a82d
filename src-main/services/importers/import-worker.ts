import { readlinkSync } from 'node:fs';
import os from 'node:os';
import { parentPort } from 'node:worker_threads';
import { DatelineError } from '../../shared/result';
import type { ArticleDraft } from './build-article';
import { readPlainText } from './import-plain-text';
import { parseMarkdownFile } from './parse-markdown-file';
import { parseWebPage } from './parse-web-page';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

/** How far below the app's main thread a reading thread runs (a nice value: 0 is normal, 19 the lowest). */
const READER_NICENESS = 5;

/**
 * Lets the main thread (the window, or the CLI's writes) run first when the cores are busy: this
 * thread's scheduling priority is lowered, so reading pages never delays the UI's event loop,
 * and the main thread answers each finished page at once instead of queueing behind the readers.
 * On an idle machine the readers still get whole cores. Only Linux gives threads their own
 * priority (through their id, found in /proc); elsewhere, or if it fails, nothing changes.
 */
function lowerThisThreadsPriority(): void {
  if (process.platform !== 'linux') return;
  try {
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(threadId) && threadId > 0) os.setPriority(threadId, READER_NICENESS);
  } catch {
    // No /proc, or not allowed: the thread keeps its normal priority.
  }
}

// The import worker: reads untrusted web pages, Markdown and large text files off the main thread, one request at
// a time. The pool that starts it enforces the time and size limits and ends it when they are
// exceeded; here every failure becomes an answer, never an uncaught error.
parentPort?.on('message', (request: WorkerRequest) => {
  let response: WorkerResponse;
  try {
    const draft: ArticleDraft = readDraft(request);
    response = { id: request.id, ok: true, draft };
  } catch (error) {
    response = { id: request.id, ok: false, message: describeFailure(error, request) };
  }
  parentPort?.postMessage(response);
});
lowerThisThreadsPriority();
// Tells the pool the worker has loaded: its time limit per file starts from here, not from a cold start.
parentPort?.postMessage({ ready: true });

function readDraft(request: WorkerRequest): ArticleDraft {
  if (request.format === 'html') return parseWebPage(request.bytes, request.fileName);
  if (request.format === 'markdown') return parseMarkdownFile(request.bytes, request.fileName, new Date(request.modifiedAt));
  return readPlainText(request.bytes, request.fileName, new Date(request.modifiedAt));
}

function describeFailure(error: unknown, request: WorkerRequest): string {
  if (error instanceof DatelineError) return error.message;
  const kind = { html: 'web page', markdown: 'Markdown file', text: 'text file' }[request.format];
  const reason = error instanceof RangeError ? 'its structure is too deep or too large to read' : error instanceof Error ? error.message : String(error);
  return `"${request.fileName}" could not be read as a ${kind} (${reason}). It may be damaged; if it opens in a browser or editor, save it again and import the new copy.`;
}

