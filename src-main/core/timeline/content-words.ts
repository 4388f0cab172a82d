/** Function words and reporting words that say nothing about what happened. */
const STOPWORDS = new Set(
  (
    'a about after again against all also am an and any are as at be because been before being between both but by can could did do does ' +
    'doing down during each few for from further had has have having he her here hers him his how i if in into is it its itself just me ' +
    'more most my no nor not now of off on once only or other our ours out over own same she should so some such than that the their ' +
    'theirs them then there these they this those through to too under until up very was we were what when where which while who whom why ' +
    'will with would you your said says say told tell according reported reports report monday tuesday wednesday thursday friday saturday ' +
    'sunday today yesterday tomorrow week weeks month months year years day days last next earlier later ago am pm time since'
  ).split(' '),
);

/**
 * The content words of a sentence as a set: lower case, letters and digits only, function words
 * and date words left out, a plural `s` taken off words longer than four letters. Two sentences
 * about the same happening share many of them whatever their word order.
 */
export function contentWords(sentence: string): Set<string> {
  const words = new Set<string>();
  for (const match of sentence.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
    let word = match[0];
    if (word.length < 2 || STOPWORDS.has(word)) continue;
    if (word.length > 4 && word.endsWith('s') && !word.endsWith('ss')) word = word.slice(0, -1);
    words.add(word);
  }
  return words;
}

/** The Dice coefficient of two word sets: 2·|shared| / (|a| + |b|), 0 when both are empty. */
export function diceSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const word of small) if (large.has(word)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}
