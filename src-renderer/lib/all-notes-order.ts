import type { NoteListingPage } from '../../src-main/shared/library-views';

/** One note of the "all notes" view: the stored record and its article's title. */
export type ListedNote = NoteListingPage['notes'][number];

/** How the "all notes" view orders notes: by article then reading order, or newest first (by when each was made). */
export type AllNotesSort = 'article' | 'date';

/** One article's notes, as the view groups them when sorted by article. */
export interface NoteGroup {
  articleId: string;
  articleTitle: string;
  notes: ListedNote[];
}

/**
 * Notes by article (titles alphabetically, case and accents aside; an article's notes in reading
 * order: the whole-article notes first, then by where the passage started when the note was last
 * saved, oldest first on a tie), or by date: newest first by when each note was made, so a note
 * being edited keeps its place. A new array; the input is kept.
 */
export function orderNotes(notes: readonly ListedNote[], sort: AllNotesSort): ListedNote[] {
  if (sort === 'date') return [...notes].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
  return [...notes].sort(
    (a, b) =>
      a.articleTitle.localeCompare(b.articleTitle, undefined, { sensitivity: 'base' }) ||
      a.articleId.localeCompare(b.articleId) ||
      (a.target?.position.start ?? -1) - (b.target?.position.start ?? -1) ||
      a.createdAt.localeCompare(b.createdAt),
  );
}

/** Consecutive notes of the same article gathered under it, in the order given. */
export function groupByArticle(notes: readonly ListedNote[]): NoteGroup[] {
  const groups: NoteGroup[] = [];
  for (const note of notes) {
    const last = groups.at(-1);
    if (last && last.articleId === note.articleId) last.notes.push(note);
    else groups.push({ articleId: note.articleId, articleTitle: note.articleTitle, notes: [note] });
  }
  return groups;
}

/** The distinct tags of some notes (the spelling seen first wins, case aside), alphabetically. */
export function tagsOfNotes(notes: readonly ListedNote[]): string[] {
  const byKey = new Map<string, string>();
  for (const note of notes) for (const tag of note.tags) if (!byKey.has(tag.toLowerCase())) byKey.set(tag.toLowerCase(), tag);
  return [...byKey.values()].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' }));
}

/** The distinct articles of some notes, by title. */
export function articlesOfNotes(notes: readonly ListedNote[]): Array<{ id: string; title: string }> {
  const byId = new Map<string, string>();
  for (const note of notes) byId.set(note.articleId, note.articleTitle);
  return [...byId].map(([id, title]) => ({ id, title })).sort((a, b) => a.title.localeCompare(b.title, undefined, { sensitivity: 'base' }));
}
