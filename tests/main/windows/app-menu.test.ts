import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS, type MenuCommand } from '../../../src-main/shared/channels';
import { matchReaderShortcut, matchShortcut } from '../../../src-renderer/lib/shortcuts';
import { createElectronMock, createElectronRecord } from './electron-mock';

const record = createElectronRecord();
vi.mock('electron', () => createElectronMock(record, process.cwd()));
const { buildMenuTemplate, installAppMenu } = await import('../../../src-main/windows/app-menu');

function createActions() {
  return { importArticles: vi.fn(), sendCommand: vi.fn(), showLibraryFolder: vi.fn(), exportNotes: vi.fn(), importNotes: vi.fn(), backUpLibrary: vi.fn(), restoreLibrary: vi.fn() };
}

/** Every item of a template, depth first. */
function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu as MenuItemConstructorOptions[]) : [])]);
}

const click = (item: MenuItemConstructorOptions) => (item.click as (() => void) | undefined)?.();
const byLabel = (template: MenuItemConstructorOptions[], label: string) => items(template).find((item) => item.label === label);

describe.each(['darwin', 'win32', 'linux'] as const)('the menu on %s', (platform) => {
  const actions = createActions();
  const template = buildMenuTemplate(actions, { platform, isDevelopment: false, appName: 'Dateline' });
  const topLabels = template.map((item) => item.label?.replace('&', ''));

  it('has File, Edit, View, Window and Help (after the app menu on macOS)', () => {
    expect(topLabels).toEqual([...(platform === 'darwin' ? ['Dateline'] : []), 'File', 'Edit', 'View', 'Window', 'Help']);
  });

  it('sends every renderer command from exactly one item', () => {
    const sent: MenuCommand[] = [];
    actions.sendCommand.mockImplementation((command: MenuCommand) => sent.push(command));
    for (const item of items(template)) if (!item.role && item.label !== 'Import Files…' && item.label !== 'Import Folder…') click(item);
    expect([...sent].sort()).toEqual([...MENU_COMMANDS].sort());
  });

  it('imports files and folders through main', () => {
    const importFiles = byLabel(template, 'Import Files…');
    const importFolder = byLabel(template, 'Import Folder…');
    expect(importFiles?.accelerator).toBe('CmdOrCtrl+O');
    click(importFiles as MenuItemConstructorOptions);
    click(importFolder as MenuItemConstructorOptions);
    expect(actions.importArticles.mock.calls).toEqual([['files'], ['folder']]);
  });

  it('exports notes in both formats and backs up the library through main', () => {
    actions.exportNotes.mockClear();
    actions.backUpLibrary.mockClear();
    for (const label of ['Export All Notes as Markdown…', 'Export All Notes as Web Annotations…', 'Back Up Library…']) click(byLabel(template, label) as MenuItemConstructorOptions);
    expect(actions.exportNotes.mock.calls).toEqual([['md'], ['jsonld']]);
    expect(actions.backUpLibrary).toHaveBeenCalledTimes(1);
  });

  it('imports notes from a Web Annotation file through main, from the File menu', () => {
    actions.importNotes.mockClear();
    click(byLabel(template, 'Import Notes from Web Annotations…') as MenuItemConstructorOptions);
    expect(actions.importNotes).toHaveBeenCalledTimes(1);
  });

  it('restores the library from a backup through main, from the File menu', () => {
    const file = template.find((item) => item.label === '&File');
    actions.restoreLibrary.mockClear();
    const restore = (file?.submenu as MenuItemConstructorOptions[]).find((item) => item.label === 'Restore Library from Backup…');
    expect(restore).toBeDefined();
    click(restore as MenuItemConstructorOptions);
    expect(actions.restoreLibrary).toHaveBeenCalledTimes(1);
  });

  it('gives no two items the same shortcut', () => {
    const accelerators = items(template).flatMap((item) => (item.accelerator ? [String(item.accelerator)] : []));
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('offers a way to quit, and no developer tools in a packaged app', () => {
    expect(items(template).some((item) => item.role === 'quit')).toBe(true);
    expect(items(template).some((item) => item.role === 'toggleDevTools' || item.role === 'reload')).toBe(false);
  });
});

describe('the menu’s shortcuts', () => {
  const template = buildMenuTemplate(createActions(), { platform: 'linux', isDevelopment: false, appName: 'Dateline' });

  /** The key press an accelerator such as "CmdOrCtrl+Shift+L" stands for. */
  function keyPress(accelerator: string) {
    const parts = accelerator.split('+');
    const key = parts.at(-1) ?? '';
    const keys: Record<string, string> = { Down: 'ArrowDown', Up: 'ArrowUp' };
    return {
      key: keys[key] ?? (parts.includes('Shift') ? key.toUpperCase() : key.toLowerCase()),
      code: /^[A-Z]$/i.test(key) ? `Key${key.toUpperCase()}` : '',
      ctrlKey: parts.includes('CmdOrCtrl'),
      metaKey: false,
      shiftKey: parts.includes('Shift'),
      altKey: parts.includes('Alt'),
    };
  }
  /** What the page does with a key press: an app shortcut, else a reading-view one (outside text fields). */
  const pageAction = (accelerator: string) => {
    const press = keyPress(accelerator);
    return matchShortcut(press) ?? matchReaderShortcut(press, false);
  };

  it('leave the keys the page handles to the page, and show the same keys it handles', () => {
    const owned = items(template).filter((item) => item.registerAccelerator === false && !item.role);
    expect(owned.length).toBeGreaterThan(0);
    for (const item of owned) {
      const sent: MenuCommand[] = [];
      const actions = createActions();
      actions.sendCommand.mockImplementation((command: MenuCommand) => sent.push(command));
      const rebuilt = byLabel(buildMenuTemplate(actions, { platform: 'linux', isDevelopment: false, appName: 'Dateline' }), String(item.label));
      click(rebuilt as MenuItemConstructorOptions);
      expect(pageAction(String(item.accelerator)), String(item.label)).toBe(sent[0]);
    }
  });

  it('leave undo and redo to the page on Windows and Linux, where it undoes note edits', () => {
    const roles = (platform: NodeJS.Platform) =>
      items(buildMenuTemplate(createActions(), { platform, isDevelopment: false, appName: 'Dateline' })).filter((item) => item.role === 'undo' || item.role === 'redo');
    expect(roles('linux').map((item) => item.registerAccelerator)).toEqual([false, false]);
    expect(roles('win32').map((item) => item.registerAccelerator)).toEqual([false, false]);
    expect(roles('darwin').map((item) => item.registerAccelerator)).toEqual([true, true]);
  });

  it('claim the keys the page does not handle', () => {
    for (const item of items(template).filter((entry) => entry.accelerator && entry.registerAccelerator !== false)) {
      expect(pageAction(String(item.accelerator)), String(item.label)).toBeNull();
    }
  });
});

describe('installAppMenu', () => {
  it('makes the template the application menu, with developer tools only in development', () => {
    installAppMenu(createActions(), { platform: 'win32', isDevelopment: true, appName: 'Dateline' });
    expect(record.menu).not.toBeNull();
    expect(items(record.menu as MenuItemConstructorOptions[]).some((item) => item.role === 'toggleDevTools')).toBe(true);
  });

  it('shows the library folder from Help', () => {
    const actions = createActions();
    click(byLabel(buildMenuTemplate(actions, { platform: 'darwin', isDevelopment: false, appName: 'Dateline' }), 'Show Library Folder') as MenuItemConstructorOptions);
    expect(actions.showLibraryFolder).toHaveBeenCalledOnce();
  });
});
