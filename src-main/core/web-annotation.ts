import type { Note } from '../shared/annotation';
import { NOTE_COLORS, type NoteColor } from '../shared/note-limits';

/** The W3C Web Annotation context, and the prefix of the few Dateline facts the model has no term for. */
export const ANNOTATION_CONTEXT = ['http://www.w3.org/ns/anno.jsonld', { dateline: 'urn:dateline:' }] as const;

/** The IRI of an article in Dateline, used as annotation targets and Markdown links. */
export function articleIri(articleId: string): string {
  return `dateline://article/${articleId}`;
}

/** The article id in an {@link articleIri}, or null for any other IRI. */
export function articleIdFromIri(iri: string): string | null {
  return /^dateline:\/\/article\/([0-9a-f]{16})$/.exec(iri)?.[1] ?? null;
}

/** The highlight colours as CSS, so other annotation clients can show them through `styleClass`. */
const COLOUR_CSS: Record<NoteColor, string> = { yellow: '#fff3a3', green: '#c8f0c0', blue: '#c4dcff', pink: '#ffd0e4', purple: '#e0d0ff' };

/** A W3C CssStylesheet naming each colour's class (`dateline-yellow`, …). */
export function colourStylesheet(): { type: 'CssStylesheet'; value: string } {
  return { type: 'CssStylesheet', value: NOTE_COLORS.map((colour) => `.dateline-${colour} { background-color: ${COLOUR_CSS[colour]}; }`).join(' ') };
}

/**
 * A note as a W3C Web Annotation (JSON-LD): the passage as a TextQuoteSelector and a
 * TextPositionSelector on the article's IRI, the Markdown body as a commenting TextualBody, each tag
 * as a tagging TextualBody, the colour as a `styleClass`, and what the model has no term for (the
 * hash of the text the offsets refer to, the device) under the `dateline:` prefix, so that
 * {@link noteFromAnnotation} gives the same note back.
 */
export function noteToAnnotation(note: Note): Record<string, unknown> {
  const bodies: Record<string, unknown>[] = [];
  if (note.body !== '') bodies.push({ type: 'TextualBody', value: note.body, format: 'text/markdown', purpose: 'commenting' });
  for (const tag of note.tags) bodies.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  const target: Record<string, unknown> = { source: articleIri(note.articleId), styleClass: `dateline-${note.color}` };
  if (note.target) {
    target.selector = [
      { type: 'TextQuoteSelector', exact: note.target.quote.exact, prefix: note.target.quote.prefix, suffix: note.target.quote.suffix },
      { type: 'TextPositionSelector', start: note.target.position.start, end: note.target.position.end },
    ];
    target['dateline:textHash'] = note.target.textHash;
  }
  return {
    '@context': ANNOTATION_CONTEXT,
    id: `urn:uuid:${note.id}`,
    type: 'Annotation',
    motivation: note.body === '' ? 'highlighting' : 'commenting',
    created: note.createdAt,
    modified: note.updatedAt,
    ...(bodies.length > 0 ? { body: bodies.length === 1 ? bodies[0] : bodies } : {}),
    target,
    stylesheet: colourStylesheet(),
    'dateline:deviceId': note.deviceId,
  };
}

/**
 * Wraps annotations as a W3C AnnotationCollection with its one page embedded, the form the model
 * gives for a set of annotations in one document. `ids` are URIs for the collection and its page.
 */
export function annotationCollection(annotations: readonly Record<string, unknown>[], label: string, ids: { collection: string; page: string }, generated: string): Record<string, unknown> {
  return {
    '@context': ANNOTATION_CONTEXT,
    id: ids.collection,
    type: 'AnnotationCollection',
    label,
    total: annotations.length,
    generated,
    first: { id: ids.page, type: 'AnnotationPage', startIndex: 0, items: annotations },
  };
}
