import { english } from './english';
import type { LanguageRules } from './rule';

/** The languages the tagger has rules for, by ISO 639-1 code. Add a language by adding its rule table here. */
const LANGUAGES: Readonly<Record<string, LanguageRules>> = { en: english };

/** The codes of the languages with rules. */
export const SUPPORTED_LANGUAGES: readonly string[] = Object.keys(LANGUAGES);

/**
 * The rules for a language tag (`en`, `en-GB`, `EN`): matched on its primary subtag. Null when the
 * language has no rules, so callers can say so instead of tagging with the wrong language's rules.
 */
export function rulesForLanguage(tag: string): LanguageRules | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return LANGUAGES[primary] ?? null;
}
