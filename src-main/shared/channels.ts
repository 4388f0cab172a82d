/**
 * Every IPC channel name, `domain:verb`. Kept apart from the zod contract so the preload and the
 * renderer can list channels without bundling zod; the contract is checked to have exactly these.
 */
export const CHANNEL_NAMES = [
  'library:status',
  'articles:list',
  'articles:get',
  'articles:import',
  'articles:cancel',
  'articles:update',
  'articles:delete',
  'articles:replace',
  'settings:get',
  'settings:update',
  'notes:list',
  'notes:create',
  'notes:update',
  'notes:delete',
  'notes:restore',
  'notes:counts',
  'notes:all',
  'notes:export',
  'notes:import',
  'search:query',
  'search:status',
  'articles:query',
  'tags:list',
  'tags:add',
  'tags:remove',
  'collections:list',
  'collections:create',
  'collections:rename',
  'collections:delete',
  'collections:add',
  'collections:remove',
  'reading:get',
  'reading:update',
  'library:backup',
  'timeline:article',
  'timeline:collection',
  'timeline:edit',
  'timeline:add',
  'timeline:revert',
  'timeline:export',
  'timeline:save',
] as const;

/** A channel name of the contract. */
export type ChannelName = (typeof CHANNEL_NAMES)[number];

/**
 * What a menu item (or its keyboard shortcut) asks the renderer to do, pushed as `menu:command`.
 * `find`: find in the open article; `search`: search the library; `toggle-timeline`: show or hide
 * the timeline; `text-larger` / `text-smaller` / `text-reset`: reading text size; `cycle-theme`:
 * next colour theme; `next-article` / `previous-article`: move through the library list;
 * `highlight-selection` / `note-selection`: highlight, or add a note to, the selected passage;
 * `next-note` / `previous-note`: move between the article's notes; `all-notes`: show or hide every note of the
 * library; `show-shortcuts`: list the keyboard shortcuts. Importing is done by main itself.
 */
export const MENU_COMMANDS = [
  'find',
  'search',
  'toggle-timeline',
  'text-larger',
  'text-smaller',
  'text-reset',
  'cycle-theme',
  'next-article',
  'previous-article',
  'highlight-selection',
  'note-selection',
  'next-note',
  'previous-note',
  'all-notes',
  'show-shortcuts',
] as const;

/** A command of {@link MENU_COMMANDS}. */
export type MenuCommand = (typeof MENU_COMMANDS)[number];
