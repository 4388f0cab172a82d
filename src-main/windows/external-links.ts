/** The only URL schemes Dateline hands to the operating system, after the user confirms. */
export const EXTERNAL_SCHEMES = ['http:', 'https:', 'mailto:'] as const;

/** True when `url` may be opened in the system browser or mail program (once the user agrees). */
export function isOpenableExternally(url: string): boolean {
  try {
    return (EXTERNAL_SCHEMES as readonly string[]).includes(new URL(url).protocol);
  } catch {
    return false;
  }
}
