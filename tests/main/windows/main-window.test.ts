import { describe, expect, it, vi } from 'vitest';
import { createElectronMock, createElectronRecord } from './electron-mock';

const record = createElectronRecord();
vi.mock('electron', () => createElectronMock(record, process.cwd()));

const { createMainWindow } = await import('../../../src-main/windows/main-window');

describe('the main window', () => {
  it('is isolated, sandboxed and without Node, with only the preload given', () => {
    createMainWindow({ preloadPath: '/app/out/preload/index.cjs', url: 'app://dateline/index.html' });
    const window = record.windows.at(-1);
    expect(window?.url).toBe('app://dateline/index.html');
    expect(window?.options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
    expect(window?.options.show).toBe(false);
  });

  it('has no web preference that would loosen the sandbox', () => {
    createMainWindow({ preloadPath: '/p.cjs', url: 'app://dateline/index.html' });
    const preferences = record.windows.at(-1)?.options.webPreferences as Record<string, unknown>;
    for (const key of ['nodeIntegration', 'nodeIntegrationInWorker', 'nodeIntegrationInSubFrames', 'webviewTag', 'allowRunningInsecureContent', 'experimentalFeatures']) {
      expect(preferences[key], key).toBe(false);
    }
    for (const key of ['contextIsolation', 'sandbox', 'webSecurity']) expect(preferences[key], key).toBe(true);
    expect(preferences.disableBlinkFeatures).toBe('Auxclick');
    // Nothing beyond the reviewed list: a new preference must be added here on purpose.
    expect(Object.keys(preferences).sort()).toEqual(
      ['allowRunningInsecureContent', 'contextIsolation', 'disableBlinkFeatures', 'experimentalFeatures', 'nodeIntegration', 'nodeIntegrationInSubFrames', 'nodeIntegrationInWorker', 'preload', 'sandbox', 'spellcheck', 'webSecurity', 'webviewTag'].sort(),
    );
  });
});
