import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/channels';
import type { ImportChoice } from './import-into-library';

/** What the menu's own items do; everything else is a standard role or a command for the renderer. */
export interface MenuActions {
  /** File → Import Files… / Import Folder…: a dialog, then the import, in main. */
  importArticles(choice: ImportChoice): void;
  /** Pushes `menu:command` to the focused window. */
  sendCommand(command: MenuCommand): void;
  /** Help → Show Library Folder: opens the library folder in the file manager. */
  showLibraryFolder(): void;
  /** File → Export All Notes as Markdown… / as Web Annotations…: a folder dialog, then the export. */
  exportNotes(format: 'md' | 'jsonld'): void;
  /** File → Import Notes from Web Annotations…: an open dialog, then the notes added to their articles. */
  importNotes(): void;
  /** File → Back Up Library…: a save dialog, then one archive of the whole library. */
  backUpLibrary(): void;
  /** File → Restore Library from Backup…: an open dialog, a confirmation, then the library replaced. */
  restoreLibrary(): void;
}

/** Where the menu is built for: the platform decides the app menu and the Quit item; development adds reload and DevTools. */
export interface MenuOptions {
  platform: NodeJS.Platform;
  isDevelopment: boolean;
  appName: string;
}

/**
 * Shortcuts the renderer already handles from its own key presses (src-renderer/lib/shortcuts.ts).
 * Their menu items show the keys but do not claim them (registerAccelerator: false, honoured on
 * Windows and Linux; on macOS the page sees a key first and its preventDefault keeps the menu
 * out), so a key press acts once, in the page; choosing the item sends the command.
 */
const KEYS_OWNED_BY_PAGE = new Set<MenuCommand>([
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
  'toggle-timeline',
  'all-notes',
]);

/**
 * The native menu: File, Edit, View, Window, Help (with the app menu first on macOS). Items that
 * act in the renderer push a `menu:command`; importing happens in main. Pure: it builds the
 * template and touches nothing, so it can be checked without Electron.
 */
export function buildMenuTemplate(actions: MenuActions, options: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const command = (label: string, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    registerAccelerator: !KEYS_OWNED_BY_PAGE.has(name),
    click: () => actions.sendCommand(name),
  });
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: options.appName,
          submenu: [{ role: 'about' }, { type: 'separator' }, { role: 'services' }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }],
        },
      ]
    : [];
  return [
    ...appMenu,
    {
      label: '&File',
      submenu: [
        { label: 'Import Files…', accelerator: 'CmdOrCtrl+O', click: () => actions.importArticles('files') },
        { label: 'Import Folder…', accelerator: 'CmdOrCtrl+Shift+O', click: () => actions.importArticles('folder') },
        { type: 'separator' },
        { label: 'Export All Notes as Markdown…', click: () => actions.exportNotes('md') },
        { label: 'Export All Notes as Web Annotations…', click: () => actions.exportNotes('jsonld') },
        { label: 'Import Notes from Web Annotations…', click: () => actions.importNotes() },
        { label: 'Back Up Library…', click: () => actions.backUpLibrary() },
        { label: 'Restore Library from Backup…', click: () => actions.restoreLibrary() },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit', label: 'E&xit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        // The page undoes note edits itself with these keys, and text fields undo natively, so on
        // Windows and Linux the menu leaves the keys to the page; on macOS text fields need the roles.
        { role: 'undo', registerAccelerator: isMac },
        { role: 'redo', registerAccelerator: isMac },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        command('Find in Article…', 'find', 'CmdOrCtrl+F'),
        command('Search Library…', 'search', 'CmdOrCtrl+Shift+F'),
        { type: 'separator' },
        command('Highlight Selection', 'highlight-selection', 'CmdOrCtrl+Alt+H'),
        command('Add Note to Selection', 'note-selection', 'CmdOrCtrl+Alt+N'),
      ],
    },
    {
      label: '&View',
      submenu: [
        command('Show or Hide Timeline', 'toggle-timeline', 'CmdOrCtrl+Shift+T'),
        command('Show or Hide All Notes', 'all-notes', 'CmdOrCtrl+Shift+N'),
        { type: 'separator' },
        command('Larger Text', 'text-larger', 'CmdOrCtrl+='),
        command('Smaller Text', 'text-smaller', 'CmdOrCtrl+-'),
        command('Actual Text Size', 'text-reset', 'CmdOrCtrl+0'),
        command('Next Theme', 'cycle-theme', 'CmdOrCtrl+Shift+L'),
        { type: 'separator' },
        command('Next Article', 'next-article', 'Alt+Down'),
        command('Previous Article', 'previous-article', 'Alt+Up'),
        command('Next Note', 'next-note', 'CmdOrCtrl+Alt+Down'),
        command('Previous Note', 'previous-note', 'CmdOrCtrl+Alt+Up'),
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(options.isDevelopment ? ([{ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' }] as const) : []),
      ],
    },
    {
      label: '&Window',
      role: 'windowMenu',
      submenu: isMac ? [{ role: 'minimize' }, { role: 'zoom' }, { type: 'separator' }, { role: 'front' }] : [{ role: 'minimize' }, { role: 'close' }],
    },
    {
      label: '&Help',
      role: 'help',
      submenu: [
        command('Keyboard Shortcuts', 'show-shortcuts', 'CmdOrCtrl+/'),
        { label: 'Show Library Folder', click: () => actions.showLibraryFolder() },
        ...(isMac ? [] : ([{ type: 'separator' }, { role: 'about', label: `About ${options.appName}` }] as const)),
      ],
    },
  ];
}

/** Builds the menu and makes it the application's menu (every window's menu bar on Windows and Linux). */
export function installAppMenu(actions: MenuActions, options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(actions, options)));
}
