import { joinBlocks } from '../../core/blocks';
import { countBlockWords } from '../../core/count-block-words';
import { deriveTitle } from '../../core/derive-title';
import type { Article, Block, FieldOrigins, Origin, Published } from '../../shared/article';
import { DatelineError } from '../../shared/result';
import { articleIdFor, hashText } from '../content-hash';
import type { ImportFile } from './read-import-file';

/** A metadata value and where it was found. */
export interface Sourced {
  value: string;
  origin: Origin;
}

/** What an importer read from a file, before it becomes an {@link Article}. Null means "not stated". */
export interface ArticleDraft {
  /** Null: the title is drawn from the first paragraph. */
  title: Sourced | null;
  byline: Sourced | null;
  source: Sourced | null;
  place: Sourced | null;
  published: Published | null;
  /** A BCP 47 tag ("en", "zh-TW"); null when the file does not say (English is assumed). */
  language: string | null;
  blocks: Block[];
  tags?: string[];
  /** The blocks' word count when the worker has counted it (counting is slow: it is kept off the main thread). */
  wordCount?: number;
}

/**
 * What the user states for files that do not say it themselves (the CLI's `--date` and
 * `--source`): used only where the file gives no date or source, and recorded with origin `user`.
 */
export interface ImportDefaults {
  /** An ISO date, `YYYY-MM-DD`. */
  published?: string;
  source?: string;
}

const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

/**
 * Turns a draft into an article: the canonical text and its hash and id, the word count, the
 * user's defaults where the file stated nothing, and the original file's name and extension
 * (`fallbackExtension` when the name's own is not a plain short one). Throws `import-failed` when
 * the draft has no text.
 */
export function buildArticle(file: ImportFile, draft: ArticleDraft, now: Date, fallbackExtension: string, defaults: ImportDefaults = {}): Article {
  const text = joinBlocks(draft.blocks);
  if (text.trim().length === 0) {
    throw new DatelineError('import-failed', `"${file.name}" has no article text in it. Check that it is the article itself, not an empty page or a page that loads its text with scripts.`);
  }
  const firstParagraph = draft.blocks.find((block) => block.type === 'paragraph') ?? draft.blocks[0];
  const title = draft.title ?? { value: deriveTitle(firstParagraph?.text ?? ''), origin: 'text' as const };
  const source = draft.source ?? (defaults.source ? { value: defaults.source, origin: 'user' as const } : null);
  const published = draft.published ?? (defaults.published ? { value: defaults.published, origin: 'user' as const } : null);
  const origins: FieldOrigins = { title: title.origin };
  if (draft.byline) origins.byline = draft.byline.origin;
  if (source) origins.source = source.origin;
  if (draft.place) origins.place = draft.place.origin;
  const contentHash = hashText(text);
  return {
    meta: {
      id: articleIdFor(contentHash),
      title: title.value,
      byline: draft.byline?.value ?? null,
      source: source?.value ?? null,
      place: draft.place?.value ?? null,
      published,
      language: draft.language && LANGUAGE_TAG.test(draft.language) ? draft.language : 'en',
      contentHash,
      original: { name: file.name, extension: /^[a-z0-9]{1,10}$/.test(file.extension) ? file.extension : fallbackExtension },
      importedAt: now.toISOString(),
      wordCount: draft.wordCount ?? countBlockWords(draft.blocks),
      origins,
      ...(draft.tags && draft.tags.length > 0 ? { tags: draft.tags } : {}),
    },
    content: { blocks: draft.blocks, text },
  };
}
