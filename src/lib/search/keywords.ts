/** Search keywords for an entry: its own words, synonyms, and the head words of its compounds. */

export interface SearchTerms {
  /** Groups of words that mean the same. */
  synonyme: string[][];
  /** Head words of German compounds ("Kurs" in "Sprachkurs"). */
  grundwoerter: string[];
  /** Words in other languages and the German pages (site paths) they lead to. */
  andere_sprachen?: Array<{ seiten: string[]; woerter: string[] }>;
}

/** The other-language entry words that lead to the page at `path` (e.g. "handlungsfelder/sprache"). */
export function crossLanguageWords(terms: SearchTerms, path: string): string[] {
  return (terms.andere_sprachen ?? []).filter((g) => g.seiten.includes(path)).flatMap((g) => g.woerter);
}

const PLURAL = ['', 'e', 'en', 'n', 's', 'er'];

const norm = (s: string): string => s.toLocaleLowerCase('de');

/** Words of a text, lower-cased, split on anything that is not a letter. */
function words(text: string): string[] {
  return norm(text).split(/[^\p{L}]+/u).filter((w) => w.length > 1);
}

/**
 * Keywords to index for an entry: the given ones, every synonym group that the text touches
 * (a word of the group, or a compound starting with it), and head words of compounds in the
 * text. Sorted, without duplicates (case-insensitive), so builds are reproducible.
 */
export function searchKeywords(own: readonly string[], text: string, terms: SearchTerms): string[] {
  const all = `${own.join(' ')} ${text}`;
  const lower = ` ${norm(all).replace(/\s+/g, ' ')} `;
  const tokens = new Set(words(all));
  const found = new Map<string, string>();
  const add = (k: string) => {
    if (!found.has(norm(k))) found.set(norm(k), k);
  };
  own.forEach(add);
  for (const group of terms.synonyme) {
    const touched = group.some((term) => {
      const t = norm(term);
      if (t.includes(' ')) return lower.includes(` ${t}`);
      // Short words (KI, DaZ, MSO) only as whole words; longer ones also as compound starts.
      return t.length < 4 ? tokens.has(t) : [...tokens].some((w) => w.startsWith(t));
    });
    if (touched) group.forEach(add);
  }
  for (const head of terms.grundwoerter) {
    const h = norm(head);
    if ([...tokens].some((w) => w.length > h.length && PLURAL.some((p) => w.endsWith(h + p)))) add(head);
  }
  return [...found.values()].sort((a, b) => a.localeCompare(b, 'de'));
}
