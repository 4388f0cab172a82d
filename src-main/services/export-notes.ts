import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs/promises';
import path from 'node:path';
import { notesToMarkdown } from '../core/notes-markdown';
import { safeFileName, uniqueFileNames } from '../core/safe-file-name';
import { annotationCollection, noteToAnnotation } from '../core/web-annotation';
import type { Note } from '../shared/annotation';
import type { ArticleMeta } from '../shared/article';
import { DatelineError } from '../shared/result';
import { toIoError, writeFileDurably } from '../store/durable-file';
import type { LibraryStore } from '../store/library-store';
import type { CollectionService } from './collections';
import type { NoteCatalogue } from './note-catalogue';
import { tagsOfArticle } from './tags';

/** What to export: one article's notes, a collection's, or the whole library's. */
export type ExportScope = { articleId: string } | { collectionId: string } | { all: true };

/** The export formats: Markdown (one file per article) or W3C Web Annotation JSON-LD (one file). */
export type ExportFormat = 'md' | 'jsonld';

/** A file an export makes: a safe file name and its text. */
export interface ExportedFile {
  name: string;
  content: string;
}

/** Builds exports of notes and writes them where the user asked. */
export class ExportService {
  /** @param store the library; @param catalogue every note; @param collections the collections; @param now the clock */
  constructor(
    private readonly store: LibraryStore,
    private readonly catalogue: NoteCatalogue,
    private readonly collections: CollectionService,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * The files of an export. Markdown gives one file per article (for a collection or the library,
   * only articles with notes); JSON-LD gives one AnnotationCollection with every note of the scope.
   * File names are made safe from titles (see safeFileName) and unique.
   */
  async build(scope: ExportScope, format: ExportFormat): Promise<ExportedFile[]> {
    const { label, articles } = this.resolve(scope);
    const notesByArticle = await this.notesOf(articles);
    const exportedAt = this.now().toISOString();
    if (format === 'jsonld') {
      const annotations = articles.flatMap((meta) => (notesByArticle.get(meta.id) ?? []).map(noteToAnnotation));
      const document = annotationCollection(annotations, `Dateline notes: ${label}`, { collection: `urn:uuid:${randomUUID()}`, page: `urn:uuid:${randomUUID()}` }, exportedAt);
      return [{ name: safeFileName(label, 'jsonld'), content: `${JSON.stringify(document, null, 2)}\n` }];
    }
    const collectionNames = new Map(this.collections.list().map((collection) => [collection.id, collection]));
    const chosen = 'articleId' in scope ? articles : articles.filter((meta) => (notesByArticle.get(meta.id) ?? []).length > 0);
    const names = uniqueFileNames(chosen.map((meta) => safeFileName(meta.title, 'md')));
    return chosen.map((meta, index) => ({
      name: names[index] as string,
      content: notesToMarkdown({
        meta,
        tags: tagsOfArticle(meta, this.store.organisation),
        collections: [...collectionNames.values()].filter((collection) => collection.articleIds.includes(meta.id)).map((collection) => collection.name),
        notes: notesByArticle.get(meta.id) ?? [],
        exportedAt,
      }),
    }));
  }

  /**
   * Builds an export and writes it. `destination` is a file when the export is one file and the path
   * ends with its extension (.md, .jsonld or .json); otherwise a folder, created if needed, that
   * receives the files. Answers the paths written.
   */
  async write(scope: ExportScope, format: ExportFormat, destination: string): Promise<string[]> {
    const files = await this.build(scope, format);
    const isFile = files.length === 1 && (format === 'md' ? /\.md$/i : /\.(jsonld|json)$/i).test(destination);
    const folder = isFile ? path.dirname(path.resolve(destination)) : path.resolve(destination);
    try {
      await fs.mkdir(folder, { recursive: true });
    } catch (error) {
      throw toIoError(error, `create the export folder ${folder}`);
    }
    const written: string[] = [];
    for (const file of files) {
      const target = isFile ? path.resolve(destination) : path.join(folder, file.name);
      await writeFileDurably(target, file.content);
      written.push(target);
    }
    return written;
  }

  /** The articles of a scope, newest first, and a label naming it. */
  resolve(scope: ExportScope): { label: string; articles: ArticleMeta[] } {
    if ('articleId' in scope) {
      const meta = this.store.findArticle(scope.articleId);
      if (!meta) throw new DatelineError('not-found', 'There is no such article in this library. It may have been removed.');
      return { label: meta.title, articles: [meta] };
    }
    if ('collectionId' in scope) {
      const collection = this.collections.get(scope.collectionId);
      const members = new Set(collection.articleIds);
      return { label: collection.name, articles: this.store.listArticles().filter((meta) => members.has(meta.id)) };
    }
    return { label: 'Library', articles: this.store.listArticles() };
  }

  private async notesOf(articles: readonly ArticleMeta[]): Promise<Map<string, Note[]>> {
    const wanted = new Set(articles.map((meta) => meta.id));
    const byArticle = new Map<string, Note[]>();
    for (const note of await this.catalogue.live()) {
      if (!wanted.has(note.articleId)) continue;
      byArticle.set(note.articleId, [...(byArticle.get(note.articleId) ?? []), note]);
    }
    for (const notes of byArticle.values()) notes.sort(byPassage);
    return byArticle;
  }
}

/** Notes on the whole article first, then in the order of their passages. */
function byPassage(a: Note, b: Note): number {
  const rank = (note: Note) => (note.target ? 1 : 0);
  return rank(a) - rank(b) || (a.target?.position.start ?? 0) - (b.target?.position.start ?? 0) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}
