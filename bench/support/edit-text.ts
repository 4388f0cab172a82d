/** A text after random edits, with where each original character went (-1 when deleted). */
export interface EditedText {
  text: string;
  /** For each index of the original text, its index in the edited text, or -1. */
  newIndexOf: Int32Array;
}

const WORDS = ['the', 'government', 'said', 'on', 'Monday', 'officials', 'report', 'new', 'and', 'of', 'talks', 'in', 'city', 'a', 'week'];

/**
 * Edits `share` of a text's characters at random: insertions of words, deletions and substitutions
 * of short runs, and one paragraph moved to another place, keeping track of every original
 * character so a benchmark knows where a passage truly went.
 */
export function editText(original: string, share: number, random: () => number): EditedText {
  // UTF-16 units, like every offset in the app.
  let chars = original.split('');
  let origin = chars.map((_, index) => index);
  let budget = Math.round(original.length * share);
  const runLength = () => 1 + Math.floor(random() * 8);
  while (budget > 0) {
    const at = Math.floor(random() * (chars.length + 1));
    const kind = random();
    const length = Math.min(budget, runLength());
    if (kind < 0.34) {
      const word = `${WORDS[Math.floor(random() * WORDS.length)]} `.slice(0, Math.max(1, length));
      chars.splice(at, 0, ...word.split(''));
      origin.splice(at, 0, ...word.split('').map(() => -1));
    } else if (kind < 0.67) {
      chars.splice(at, length);
      origin.splice(at, length);
    } else {
      const replacement = Array.from({ length }, () => String.fromCharCode(97 + Math.floor(random() * 26)));
      chars.splice(at, length, ...replacement);
      origin.splice(at, length, ...replacement.map(() => -1));
    }
    budget -= length;
  }
  ({ chars, origin } = moveParagraph(chars, origin, random));
  const newIndexOf = new Int32Array(original.length).fill(-1);
  origin.forEach((from, to) => {
    if (from >= 0) newIndexOf[from] = to;
  });
  return { text: chars.join(''), newIndexOf };
}

/** Moves one paragraph (text between blank lines) to the start or the end of the text. */
function moveParagraph(chars: string[], origin: number[], random: () => number): { chars: string[]; origin: number[] } {
  const text = chars.join('');
  const breaks = [...text.matchAll(/\n\s*\n/g)].map((match) => match.index + match[0].length);
  if (breaks.length < 2) return { chars, origin };
  const which = Math.floor(random() * (breaks.length - 1));
  const start = breaks[which] as number;
  const end = breaks[which + 1] as number;
  const movedChars = chars.slice(start, end);
  const movedOrigin = origin.slice(start, end);
  const restChars = [...chars.slice(0, start), ...chars.slice(end)];
  const restOrigin = [...origin.slice(0, start), ...origin.slice(end)];
  return random() < 0.5
    ? { chars: [...movedChars, ...restChars], origin: [...movedOrigin, ...restOrigin] }
    : { chars: [...restChars, ...movedChars], origin: [...restOrigin, ...movedOrigin] };
}
