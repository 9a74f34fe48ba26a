/** "Meinten Sie …?": the site's own words, and a corrected query built from them. */
import { closest } from '../text/closest';

/** Shortest word worth suggesting (shorter words are too easily "corrected" into something else). */
const MIN_LENGTH = 4;

/**
 * The words a reader may mean: every word of the given texts (titles, keywords, synonyms) with at
 * least four letters, in the spelling of its first occurrence, without duplicates (case-insensitive),
 * sorted so builds are reproducible.
 */
export function suggestionWords(texts: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const text of texts) {
    for (const word of text.split(/[^\p{L}-]+/u)) {
      const w = word.replace(/^-+|-+$/g, '');
      if (w.length >= MIN_LENGTH && !seen.has(w.toLocaleLowerCase('de'))) seen.set(w.toLocaleLowerCase('de'), w);
    }
  }
  return [...seen.values()].sort((a, b) => a.localeCompare(b, 'de'));
}

/**
 * The query with each misspelt word replaced by the closest known word; undefined when every word
 * is known (or none is close), so no suggestion is shown.
 */
export function suggestQuery(query: string, words: readonly string[]): string | undefined {
  const known = new Set(words.map((w) => w.toLocaleLowerCase('de')));
  let changed = false;
  const corrected = query.trim().split(/\s+/).map((word) => {
    if (word.length < MIN_LENGTH || known.has(word.toLocaleLowerCase('de'))) return word;
    const best = closest(word, words);
    if (best === undefined) return word;
    changed = true;
    return best;
  });
  return changed ? corrected.join(' ') : undefined;
}
