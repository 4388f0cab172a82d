import { readArticleText } from '../store/article-text';

/** How many articles' texts are kept: the few a user is annotating, not the library. */
const KEPT_TEXTS = 8;

/**
 * The canonical texts of the articles most recently annotated, so that saving a note (every few
 * hundred milliseconds while typing) does not read and parse the article's content.json again.
 * A text never changes under its article id (the id is derived from it), so nothing goes stale:
 * a deleted article's text is dropped with {@link forget}, and callers check the article is still
 * in the library before asking.
 */
export class ArticleTexts {
  private readonly texts = new Map<string, string>();

  /** @param libraryDir the library folder; @param size how many texts to keep */
  constructor(
    private readonly libraryDir: string,
    private readonly size = KEPT_TEXTS,
  ) {}

  /** An article's canonical text; throws as {@link readArticleText} does when its file is missing or damaged. */
  async get(articleId: string): Promise<string> {
    const kept = this.texts.get(articleId);
    if (kept !== undefined) {
      // Most recently used last, so the oldest is first in line to go.
      this.texts.delete(articleId);
      this.texts.set(articleId, kept);
      return kept;
    }
    const text = await readArticleText(this.libraryDir, articleId);
    this.texts.set(articleId, text);
    for (const oldest of this.texts.keys()) {
      if (this.texts.size <= this.size) break;
      this.texts.delete(oldest);
    }
    return text;
  }

  /** Lets go of an article's text (it was deleted). */
  forget(articleId: string): void {
    this.texts.delete(articleId);
  }
}
