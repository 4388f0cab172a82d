import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import { annotationsIn, noteFromAnnotation } from '../core/annotation-to-note';
import { uuidV7 } from '../core/uuid-v7';
import { NoteSchema, type Note } from '../shared/annotation';
import { DatelineError } from '../shared/result';
import type { LibraryStore } from '../store/library-store';

/** What importing annotations did. */
export interface AnnotationImportSummary {
  /** New notes saved. */
  imported: number;
  /** Notes that were in the library and were newer in the file. */
  updated: number;
  /** Notes already in the library as they are in the file (or newer in the library, which wins). */
  unchanged: number;
  /** Annotations left out, each with why. */
  skipped: { id: string | null; reason: string }[];
}

/**
 * Imports W3C Web Annotations (JSON-LD: an AnnotationCollection, a page, one annotation or a list)
 * as notes. A note already in the library is replaced only by a newer one (by `modified`), so
 * importing the same file twice changes nothing and a round trip loses nothing. Annotations whose
 * article is not in the library, or whose passage is not in its text, are skipped and listed.
 */
export async function importAnnotations(store: LibraryStore, file: string, now: () => Date = () => new Date()): Promise<AnnotationImportSummary> {
  if (store.isReadOnly) throw new DatelineError('io', store.readOnlyReason ?? 'This library is read-only.');
  const document = await readJson(file);
  const annotations = annotationsIn(document);
  if (annotations.length === 0) throw new DatelineError('invalid-input', `${file} holds no W3C Web Annotations. Choose a .jsonld file exported by Dateline or another annotation tool.`);
  const summary: AnnotationImportSummary = { imported: 0, updated: 0, unchanged: 0, skipped: [] };
  const context = {
    contentHashOf: (articleId: string) => store.findArticle(articleId)?.contentHash ?? null,
    newId: () => uuidV7(now().getTime(), randomBytes(10)),
    now: now().toISOString(),
  };
  for (const annotation of annotations) {
    const id = typeof annotation.id === 'string' ? annotation.id : null;
    const reading = noteFromAnnotation(annotation, context);
    if (!reading.ok) {
      summary.skipped.push({ id, reason: `The annotation was skipped: ${reading.reason}.` });
      continue;
    }
    const note = await placePassage(store, reading.note);
    const parsed = note ? NoteSchema.safeParse(note) : null;
    if (!parsed?.success) {
      summary.skipped.push({ id, reason: note ? 'The annotation was skipped: it is not a note Dateline can keep (a field is missing or too long).' : 'The annotation was skipped: its passage is not in the article’s text.' });
      continue;
    }
    const existing = (await store.notes.list(parsed.data.articleId)).find((candidate) => candidate.id === parsed.data.id);
    if (existing && (JSON.stringify(existing) === JSON.stringify(parsed.data) || existing.updatedAt >= parsed.data.updatedAt)) {
      summary.unchanged += 1;
      continue;
    }
    await store.notes.put(parsed.data);
    if (existing) summary.updated += 1;
    else summary.imported += 1;
  }
  return summary;
}

/** Checks a note's position against its article's text; finds the quote when the position is missing or wrong. */
async function placePassage(store: LibraryStore, note: Note): Promise<Note | null> {
  if (!note.target) return note;
  const { text } = (await store.readArticle(note.articleId)).content;
  const { exact, prefix } = note.target.quote;
  const { start, end } = note.target.position;
  if (start >= 0 && text.slice(start, end) === exact) return note;
  // Another tool's annotation: the passage where its prefix also matches, else its first occurrence.
  const withPrefix = text.indexOf(prefix + exact);
  const found = prefix && withPrefix !== -1 ? withPrefix + prefix.length : text.indexOf(exact);
  if (found === -1) return null;
  return { ...note, target: { ...note.target, textHash: store.findArticle(note.articleId)?.contentHash ?? note.target.textHash, position: { start: found, end: found + exact.length } } };
}

async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    throw new DatelineError('io', `Cannot read ${file} (${error instanceof Error ? error.message : String(error)}). Check the path and that you may read it.`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new DatelineError('invalid-input', `${file} is not JSON. Choose a .jsonld file of W3C Web Annotations.`);
  }
}
