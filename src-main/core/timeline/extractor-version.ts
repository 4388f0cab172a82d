/**
 * The version of the timeline extractor's output (rules, resolution, events, titles). Cached
 * timelines (articles/<id>/timeline.json) made by another version are thrown away and computed
 * again, so raise it whenever a change to `core/timeline` can change what an article yields.
 */
export const EXTRACTOR_VERSION = 8;
