/** A step that turns a file of version `n` into version `n + 1`. */
export type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

/**
 * The library.json migrations, keyed by the version they migrate from; a change to library.json
 * adds its step here. 1 → 2 adds the (empty) collections, memberships and article tags: tags an
 * imported file carried stay on the article's metadata, where they always were. 2 → 3 adds the
 * (empty) records of removed articles: earlier removals left none.
 */
export const LIBRARY_MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: (data) => ({ ...data, collections: {}, memberships: {}, articleTags: {} }),
  2: (data) => ({ ...data, removedArticles: {} }),
};

/** The result of {@link migrate}: the data at the target version and the version it came from. */
export interface Migrated {
  data: Record<string, unknown>;
  fromVersion: number;
}

/**
 * Runs migrations forward from `data.schemaVersion` to `target`, one version at a time.
 * Throws when a step is missing. Data already at `target` is returned unchanged; callers handle
 * newer versions (read-only) before calling this.
 */
export function migrate(
  data: Record<string, unknown>,
  target: number,
  migrations: Readonly<Record<number, Migration>> = LIBRARY_MIGRATIONS,
): Migrated {
  const fromVersion = typeof data.schemaVersion === 'number' ? data.schemaVersion : 0;
  let current = data;
  for (let version = fromVersion; version < target; version += 1) {
    const step = migrations[version];
    if (!step) throw new Error(`No migration from schema version ${version}`);
    current = { ...step(current), schemaVersion: version + 1 };
  }
  return { data: current, fromVersion };
}
