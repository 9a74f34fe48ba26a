/** The A–Z keyword index (Stichwortverzeichnis): every keyword with the pages that carry it. */
import { PAGE_KINDS, pagePath } from '../page-kinds';
import type { Project } from './model';

export interface IndexedPage {
  title: string;
  /** Site path, e.g. "kapitel/einleitung". */
  path: string;
  /** Page kind's label (src/lib/page-kinds.ts). */
  type: string;
}

export interface KeywordEntry {
  keyword: string;
  pages: IndexedPage[];
}

export interface LetterGroup {
  /** "A" … "Z"; umlauts sort under their base letter. */
  letter: string;
  entries: KeywordEntry[];
}

const baseLetter = (word: string): string =>
  word.charAt(0).toLocaleUpperCase('de').replace('Ä', 'A').replace('Ö', 'O').replace('Ü', 'U').normalize('NFD').charAt(0);

/** Groups every search keyword of the project by letter, each with its pages in reading order. */
export function buildKeywordIndex(project: Project): LetterGroup[] {
  const pages: Array<IndexedPage & { keywords: string[] }> = [
    ...project.fields.map((f) => ({ title: f.titel, path: pagePath('field', f.id), type: PAGE_KINDS.field.label, keywords: [f.titel, ...f.suchbegriffe] })),
    ...project.chapters.map((c) => ({ title: c.titel, path: pagePath('chapter', c.id), type: PAGE_KINDS.chapter.label, keywords: c.suchbegriffe })),
    ...project.findings.map((f) => ({ title: f.titel, path: pagePath('finding', f.id), type: PAGE_KINDS.finding.label, keywords: f.suchbegriffe })),
    ...project.actions.map((a) => ({ title: a.titel, path: pagePath('action', a.id), type: PAGE_KINDS.action.label, keywords: a.suchbegriffe })),
  ];
  const byKeyword = new Map<string, KeywordEntry>();
  for (const { keywords, ...page } of pages) {
    for (const keyword of keywords) {
      const key = keyword.toLocaleLowerCase('de');
      const entry = byKeyword.get(key) ?? { keyword, pages: [] };
      if (!entry.pages.some((p) => p.path === page.path)) entry.pages.push(page);
      byKeyword.set(key, entry);
    }
  }
  const groups = new Map<string, KeywordEntry[]>();
  for (const entry of [...byKeyword.values()].sort((a, b) => a.keyword.localeCompare(b.keyword, 'de'))) {
    const letter = /[A-Z]/.test(baseLetter(entry.keyword)) ? baseLetter(entry.keyword) : '#';
    groups.set(letter, [...(groups.get(letter) ?? []), entry]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([letter, entries]) => ({ letter, entries }));
}

/** URL segment of a letter's page: "a" for A (/suche/a/). */
export function letterSlug(letter: string): string {
  return letter.toLocaleLowerCase('de');
}
