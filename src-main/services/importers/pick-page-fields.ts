import { parseDateline } from '../../core/parse-dateline';
import { normalisePublishedDate, publishedFromDateline } from '../../core/published-date';
import type { Block, Origin, Published } from '../../shared/article';
import type { ArticleDraft, Sourced } from './build-article';
import type { PageMetadata } from './page-metadata';

/** The parts of Readability's result the metadata is drawn from. */
export interface ReadabilityFields {
  title?: string | null;
  byline?: string | null;
  lang?: string | null;
}

/** How many blocks from the start a dateline is looked for in (a heading or caption may come first). */
const DATELINE_BLOCKS = 3;

/**
 * A page's metadata with the origin of each field. Title and byline are the JSON-LD article's,
 * else Readability's (which weighs meta tags, the `<title>` and byline elements); their origin is
 * the first place that states the same words. The source is the JSON-LD publisher or Open Graph site name, else the
 * agency of a dateline at the start of the text; the place comes from that dateline. The date is
 * the first valid one the page states as its publication date, else a dateline's date when it
 * gives a year. A dateline without a year is not completed from the file's date: web pages are
 * often saved long after they were published.
 */
export function pickPageFields(readability: ReadabilityFields, metadata: PageMetadata, blocks: readonly Block[]): Omit<ArticleDraft, 'blocks'> {
  const lead = blocks.slice(0, DATELINE_BLOCKS).find((block) => block.type === 'paragraph');
  const dateline = lead ? parseDateline(lead.text) : null;
  // Readability reads JSON-LD too, but only a plain object or array in the first article script;
  // when it missed the page's JSON-LD (an `@graph`, a `@type` list), that JSON-LD still comes first.
  const jsonLdTitles = metadata.jsonLd.titles ?? [];
  const readabilityTitle = clean(readability.title);
  const title = jsonLdTitles.length > 0 && !jsonLdTitles.some((candidate) => squash(candidate) === readabilityTitle) ? clean(jsonLdTitles[0]) : readabilityTitle;
  const byline = clean(metadata.jsonLd.byline) ?? clean(readability.byline);
  const publisher = metadata.jsonLd.publisher ? sourced(metadata.jsonLd.publisher, 'json-ld') : null;
  const siteName = metadata.meta.get('og:site_name');
  return {
    title: title ? sourced(title, originOf(title, jsonLdTitles, metadata, /title$/, 'page')) : null,
    byline: byline ? sourced(byline, originOf(byline, metadata.jsonLd.byline ? [metadata.jsonLd.byline] : [], metadata, /(author|creator)$/, 'page')) : null,
    source: publisher ?? (siteName ? sourced(siteName, 'meta') : null) ?? (dateline?.source ? sourced(dateline.source, 'dateline') : null),
    place: dateline?.place ? sourced(dateline.place, 'dateline') : null,
    published: statedPublished(metadata) ?? (dateline?.date ? publishedFromDateline(dateline.date, null) : null),
    language: clean(readability.lang),
  };
}

function statedPublished(metadata: PageMetadata): Published | null {
  for (const stated of metadata.statedDates) {
    const value = normalisePublishedDate(stated.raw);
    if (value) return { value, origin: stated.origin };
  }
  return null;
}

/** `json-ld` when the JSON-LD says the same, else `meta` when a matching meta tag does, else `fallback`. */
function originOf(value: string, jsonLd: readonly string[], metadata: PageMetadata, metaKey: RegExp, fallback: Origin): Origin {
  const same = (other: string) => squash(other) === squash(value);
  if (jsonLd.some(same)) return 'json-ld';
  for (const [key, content] of metadata.meta) if (metaKey.test(key) && same(content)) return 'meta';
  return fallback;
}

function sourced(value: string, origin: Origin): Sourced {
  return { value: squash(value), origin };
}

function clean(value: string | null | undefined): string | null {
  const squashed = squash(value ?? '');
  return squashed ? squashed : null;
}

function squash(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}
