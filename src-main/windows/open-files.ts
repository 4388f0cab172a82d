import { statSync } from 'node:fs';
import path from 'node:path';
import type { App } from 'electron';
import { IMPORTABLE_EXTENSIONS } from '../services/importers/import-article-file';

/** The data a second launch hands the running app: the files it was asked to open. */
export interface SecondLaunchData {
  files: string[];
}

/**
 * The files a command line asks Dateline to open: arguments after the executable that are not
 * switches, name an existing file (relative ones resolved against `cwd`) and have an extension
 * Dateline imports. Folders and other files are ignored, so `electron .` in development, or a
 * switch Chromium adds, never starts an import.
 */
export function importablePathsIn(argv: readonly string[], cwd: string, isFile: (file: string) => boolean = isExistingFile): string[] {
  const files: string[] = [];
  for (const argument of argv.slice(1)) {
    if (argument.startsWith('-') || argument.trim() === '') continue;
    const extension = path.extname(argument).slice(1).toLowerCase();
    if (!IMPORTABLE_EXTENSIONS.has(extension)) continue;
    const file = path.resolve(cwd, argument);
    if (isFile(file) && !files.includes(file)) files.push(file);
  }
  return files;
}

function isExistingFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Handles one batch of opened files: imports them and shows the first. */
export type OpenFilesHandler = (paths: string[]) => Promise<void>;

/**
 * Files the operating system asked Dateline to open, held until the library is open and then
 * handled one batch at a time, in the order they came. macOS sends `open-file` before the app is
 * ready when a file is double-clicked to launch it, so nothing may be handled on arrival.
 */
export class OpenedFiles {
  private waiting: string[] = [];
  private handler: OpenFilesHandler | null = null;
  private queue: Promise<void> = Promise.resolve();

  /** Takes files to open; they are handled now if {@link start} has run, else when it does. */
  add(paths: readonly string[]): void {
    if (paths.length === 0) return;
    if (!this.handler) {
      this.waiting.push(...paths);
      return;
    }
    this.run([...paths]);
  }

  /** Starts handling files: first those that waited, then each later batch. Answers when the waiting ones are done. */
  start(handler: OpenFilesHandler): Promise<void> {
    this.handler = handler;
    const waiting = this.waiting;
    this.waiting = [];
    if (waiting.length > 0) this.run(waiting);
    return this.queue;
  }

  private run(paths: string[]): void {
    const handler = this.handler;
    if (!handler) return;
    // One batch at a time: a second double-click waits for the first import instead of racing it.
    this.queue = this.queue.then(() => handler(paths)).catch((error: unknown) => console.error('Dateline could not open files', error));
  }
}

/**
 * Listens for files opened from the operating system: `open-file` on macOS (Finder, the Dock,
 * "Open with"), and a second launch of the app (Windows and Linux pass files on its command line),
 * which also brings the running window forward through `focus`. The second instance sends its
 * files as {@link SecondLaunchData}; its raw command line is used only when that is missing.
 */
export function listenForOpenedFiles(app: Pick<App, 'on'>, opened: OpenedFiles, focus: () => void): void {
  app.on('open-file', (event, file) => {
    event.preventDefault();
    opened.add([file]);
  });
  app.on('second-instance', (_event, argv, workingDirectory, additionalData) => {
    focus();
    const data = additionalData as Partial<SecondLaunchData> | undefined;
    const files = Array.isArray(data?.files) ? data.files.filter((file): file is string => typeof file === 'string') : importablePathsIn(argv, workingDirectory);
    opened.add(importablePathsIn(['', ...files], workingDirectory));
  });
}
