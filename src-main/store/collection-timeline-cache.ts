import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import path from 'node:path';
import type { CollectionTimeline } from '../shared/timeline-views';
import { writeFileDurably } from './durable-file';

/**
 * `.local/timelines/<key>.json`: a built collection timeline (merged events and key dates of a
 * scope), derived data kept so that opening it after a restart reads one file instead of every
 * article's text, timeline and edits. It records the `fingerprint` of what it was built from; one
 * that differs is stale and built again. Never the only copy of anything.
 */
interface SavedCollectionTimeline {
  fingerprint: string;
  timeline: CollectionTimeline;
}

/** Where the collection timeline saved under `key` (any string: it is hashed into a file name) lives. */
export function collectionTimelinePath(libraryDir: string, key: string): string {
  return path.join(libraryDir, '.local', 'timelines', `${createHash('sha256').update(key).digest('hex').slice(0, 32)}.json`);
}

/** The saved timeline when it was built from `fingerprint`; null when missing, damaged or stale. */
export async function readCollectionTimeline(file: string, fingerprint: string): Promise<CollectionTimeline | null> {
  try {
    const saved = JSON.parse(await fs.readFile(file, 'utf8')) as Partial<SavedCollectionTimeline>;
    if (saved.fingerprint !== fingerprint || typeof saved.timeline !== 'object' || saved.timeline === null) return null;
    const { timeline } = saved;
    return Array.isArray(timeline.events) && Array.isArray(timeline.keyDates) && Array.isArray(timeline.sources) && Number.isInteger(timeline.articleCount) ? timeline : null;
  } catch {
    return null;
  }
}

/** How many saved timelines are kept: each scope and key-date count is one (and its first page another), up to megabytes each. */
export const SAVED_TIMELINES_KEPT = 12;

/**
 * Saves a built timeline with the fingerprint of what it was built from (atomically: a reader
 * sees the old file or the new), and lets go of the least recently saved beyond
 * {@link SAVED_TIMELINES_KEPT}.
 */
export async function writeCollectionTimeline(file: string, fingerprint: string, timeline: CollectionTimeline): Promise<void> {
  const folder = path.dirname(file);
  await fs.mkdir(folder, { recursive: true });
  await writeFileDurably(file, JSON.stringify({ fingerprint, timeline } satisfies SavedCollectionTimeline));
  const saved = await Promise.all(
    (await fs.readdir(folder)).filter((name) => name.endsWith('.json')).map(async (name) => ({ name, time: (await fs.stat(path.join(folder, name)).catch(() => null))?.mtimeMs ?? 0 })),
  );
  saved.sort((a, b) => b.time - a.time);
  await Promise.all(saved.slice(SAVED_TIMELINES_KEPT).map(({ name }) => fs.rm(path.join(folder, name), { force: true })));
}
