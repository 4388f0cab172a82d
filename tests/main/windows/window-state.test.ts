import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_WINDOW_SIZE,
  MIN_WINDOW_SIZE,
  parseWindowState,
  placeWindow,
  readWindowState,
  rememberWindowState,
  writeWindowState,
  type WindowState,
} from '../../../src-main/windows/window-state';
import { createElectronRecord, FakeWindow } from './electron-mock';

const PRIMARY = { x: 0, y: 0, width: 1920, height: 1040 };
const RIGHT = { x: 1920, y: 0, width: 2560, height: 1400 };
const state = (x: number, y: number, width: number, height: number, isMaximized = false): WindowState => ({ bounds: { x, y, width, height }, isMaximized });

describe('parseWindowState', () => {
  it('accepts a well-formed state', () => {
    expect(parseWindowState({ bounds: { x: -10, y: 20, width: 900, height: 700 }, isMaximized: true })).toEqual(state(-10, 20, 900, 700, true));
  });

  it.each([
    ['nothing', null],
    ['a string', 'big'],
    ['missing bounds', { isMaximized: false }],
    ['a zero width', { bounds: { x: 0, y: 0, width: 0, height: 700 }, isMaximized: false }],
    ['a negative height', { bounds: { x: 0, y: 0, width: 800, height: -1 }, isMaximized: false }],
    ['a fraction', { bounds: { x: 0.5, y: 0, width: 800, height: 600 }, isMaximized: false }],
    ['an absurd position', { bounds: { x: 1e9, y: 0, width: 800, height: 600 }, isMaximized: false }],
    ['a string size', { bounds: { x: 0, y: 0, width: '800', height: 600 }, isMaximized: false }],
    ['no maximised flag', { bounds: { x: 0, y: 0, width: 800, height: 600 } }],
  ])('rejects %s', (_name, value) => {
    expect(parseWindowState(value)).toBeNull();
  });
});

describe('placeWindow', () => {
  it('opens a first window at the default size, centred by the system', () => {
    expect(placeWindow(null, [PRIMARY])).toEqual({ ...DEFAULT_WINDOW_SIZE, isMaximized: false });
  });

  it('puts a window back where it was, on the display it was on', () => {
    expect(placeWindow(state(2100, 100, 1400, 900, true), [PRIMARY, RIGHT])).toEqual({ x: 2100, y: 100, width: 1400, height: 900, isMaximized: true });
  });

  it('moves a window that hangs off its display wholly onto it', () => {
    expect(placeWindow(state(1500, 900, 1000, 700), [PRIMARY])).toEqual({ x: 920, y: 340, width: 1000, height: 700, isMaximized: false });
    expect(placeWindow(state(-300, -50, 1000, 700), [PRIMARY])).toMatchObject({ x: 0, y: 0 });
  });

  it('shrinks a window larger than its display to fit', () => {
    expect(placeWindow(state(0, 0, 3000, 2000), [PRIMARY])).toEqual({ x: 0, y: 0, width: 1920, height: 1040, isMaximized: false });
  });

  it('reopens a window whose display was unplugged centred on the primary display', () => {
    expect(placeWindow(state(2100, 100, 2400, 1300), [PRIMARY])).toEqual({ width: 1920, height: 1040, isMaximized: false });
  });

  it('keeps a window at least its minimum size when the display allows it', () => {
    expect(placeWindow(state(10, 10, 200, 100), [PRIMARY])).toMatchObject({ width: MIN_WINDOW_SIZE.width, height: MIN_WINDOW_SIZE.height });
  });
});

describe('the state file', () => {
  const folders: string[] = [];
  const tempFile = async () => {
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-window-'));
    folders.push(folder);
    return path.join(folder, 'user-data', 'window-state.json');
  };
  afterEach(() => vi.useRealTimers());
  afterAll(() => Promise.all(folders.map((folder) => fs.rm(folder, { recursive: true, force: true }))));

  it('round-trips, creating the folder, and leaves no temporary file', async () => {
    const file = await tempFile();
    writeWindowState(file, state(40, 50, 1000, 800, true));
    expect(readWindowState(file)).toEqual(state(40, 50, 1000, 800, true));
    expect(await fs.readdir(path.dirname(file))).toEqual(['window-state.json']);
  });

  it('reads a missing, damaged or hand-edited file as no state', async () => {
    const file = await tempFile();
    expect(readWindowState(file)).toBeNull();
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, '{"bounds": {"x": 1');
    expect(readWindowState(file)).toBeNull();
    await fs.writeFile(file, JSON.stringify({ bounds: { x: 0, y: 0, width: -5, height: 10 }, isMaximized: false }));
    expect(readWindowState(file)).toBeNull();
  });

  it('saves the normal bounds when the window closes, and soon after it moves', async () => {
    vi.useFakeTimers();
    const file = await tempFile();
    const window = new FakeWindow(createElectronRecord());
    rememberWindowState(window as never, file);
    window.bounds = { x: 30, y: 40, width: 1100, height: 760 };
    window.emit('move');
    expect(readWindowState(file)).toBeNull();
    vi.advanceTimersByTime(1_000);
    expect(readWindowState(file)).toEqual(state(30, 40, 1100, 760));
    window.bounds = { x: 35, y: 45, width: 1000, height: 700 };
    window.isMaximizedNow = true;
    window.emit('close');
    expect(readWindowState(file)).toEqual(state(35, 45, 1000, 700, true));
  });

  it('does not save a minimised window’s position', async () => {
    const file = await tempFile();
    const window = new FakeWindow(createElectronRecord());
    rememberWindowState(window as never, file);
    window.isMinimizedNow = true;
    window.emit('close');
    expect(readWindowState(file)).toBeNull();
  });
});
