import type { Granularity } from '../../shared/timeline';

/** One cited sentence of an exported event: the article it is from, its source and date, and the sentence. */
export interface ExportSource {
  articleTitle: string;
  source: string | null;
  /** The article's publication day, `YYYY-MM-DD`, or null. */
  published: string | null;
  quote: string;
}

/**
 * An event as the export formats read it, whether it comes from one article or a merged collection:
 * its date (TIMEX3 `value`, granularity and the days it covers, both inclusive), title, the user's
 * note (or null), whether the user edited it, and its sources (at least one).
 */
export interface ExportEvent {
  key: string;
  value: string;
  granularity: Granularity;
  startDay: string;
  endDay: string;
  title: string;
  note: string | null;
  isEdited: boolean;
  sources: readonly ExportSource[];
}

/** What is exported: a title for the whole timeline and its events in date order. */
export interface ExportTimeline {
  title: string;
  events: readonly ExportEvent[];
}

/** "Reuters, 25 Feb 2019: Title" for each source, joined by "; " — the credit line of an event. */
export function creditLine(sources: readonly ExportSource[]): string {
  return sources.map((source) => [source.source, source.published].filter(Boolean).join(', ') + (source.source || source.published ? ': ' : '') + source.articleTitle).join('; ');
}

/** A 32-bit FNV-1a hash of a string, as 8 hex digits: stable identifiers for exported events. */
export function stableHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
