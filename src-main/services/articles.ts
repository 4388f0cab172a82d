import type { Article, ArticleMeta } from '../shared/article';
import type { ImportOutcome } from '../shared/library-status';
import { DatelineError } from '../shared/result';
import type { LibraryStore } from '../store/library-store';
import { importPlainText } from './importers/import-plain-text';
import { readImportFile, type ImportFile } from './importers/read-import-file';

/** Lists, reads and imports articles. */
export class ArticleService {
  /** @param store the open library; @param now the clock (tests fix it) */
  constructor(
    private readonly store: LibraryStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Every article's metadata, newest first. */
  list(): ArticleMeta[] {
    return this.store.listArticles();
  }

  /** One whole article; `not-found` when the library has none with this id. */
  get(id: string): Promise<Article> {
    return this.store.readArticle(id);
  }

  /**
   * Imports files one at a time. Each outcome says imported, duplicate (the same text is already
   * in the library) or failed with the reason; a failure leaves the library as it was and does not
   * stop the rest. Errors that are not about the file (a read-only library, a full disk) stop the
   * import and are thrown.
   */
  async importFiles(paths: readonly string[]): Promise<ImportOutcome[]> {
    if (this.store.isReadOnly) throw new DatelineError('io', this.store.readOnlyReason ?? 'This library is read-only.');
    const outcomes: ImportOutcome[] = [];
    for (const path of paths) {
      let file: ImportFile;
      let article: Article;
      try {
        file = await readImportFile(path);
        article = importPlainText(file, this.now());
      } catch (error) {
        if (error instanceof DatelineError && error.code === 'import-failed') {
          outcomes.push({ status: 'failed', path, message: error.message });
          continue;
        }
        throw error;
      }
      const existing = this.store.findArticle(article.meta.id);
      if (existing) {
        outcomes.push({ status: 'duplicate', path, id: existing.id, title: existing.title });
        continue;
      }
      await this.store.addArticle(article, file.bytes);
      outcomes.push({ status: 'imported', path, id: article.meta.id, title: article.meta.title });
    }
    return outcomes;
  }
}
