import { afterEach, describe, expect, it } from 'vitest';
import { FONT_SIZE_RANGE } from '../../../src-main/shared/limits';
import { PreferencesState } from '../../../src-renderer/lib/state/preferences-state.svelte';
import { openRealApi, type RealApi } from '../support/real-api';

describe('PreferencesState over the real handlers', () => {
  let real: RealApi;
  afterEach(async () => real?.close());

  it('loads the saved settings and saves each change to the library', async () => {
    real = await openRealApi();
    const preferences = new PreferencesState(real.api);
    await preferences.load();
    expect(preferences.settings).toEqual(real.services.library.settings());
    await preferences.update({ readingWidth: 'wide' });
    await preferences.resize(2);
    expect(real.services.library.settings()).toMatchObject({ readingWidth: 'wide', fontSize: FONT_SIZE_RANGE.default + 2 });
    await preferences.resetSize();
    expect(real.services.library.settings().fontSize).toBe(FONT_SIZE_RANGE.default);
  });

  it('stops at the largest and smallest sizes', async () => {
    real = await openRealApi();
    const preferences = new PreferencesState(real.api);
    await preferences.load();
    await preferences.update({ fontSize: FONT_SIZE_RANGE.max });
    expect(preferences.canEnlarge).toBe(false);
    await preferences.resize(1);
    expect(preferences.settings?.fontSize).toBe(FONT_SIZE_RANGE.max);
    await preferences.update({ fontSize: FONT_SIZE_RANGE.min });
    expect(preferences.canShrink).toBe(false);
    await preferences.resize(-1);
    expect(real.services.library.settings().fontSize).toBe(FONT_SIZE_RANGE.min);
  });

  it('cycles system → light → dark → system', async () => {
    real = await openRealApi();
    const preferences = new PreferencesState(real.api);
    await preferences.load();
    const seen: string[] = [];
    for (let step = 0; step < 3; step += 1) {
      await preferences.cycleTheme();
      seen.push(real.services.library.settings().theme);
    }
    expect(seen).toEqual(['light', 'dark', 'system']);
  });

  it('undoes a change it could not save and says why', async () => {
    real = await openRealApi({ isReadOnly: true });
    const preferences = new PreferencesState(real.api);
    await preferences.load();
    const before = preferences.settings;
    await preferences.update({ theme: 'dark' });
    expect(preferences.settings).toEqual(before);
    expect(preferences.error).toBe('This library is open read-only for the test.');
  });
});
