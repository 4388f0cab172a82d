import type { Note } from '../shared/annotation';
import { NOTE_COLORS, type NoteColor } from '../shared/note-limits';
import { articleIdFromIri } from './web-annotation';

/** What reading one annotation gave: a note, or why it was left out (in the user's words). */
export type AnnotationReading = { ok: true; note: Note } | { ok: false; reason: string };

/** What {@link noteFromAnnotation} needs to know about the library and the moment. */
export interface ReadingContext {
  /** The content hash of an article of the library, or null when it has none with this id. */
  contentHashOf: (articleId: string) => string | null;
  /** A new note id, for annotations that did not come from Dateline. */
  newId: () => string;
  /** When the import happens (ISO), for annotations without dates. */
  now: string;
}

const NOTE_ID = /^urn:uuid:([0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12})$/;
type Json = Record<string, unknown>;

/**
 * Reads a W3C Web Annotation back into a note: Dateline's own exports come back exactly as they
 * were; annotations from elsewhere are taken when they target a Dateline article with a text
 * quote (the position is then looked up by the caller). Answers why when it cannot be used.
 */
export function noteFromAnnotation(annotation: Json, context: ReadingContext): AnnotationReading {
  const target = Array.isArray(annotation.target) ? annotation.target[0] : annotation.target;
  const source = typeof target === 'string' ? target : isObject(target) && typeof target.source === 'string' ? target.source : '';
  const articleId = articleIdFromIri(source);
  if (!articleId) return { ok: false, reason: `it does not point at a Dateline article (${source || 'no target'})` };
  const contentHash = context.contentHashOf(articleId);
  if (!contentHash) return { ok: false, reason: `its article (${articleId}) is not in this library; import the article first` };
  const selectors = isObject(target) ? [target.selector].flat().filter(isObject) : [];
  const quote = selectors.find((selector) => selector.type === 'TextQuoteSelector');
  const position = selectors.find((selector) => selector.type === 'TextPositionSelector');
  if (isObject(target) && target.selector !== undefined && (!quote || typeof quote.exact !== 'string')) return { ok: false, reason: 'its passage has no TextQuoteSelector to find it by' };
  const textHash = isObject(target) && typeof target['dateline:textHash'] === 'string' ? target['dateline:textHash'] : contentHash;
  const { body, tags } = readBodies(annotation);
  const created = typeof annotation.created === 'string' ? annotation.created : context.now;
  const id = typeof annotation.id === 'string' ? NOTE_ID.exec(annotation.id)?.[1] : undefined;
  return {
    ok: true,
    note: {
      id: id ?? context.newId(),
      articleId,
      target:
        quote && typeof quote.exact === 'string'
          ? {
              textHash,
              quote: { exact: quote.exact, prefix: typeof quote.prefix === 'string' ? quote.prefix : '', suffix: typeof quote.suffix === 'string' ? quote.suffix : '' },
              position: { start: Number(position?.start ?? -1), end: Number(position?.end ?? -1) },
            }
          : null,
      body,
      color: colourOf(isObject(target) ? target.styleClass : undefined),
      tags,
      createdAt: created,
      updatedAt: typeof annotation.modified === 'string' ? annotation.modified : created,
      deviceId: typeof annotation['dateline:deviceId'] === 'string' ? annotation['dateline:deviceId'] : 'imported',
      isDeleted: false,
    },
  };
}

/** The annotations in a JSON-LD document: a collection (its embedded pages), a page, one annotation, or a list. */
export function annotationsIn(document: unknown): Json[] {
  if (Array.isArray(document)) return document.flatMap(annotationsIn);
  if (!isObject(document)) return [];
  const types = [document.type].flat();
  if (types.includes('Annotation')) return [document];
  if (types.includes('AnnotationCollection')) return annotationsIn(document.first);
  if (types.includes('AnnotationPage')) return [...annotationsIn(document.items), ...annotationsIn(isObject(document.next) ? document.next : undefined)];
  return [];
}

function readBodies(annotation: Json): { body: string; tags: string[] } {
  const comments: string[] = [];
  const tags: string[] = [];
  if (typeof annotation.bodyValue === 'string') comments.push(annotation.bodyValue);
  for (const body of [annotation.body].flat()) {
    if (!isObject(body) || typeof body.value !== 'string') continue;
    if ([body.purpose].flat().includes('tagging')) tags.push(body.value);
    else comments.push(body.value);
  }
  return { body: comments.join('\n\n'), tags };
}

function colourOf(styleClass: unknown): NoteColor {
  const colour = typeof styleClass === 'string' ? styleClass.replace(/^dateline-/, '') : '';
  return (NOTE_COLORS as readonly string[]).includes(colour) ? (colour as NoteColor) : 'yellow';
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
