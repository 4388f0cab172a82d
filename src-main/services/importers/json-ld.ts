/** The fields of a page's schema.org article Dateline uses; each is absent when the page does not give it. */
export interface JsonLdArticle {
  /** `headline` and `name`, when given (pages differ in which one holds the article's title). */
  titles?: string[];
  /** The author's name, or several joined with ", ". */
  byline?: string;
  /** The publisher's name. */
  publisher?: string;
  datePublished?: string;
}

/** schema.org types that are articles (Article and its subtypes, as Readability lists them). */
const ARTICLE_TYPES = /^(Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference)$/;
/** How deep into nested JSON-LD an article is looked for (`@graph`, `mainEntity`, arrays). */
const MAX_DEPTH = 4;

/**
 * The first schema.org article in a page's `<script type="application/ld+json">` elements, looking
 * into arrays, `@graph` and `mainEntity`. Blocks that are not valid JSON are skipped. Answers an
 * empty object when the page has no article.
 */
export function readJsonLd(scripts: readonly Element[]): JsonLdArticle {
  for (const script of scripts) {
    let parsed: unknown;
    try {
      parsed = JSON.parse((script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ''));
    } catch {
      continue;
    }
    const article = findArticle(parsed, 0);
    if (article) return articleFields(article);
  }
  return {};
}

function findArticle(value: unknown, depth: number): Record<string, unknown> | null {
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findArticle(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = value as Record<string, unknown>;
  const types = Array.isArray(record['@type']) ? record['@type'] : [record['@type']];
  if (types.some((type) => typeof type === 'string' && ARTICLE_TYPES.test(type))) return record;
  return findArticle(record['@graph'], depth + 1) ?? findArticle(record['mainEntity'], depth + 1);
}

function articleFields(article: Record<string, unknown>): JsonLdArticle {
  const fields: JsonLdArticle = {};
  const titles = [text(article['headline']), text(article['name'])].filter((title): title is string => Boolean(title));
  if (titles.length > 0) fields.titles = titles;
  const authors = (Array.isArray(article['author']) ? article['author'] : [article['author']]).map(nameOf).filter((name): name is string => Boolean(name));
  if (authors.length > 0) fields.byline = authors.join(', ');
  const publisher = nameOf(article['publisher']);
  if (publisher) fields.publisher = publisher;
  const date = text(article['datePublished']);
  if (date) fields.datePublished = date;
  return fields;
}

function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return /^https?:/i.test(value) ? null : text(value);
  if (value && typeof value === 'object' && !Array.isArray(value)) return text((value as Record<string, unknown>)['name']);
  return null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}
