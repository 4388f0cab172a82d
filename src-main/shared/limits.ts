/** The smallest, largest and default reading font sizes, in CSS pixels. */
export const FONT_SIZE_RANGE = { min: 14, max: 28, default: 19 } as const;
