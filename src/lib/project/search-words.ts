/** The site's own vocabulary for "Meinten Sie …?" on the search page. */
import { suggestionWords } from '../search/suggest';
import type { Project } from './model';

/**
 * Words of every title, keyword, summary and text of the project, with its synonyms and compound
 * head words: a word a reader typed that is among them is no typo (about 2,000 words, 7 kB gzipped).
 */
export function searchWords(project: Project): string[] {
  const entries = [...project.chapters, ...project.findings, ...project.fields, ...project.actions];
  return suggestionWords([
    ...entries.flatMap((e) => [e.titel, ...e.suchbegriffe]),
    ...project.chapters.flatMap((c) => [c.zusammenfassung, c.body]),
    ...project.fields.flatMap((f) => [f.kurz, f.body]),
    ...project.actions.map((a) => a.body),
    ...project.searchTerms.synonyme.flat(),
    ...project.searchTerms.grundwoerter,
  ]);
}
