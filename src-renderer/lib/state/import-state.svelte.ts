import type { ImportSummaryView } from '../../../src-main/shared/library-status';
import type { DatelineApi } from '../api';

/** An import's progress as main reports it. */
export interface ImportProgressView {
  done: number;
  total: number;
  current: string | null;
}

/**
 * Importing files and folders dropped on the window: progress while it runs, a cancel, and the
 * summary afterwards (imported, already in the library, failed with reasons). `onImported` is
 * called when an import ends, with the summary, so the library can refresh and show the article.
 */
export class ImportState {
  isImporting = $state(false);
  progress = $state.raw<ImportProgressView | null>(null);
  summary = $state.raw<ImportSummaryView | null>(null);
  /** Why an import could not run at all, in the user's words. */
  error = $state<string | null>(null);

  /** Paths to import once the running import ends. */
  private readonly waiting: string[] = [];

  /** Called after each import with its summary. */
  onImported: (summary: ImportSummaryView) => void = () => undefined;

  /** @param api the renderer's API to main */
  constructor(private readonly api: DatelineApi) {
    api.onEvent('import:progress', (progress) => {
      if (this.isImporting) this.progress = progress;
    });
    api.onEvent('import:requested', ({ paths }) => void this.importPaths(paths));
  }

  /** Imports dropped files (and folders); files without a place on disk are reported, not lost silently. */
  async importFiles(files: readonly File[]): Promise<void> {
    const paths = files.map((file) => this.api.pathForFile(file)).filter((path): path is string => Boolean(path));
    if (paths.length === 0) {
      this.summary = null;
      this.error = 'Those items are not files on this computer (they may come from a web page). Save them as files first, then drop the files here.';
      return;
    }
    await this.importPaths(paths);
  }

  /**
   * Imports files and folders by path. Paths that arrive while an import runs (a second drop, a
   * File → Import meanwhile) wait and are imported after it, not refused.
   */
  async importPaths(paths: readonly string[]): Promise<void> {
    if (this.isImporting) {
      this.waiting.push(...paths);
      return;
    }
    this.isImporting = true;
    this.error = null;
    this.summary = null;
    this.progress = { done: 0, total: 0, current: null };
    const result = await this.api.articles.import({ paths: [...paths] });
    this.isImporting = false;
    this.progress = null;
    if (result.ok) {
      this.summary = result.value;
      this.onImported(result.value);
    } else this.error = result.error.message;
    const next = this.waiting.splice(0);
    if (next.length > 0) await this.importPaths(next);
  }

  /** Stops the running import after the files being read, and drops those waiting; what was imported stays. */
  async cancel(): Promise<void> {
    this.waiting.length = 0;
    await this.api.articles.cancel();
  }

  /** Hides the summary and any error. */
  dismiss(): void {
    this.summary = null;
    this.error = null;
  }
}
