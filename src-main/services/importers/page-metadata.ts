import type { Origin } from '../../shared/article';
import { readJsonLd, type JsonLdArticle } from './json-ld';

/** A date as a page states it (not yet checked or normalised) and where it was found. */
export interface StatedDate {
  raw: string;
  origin: Origin;
}

/** What a page's head and markup say about it, read before Readability changes the document. */
export interface PageMetadata {
  jsonLd: JsonLdArticle;
  /** Meta tag values by lower-cased `property`, `name` or `itemprop`; the first of each wins. */
  meta: ReadonlyMap<string, string>;
  /** Publication dates the page states, most trusted first. */
  statedDates: StatedDate[];
  /** An absolute http(s) URL relative links are resolved against, or null. */
  baseUrl: string | null;
}

/** Meta tags that name the publication time, most specific first. */
const DATE_META = [
  'article:published_time', 'og:published_time', 'og:article:published_time', 'article:published', 'datepublished',
  'parsely-pub-date', 'sailthru.date', 'publish-date', 'publish_date', 'publishdate', 'pubdate', 'article.published',
  'article_date_original', 'originalpublicationdate', 'citation_publication_date', 'citation_date', 'dc.date.issued',
  'dcterms.issued', 'dc.date', 'dcterms.date', 'dcterms.created', 'date',
];

/**
 * Reads a page's metadata: its JSON-LD article, its meta tags, the publication dates it states
 * (JSON-LD `datePublished`, then meta tags, then a `<time>` marked `itemprop="datePublished"` or
 * `pubdate`) and the URL to resolve links against (`<base href>`, else the canonical or Open
 * Graph URL). Only dates the page marks as its publication date are taken: other `<time>`
 * elements may date comments or related stories.
 */
export function readPageMetadata(document: Document): PageMetadata {
  const found = collectElements(document.documentElement);
  const meta = new Map<string, string>();
  for (const element of found.meta) {
    const content = element.getAttribute('content')?.trim();
    if (!content) continue;
    const keys = `${element.getAttribute('property') ?? ''} ${element.getAttribute('name') ?? ''} ${element.getAttribute('itemprop') ?? ''}`;
    // `property` may hold several space-separated names.
    for (const key of keys.toLowerCase().split(/\s+/)) if (key && !meta.has(key)) meta.set(key, content);
  }
  const jsonLd = readJsonLd(found.jsonLd);
  const statedDates: StatedDate[] = [];
  if (jsonLd.datePublished) statedDates.push({ raw: jsonLd.datePublished, origin: 'json-ld' });
  for (const key of DATE_META) {
    const value = meta.get(key);
    if (value) statedDates.push({ raw: value, origin: 'meta' });
  }
  for (const time of found.time) {
    if (!/\bdatePublished\b/i.test(time.getAttribute('itemprop') ?? '') && !time.hasAttribute('pubdate')) continue;
    const raw = time.getAttribute('datetime')?.trim() || time.textContent?.trim();
    if (raw) statedDates.push({ raw, origin: 'time-element' });
  }
  return { jsonLd, meta, statedDates, baseUrl: findBaseUrl(found, meta) };
}

interface FoundElements {
  meta: Element[];
  time: Element[];
  jsonLd: Element[];
  base: Element[];
  canonical: Element[];
}

/**
 * The elements metadata is read from, in document order, found in one walk of the tree: linkedom
 * answers each `getElementsByTagName` or `querySelector` with a walk of its own.
 */
function collectElements(root: Element): FoundElements {
  const found: FoundElements = { meta: [], time: [], jsonLd: [], base: [], canonical: [] };
  const stack: Element[] = [root];
  while (stack.length > 0) {
    const element = stack.pop() as Element;
    const tag = element.localName.toLowerCase();
    if (tag === 'meta') found.meta.push(element);
    else if (tag === 'time') found.time.push(element);
    else if (tag === 'script' && /application\/ld\+json/i.test(element.getAttribute('type') ?? '')) found.jsonLd.push(element);
    else if (tag === 'base' && element.hasAttribute('href')) found.base.push(element);
    else if (tag === 'link' && /(^|\s)canonical(\s|$)/i.test(element.getAttribute('rel') ?? '')) found.canonical.push(element);
    // Children are pushed last-first so that they are visited in document order.
    for (let child = element.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  }
  return found;
}

function findBaseUrl(found: FoundElements, meta: ReadonlyMap<string, string>): string | null {
  const candidates = [found.base[0]?.getAttribute('href'), found.canonical[0]?.getAttribute('href'), meta.get('og:url')];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate.trim());
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    } catch {
      // Not an absolute URL; try the next.
    }
  }
  return null;
}
