import { parse } from 'yaml';
import { normalisePublishedDate } from '../../core/published-date';
import { DatelineError } from '../../shared/result';

/** The fields of a Markdown file's front matter that Dateline reads; null where it gives none. */
export interface FrontMatter {
  title: string | null;
  /** An ISO date or date-time, already checked to be a real day. */
  published: string | null;
  source: string | null;
  byline: string | null;
  place: string | null;
  language: string | null;
  tags: string[];
}

const MAX_TAGS = 50;
const MAX_TAG_LENGTH = 100;

/**
 * Reads YAML front matter: `title`, `date` (or `published`), `source`, `author` (or `byline`),
 * `place`, `lang` and `tags` (a list, or one comma-separated string). Other keys are ignored, and
 * so is a date that is not a real day. Anchors and aliases are limited, so a small header cannot
 * expand into a huge document. Throws an `import-failed` {@link DatelineError} when the YAML does
 * not parse or is not a mapping, so the user can fix it rather than lose its fields silently.
 */
export function readFrontMatter(yaml: string | null, fileName: string): FrontMatter {
  const empty: FrontMatter = { title: null, published: null, source: null, byline: null, place: null, language: null, tags: [] };
  if (yaml === null || !yaml.trim()) return empty;
  let data: unknown;
  try {
    data = parse(yaml, { maxAliasCount: 50, schema: 'core' });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new DatelineError('import-failed', `"${fileName}" has front matter (the YAML header between "---" lines) that cannot be read: ${reason}. Fix or remove it, then import the file again.`);
  }
  if (data === null || data === undefined) return empty;
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new DatelineError('import-failed', `"${fileName}" has front matter that is not a list of "key: value" lines. Fix or remove it, then import the file again.`);
  }
  const fields = data as Record<string, unknown>;
  const date = text(fields['date']) ?? text(fields['published']);
  return {
    title: text(fields['title']),
    published: date ? normalisePublishedDate(date) : null,
    source: text(fields['source']),
    byline: text(fields['author']) ?? text(fields['byline']),
    place: text(fields['place']),
    language: text(fields['lang']) ?? text(fields['language']),
    tags: readTags(fields['tags']),
  };
}

function readTags(value: unknown): string[] {
  const raw = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  const tags = raw.map((tag) => (typeof tag === 'string' || typeof tag === 'number' ? String(tag).trim().slice(0, MAX_TAG_LENGTH) : '')).filter(Boolean);
  return [...new Set(tags)].slice(0, MAX_TAGS);
}

function text(value: unknown): string | null {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() ? value.replace(/\s+/g, ' ').trim() : null;
}
