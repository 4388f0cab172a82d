import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { TimeExpressionSchema, TimelineEventSchema } from '../shared/timeline';
import { articleFolder } from './article-files';
import { TEMP_SUFFIX } from './durable-file';

/**
 * articles/<id>/timeline.json: an article's extracted timeline, derived data kept to save
 * extracting again. It records what it was computed from (extractor version, publication date,
 * language, text hash); a cache that differs in any of them is stale.
 */
export const TimelineCacheSchema = z.object({
  schemaVersion: z.literal(1),
  extractorVersion: z.number().int(),
  dct: z.string(),
  language: z.string(),
  contentHash: z.string(),
  expressions: z.array(TimeExpressionSchema),
  events: z.array(TimelineEventSchema),
});

/** See {@link TimelineCacheSchema}. */
export type TimelineCache = z.infer<typeof TimelineCacheSchema>;

const FILE_NAME = 'timeline.json';

/** An article's cached timeline, or null when there is none or it cannot be read (it is then computed again). */
export async function readTimelineCache(libraryDir: string, articleId: string): Promise<TimelineCache | null> {
  try {
    const parsed = TimelineCacheSchema.safeParse(JSON.parse(await fs.readFile(path.join(articleFolder(libraryDir, articleId), FILE_NAME), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Writes an article's timeline cache: to a temporary file renamed over the old one, so a reader
 * never sees half a file. Not synced to disk: after a power cut the cache may be lost or empty,
 * and it is then computed again.
 */
export async function writeTimelineCache(libraryDir: string, articleId: string, cache: TimelineCache): Promise<void> {
  const file = path.join(articleFolder(libraryDir, articleId), FILE_NAME);
  const temp = `${file}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`;
  try {
    await fs.writeFile(temp, JSON.stringify(cache));
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}
