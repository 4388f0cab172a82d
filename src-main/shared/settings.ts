import { z } from 'zod';
import { FONT_SIZE_RANGE } from './limits';

/** Reader preferences kept in the library. `theme: 'system'` follows the operating system. */
export const SettingsSchema = z.object({
  theme: z.enum(['system', 'light', 'dark']),
  fontSize: z.number().int().min(FONT_SIZE_RANGE.min).max(FONT_SIZE_RANGE.max),
  readingWidth: z.enum(['narrow', 'medium', 'wide']),
});

/** See {@link SettingsSchema}. */
export type Settings = z.infer<typeof SettingsSchema>;

/** The settings of a new library. */
export const DEFAULT_SETTINGS: Settings = { theme: 'system', fontSize: FONT_SIZE_RANGE.default, readingWidth: 'medium' };
