/**
 * A picture's credit fused to the start of a sentence ("Photograph: Tim Ireland/PA Swine flu is
 * spreading…"), as text copied from a news page or extracted without its captions reads: it says
 * who took a picture, not what happened, so an event's title and a key date's summary leave it out.
 */

/** The caption's label and its colon. */
const LABEL = /^\s*(?:photograph|photo|picture|image|illustration|composite|graphic)s?\s*:\s*/i;

/** A credit's photographer and agency joined by slashes: "Tim Ireland/PA", "Mike Clarke/AFP/Getty Images" (`\/` as some text tools escape it). */
const SLASHED_CREDIT = /^(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*(?:\\?\/[A-Z][\w.'’-]*)+(?:\s+[Ii]mages\b)?\s*/;

/** A credit that is an agency alone: an acronym ("PA", "AFP") or an agency's name. */
const AGENCY_CREDIT = /^(?:[A-Z]{2,5}|Reuters|Associated\s+Press|Getty\s+Images|Rex\s+Features|Alamy|Corbis|Bloomberg)(?=\s+[A-Z])\s*/;

/**
 * How many characters at the start of `text` are a picture credit: its label, the photographer
 * and agency, and the space after; 0 when the text does not open with a credit, or when where a
 * credit ends cannot be told ("Photograph: Paul McErlane The question…").
 */
export function pictureCreditLength(text: string): number {
  const label = LABEL.exec(text);
  if (!label) return 0;
  const rest = text.slice(label[0].length);
  const credit = SLASHED_CREDIT.exec(rest) ?? AGENCY_CREDIT.exec(rest);
  return credit ? label[0].length + credit[0].length : 0;
}
