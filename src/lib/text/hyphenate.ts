/** German hyphenation at build time: soft hyphens where browsers have no German patterns. */
import hyphenDe from 'hyphen/de-1996/index.js';

// A CommonJS module: its functions come from the default export.
const { hyphenateSync } = hyphenDe;

/** U+00AD: invisible unless the browser breaks the word there, then drawn as a hyphen. */
export const SOFT_HYPHEN = '\u00ad';

/** Words shorter than this stay whole: they fit any line of the site at 320 px. */
export const MIN_WORD = 8;

/** Fewest letters left on either side of a break ("In-tegration" reads badly). */
const MIN_PART = 3;

/** Drops break points that leave fewer than MIN_PART letters before or after them in the word. */
function keepGoodBreaks(word: string): string {
  const parts = word.split(SOFT_HYPHEN);
  if (parts.length === 1) return word;
  let out = parts[0]!;
  let done = parts[0]!.length;
  const total = parts.join('').length;
  for (const part of parts.slice(1)) {
    out += done >= MIN_PART && total - done >= MIN_PART ? SOFT_HYPHEN + part : part;
    done += part.length;
  }
  return out;
}

/** File names and addresses ("angebote.csv", "www.kreis-kleve.de", "a@b.de"): never hyphenated. */
const NOT_A_WORD = /\p{L}\.\p{L}{2,5}\b|:\/\/|@/u;

function hyphenateWords(text: string, minWord: number): string {
  return hyphenateSync(text, { hyphenChar: SOFT_HYPHEN, minWordLength: minWord }).replace(/[^\s\-–/]+/g, keepGoodBreaks);
}

/**
 * Inserts soft hyphens into German words of at least `minWord` letters; text with them is left
 * alone, and so are file names and addresses (a reader would take "angebo-te.csv" for the name).
 */
export function hyphenate(text: string, minWord = MIN_WORD): string {
  if (text.includes(SOFT_HYPHEN)) return text;
  if (!NOT_A_WORD.test(text)) return hyphenateWords(text, minWord);
  return text.replace(/\S+/g, (token) => (NOT_A_WORD.test(token) ? token : hyphenateWords(token, minWord)));
}

/** The pieces of a word at its hyphenation points ("Bildungs", "einrichtungen" → joined with "-" when broken). */
export function syllables(word: string): string[] {
  return keepGoodBreaks(hyphenateSync(word, { hyphenChar: SOFT_HYPHEN, minWordLength: 5 })).split(SOFT_HYPHEN);
}

/**
 * No-break spaces where German typesetting keeps things together: "79 %", "z. B.", "Abb. 3",
 * "S. 12", "Nr. 4". Works on HTML text (no tags); leaves everything else as it is.
 */
export function typeset(text: string): string {
  return text
    .replace(/(\d) (%|‰|€)/g, '$1\u00a0$2')
    .replace(/\b([zZ])\. ?B\./g, '$1.\u00a0B.')
    .replace(/\b(Abb\.|Abbildung|Tab\.|Tabelle|S\.|Nr\.|Kap\.) (\d)/g, '$1\u00a0$2');
}
