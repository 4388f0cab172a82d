/**
 * Every IPC channel name, `domain:verb`. Kept apart from the zod contract so the preload and the
 * renderer can list channels without bundling zod; the contract is checked to have exactly these.
 */
export const CHANNEL_NAMES = [
  'library:status',
  'articles:list',
  'articles:get',
  'articles:import',
  'settings:get',
  'settings:update',
  'notes:list',
  'notes:create',
  'notes:update',
  'notes:delete',
  'notes:restore',
  'notes:counts',
] as const;

/** A channel name of the contract. */
export type ChannelName = (typeof CHANNEL_NAMES)[number];
