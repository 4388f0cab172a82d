import type { ArticleMeta } from '../shared/article';
import { DatelineError } from '../shared/result';
import { normalisePublishedDate } from './published-date';

/** A user's correction of an article's metadata: a field left out is unchanged; null clears it. */
export interface MetadataCorrection {
  title?: string;
  source?: string | null;
  place?: string | null;
  /** An ISO date (`2019-02-25`) or date-time; null when the article states no date. */
  published?: string | null;
}

const MAX_TITLE_LENGTH = 500;
const MAX_FIELD_LENGTH = 200;

/**
 * Applies a correction to an article's metadata and answers the new metadata; `meta` is not
 * changed. Every corrected field is marked as the user's (origin `user`); white space is
 * tidied and an empty source or place clears it. Throws an `invalid-input` {@link DatelineError}
 * saying what to fix for an empty or over-long title, an over-long source or place, or a date
 * that is not a real day.
 */
export function correctMetadata(meta: ArticleMeta, correction: MetadataCorrection): ArticleMeta {
  const next: ArticleMeta = { ...meta, origins: { ...meta.origins } };
  const origins = next.origins ?? {};
  if (correction.title !== undefined) {
    const title = tidy(correction.title);
    if (!title) throw new DatelineError('invalid-input', 'An article needs a title. Type one, or keep the one it has.');
    if (title.length > MAX_TITLE_LENGTH) throw new DatelineError('invalid-input', `That title is ${title.length} characters long; shorten it to ${MAX_TITLE_LENGTH} or fewer.`);
    next.title = title;
    origins.title = 'user';
  }
  for (const field of ['source', 'place'] as const) {
    const value = correction[field];
    if (value === undefined) continue;
    const tidied = value === null ? null : tidy(value) || null;
    if (tidied && tidied.length > MAX_FIELD_LENGTH) throw new DatelineError('invalid-input', `That ${field} is ${tidied.length} characters long; shorten it to ${MAX_FIELD_LENGTH} or fewer.`);
    next[field] = tidied;
    if (tidied) origins[field] = 'user';
    else delete origins[field];
  }
  if (correction.published !== undefined) {
    if (correction.published === null || !correction.published.trim()) {
      next.published = null;
    } else {
      const value = normalisePublishedDate(correction.published);
      if (!value) throw new DatelineError('invalid-input', `"${correction.published}" is not a date Dateline can read. Write it as year-month-day, for example 2019-02-25.`);
      next.published = { value, origin: 'user' };
    }
  }
  return next;
}

function tidy(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}
