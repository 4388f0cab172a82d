import type { ImportSummaryView } from '../shared/library-status';
import { DatelineError } from '../shared/result';
import type { ArticleService } from './articles';
import type { ImportProgress } from './importers/import-batch';

/**
 * The window's imports (dropped files and folders), one at a time so progress and cancel mean
 * one thing. Progress goes to the given listener; {@link cancel} stops the running import after the
 * files being read, leaving nothing half-written.
 */
export class ImportJobs {
  private running: AbortController | null = null;

  /** @param articles the service that imports */
  constructor(private readonly articles: Pick<ArticleService, 'importPaths'>) {}

  /** Imports files and folders; refuses (`invalid-input`) while another import is running. */
  async run(paths: readonly string[], onProgress: (progress: ImportProgress) => void): Promise<ImportSummaryView> {
    if (this.running) throw new DatelineError('invalid-input', 'Another import is still running. Wait for it to finish, or cancel it, then try again.');
    const controller = new AbortController();
    this.running = controller;
    try {
      return await this.articles.importPaths(paths, { onProgress, signal: controller.signal });
    } finally {
      this.running = null;
    }
  }

  /** Cancels the running import; answers whether there was one. */
  cancel(): boolean {
    if (!this.running) return false;
    this.running.abort();
    return true;
  }
}
