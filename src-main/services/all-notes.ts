import type { Note } from '../shared/annotation';
import type { NoteColor } from '../shared/note-limits';
import type { LibraryStore } from '../store/library-store';
import type { NoteCatalogue } from './note-catalogue';

/** Which notes the "all notes" view shows; every filter left out lets all notes through. */
export interface NoteFilter {
  tag?: string;
  color?: NoteColor;
  articleId?: string;
  /** Words the note's body, quote or tags contain (case and accents aside). */
  text?: string;
  /** Paging: how many to skip and how many to answer (default 100). */
  offset?: number;
  limit?: number;
}

/** A note with the title of its article, as the "all notes" view lists it. */
export type NoteListing = Note & { articleTitle: string };

/**
 * The notes of the whole library, newest change first, filtered by tag, colour, article or text.
 * Answers one page and how many notes passed the filters in all. The records are the stored ones:
 * edit them in place with `notes:update` (article id and note id); open the article to see where
 * each passage is now.
 */
export async function listAllNotes(store: LibraryStore, catalogue: NoteCatalogue, filter: NoteFilter = {}): Promise<{ notes: NoteListing[]; total: number }> {
  const words = filter.text ? fold(filter.text).split(/\s+/).filter(Boolean) : [];
  const tag = filter.tag?.trim().toLowerCase();
  const matching = (await catalogue.live()).filter((note) => {
    if (filter.articleId && note.articleId !== filter.articleId) return false;
    if (filter.color && note.color !== filter.color) return false;
    if (tag && !note.tags.some((candidate) => candidate.toLowerCase() === tag)) return false;
    if (words.length > 0) {
      const haystack = fold(`${note.body}\n${note.target?.quote.exact ?? ''}\n${note.tags.join(' ')}`);
      if (!words.every((word) => haystack.includes(word))) return false;
    }
    return true;
  });
  matching.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || b.id.localeCompare(a.id));
  const offset = filter.offset ?? 0;
  const page = matching.slice(offset, offset + (filter.limit ?? 100));
  return { notes: page.map((note) => ({ ...note, articleTitle: store.findArticle(note.articleId)?.title ?? '' })), total: matching.length };
}

function fold(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
}
