import { FONT_SIZE_RANGE } from '../../../src-main/shared/limits';
import type { Settings } from '../../../src-main/shared/settings';
import type { DatelineApi } from '../api';

/** The themes in the order the theme shortcut cycles through them. */
export const THEMES: readonly Settings['theme'][] = ['system', 'light', 'dark'];

/** The reader's preferences (theme, text size, reading width), saved in the library. */
export class PreferencesState {
  /** Null until loaded. */
  settings = $state<Settings | null>(null);
  /** The last failure to load or save, in the user's words; null when all is well. */
  error = $state<string | null>(null);

  /** @param api the renderer's API to main */
  constructor(private readonly api: DatelineApi) {}

  /** Loads the saved preferences. */
  async load(): Promise<void> {
    const result = await this.api.settings.get();
    if (result.ok) this.settings = result.value;
    else this.error = result.error.message;
  }

  /** Applies a change at once and saves it; if saving fails, the change is undone and the error shown. */
  async update(patch: Partial<Settings>): Promise<void> {
    const previous = this.settings;
    if (!previous) return;
    this.settings = { ...previous, ...patch };
    const result = await this.api.settings.update(patch);
    if (result.ok) {
      this.settings = result.value;
      this.error = null;
    } else {
      this.settings = previous;
      this.error = result.error.message;
    }
  }

  /** True when the text can be made larger. */
  get canEnlarge(): boolean {
    return (this.settings?.fontSize ?? FONT_SIZE_RANGE.max) < FONT_SIZE_RANGE.max;
  }

  /** True when the text can be made smaller. */
  get canShrink(): boolean {
    return (this.settings?.fontSize ?? FONT_SIZE_RANGE.min) > FONT_SIZE_RANGE.min;
  }

  /** Changes the reading text size by `step` pixels, within the allowed range. */
  resize(step: number): Promise<void> {
    const size = this.settings?.fontSize ?? FONT_SIZE_RANGE.default;
    const next = Math.min(FONT_SIZE_RANGE.max, Math.max(FONT_SIZE_RANGE.min, size + step));
    return next === size ? Promise.resolve() : this.update({ fontSize: next });
  }

  /** Puts the reading text size back to the default. */
  resetSize(): Promise<void> {
    return this.update({ fontSize: FONT_SIZE_RANGE.default });
  }

  /** Moves to the next theme: system → light → dark → system. */
  cycleTheme(): Promise<void> {
    const current = THEMES.indexOf(this.settings?.theme ?? 'system');
    return this.update({ theme: THEMES[(current + 1) % THEMES.length] });
  }
}
