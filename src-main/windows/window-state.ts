import * as fs from 'node:fs';
import path from 'node:path';
import type { BrowserWindow, Rectangle } from 'electron';
import { z } from 'zod';

/** The size a first window opens at, in device-independent pixels. */
export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const;
/** The smallest the window may be made; the reading column and the side notes need this much. */
export const MIN_WINDOW_SIZE = { width: 720, height: 480 } as const;
/** The file, in Electron's userData folder, that remembers the window between launches. */
export const WINDOW_STATE_FILE = 'window-state.json';

/** Where and how the window was last left; `bounds` are its normal (not maximised) bounds. */
export interface WindowState {
  bounds: Rectangle;
  isMaximized: boolean;
}

/** Where to open the window: a position only when it is known to be visible (else the OS centres it). */
export interface WindowPlacement {
  x?: number;
  y?: number;
  width: number;
  height: number;
  isMaximized: boolean;
}

// Generous limits: they only keep a hand-edited or damaged file from producing absurd windows.
const coordinate = z.number().int().min(-100_000).max(100_000);
const length = z.number().int().min(1).max(100_000);
const WindowStateSchema = z.object({
  bounds: z.object({ x: coordinate, y: coordinate, width: length, height: length }),
  isMaximized: z.boolean(),
});

/** The saved state if `value` is a well-formed one, else null (the window then opens as on a first launch). */
export function parseWindowState(value: unknown): WindowState | null {
  const parsed = WindowStateSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * Fits a saved state to the displays there are now (their work areas, the primary first). The
 * window goes back on the display it overlaps most, made no larger than that display and moved
 * wholly onto it; if it overlaps none (a monitor was unplugged), it opens centred on the primary
 * display at its saved size, shrunk to fit. With no state, the default size, centred.
 */
export function placeWindow(state: WindowState | null, workAreas: readonly Rectangle[]): WindowPlacement {
  const primary = workAreas[0];
  if (!state) return fitSize({ ...DEFAULT_WINDOW_SIZE, isMaximized: false }, primary);
  const { bounds } = state;
  let best: Rectangle | undefined;
  let bestOverlap = 0;
  for (const area of workAreas) {
    const overlap = overlapArea(bounds, area);
    if (overlap > bestOverlap) [best, bestOverlap] = [area, overlap];
  }
  if (!best) return fitSize({ width: bounds.width, height: bounds.height, isMaximized: state.isMaximized }, primary);
  const { width, height } = fitSize({ width: bounds.width, height: bounds.height, isMaximized: false }, best);
  return {
    x: clamp(bounds.x, best.x, best.x + best.width - width),
    y: clamp(bounds.y, best.y, best.y + best.height - height),
    width,
    height,
    isMaximized: state.isMaximized,
  };
}

function fitSize(size: { width: number; height: number; isMaximized: boolean }, area: Rectangle | undefined): WindowPlacement {
  if (!area) return { ...size, width: Math.max(size.width, MIN_WINDOW_SIZE.width), height: Math.max(size.height, MIN_WINDOW_SIZE.height) };
  return {
    width: clamp(size.width, Math.min(MIN_WINDOW_SIZE.width, area.width), area.width),
    height: clamp(size.height, Math.min(MIN_WINDOW_SIZE.height, area.height), area.height),
    isMaximized: size.isMaximized,
  };
}

function overlapArea(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), Math.max(low, high));
}

/** The saved state in `file`, or null when it is missing, unreadable or malformed. */
export function readWindowState(file: string): WindowState | null {
  try {
    return parseWindowState(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch {
    return null;
  }
}

/**
 * Saves the state to `file` through a temporary file and a rename, so a crash mid-write leaves the
 * previous state rather than half a file. Synchronous on purpose: it runs as the window closes,
 * when an unfinished asynchronous write could be cut off by the app quitting. Failures are only
 * logged: losing the window position is not worth interrupting the user.
 */
export function writeWindowState(file: string, state: WindowState): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(temporary, `${JSON.stringify(state)}\n`);
    fs.renameSync(temporary, file);
  } catch (error) {
    console.warn(`Dateline could not save the window position in ${file}`, error);
  }
}

/** How long the window must stay still before a move or resize is saved, in milliseconds. */
const SAVE_DELAY_MS = 1_000;

/**
 * Saves the window's normal bounds and maximised state to `file` when it closes, and shortly after
 * it is moved or resized (so a crash loses at most the last second).
 */
export function rememberWindowState(window: BrowserWindow, file: string): void {
  let timer: NodeJS.Timeout | null = null;
  const save = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (window.isDestroyed() || window.isMinimized() || window.isFullScreen()) return;
    writeWindowState(file, { bounds: window.getNormalBounds(), isMaximized: window.isMaximized() });
  };
  const saveSoon = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('maximize', saveSoon);
  window.on('unmaximize', saveSoon);
  window.on('close', save);
}
