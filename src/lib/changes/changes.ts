/** Change notes (GOV.UK style): per page, the site-wide Stand, and the list of significant changes. */
import type { ChangeNote } from '../content/schemas';
import { PAGE_KINDS, pagePath, type PageKind } from '../page-kinds';
import { sourceDate } from '../sources/source';
import type { SourceData } from '../content/schemas';

interface Noted {
  id: string;
  titel: string;
  aenderungen: ChangeNote[];
}

/** The parts of a project that carry change notes (structural, so this folder does not depend on project/). */
export interface NotedProject {
  chapters: readonly Noted[];
  findings: readonly Noted[];
  fields: readonly Noted[];
  actions: readonly Noted[];
  sources: ReadonlyArray<Noted & Pick<SourceData, 'jahr' | 'zeitraum'>>;
}

/** One change note with the page it belongs to. */
export interface ChangeItem extends ChangeNote {
  /** Page kind in German: Kapitel, Befund, Handlungsfeld, Maßnahme, Quelle. */
  kind: string;
  title: string;
  /** Site path of the page (relative to the base, without slashes at the ends). */
  path: string;
}

/** The newest date among notes, or undefined without notes. */
export function lastChanged(notes: readonly ChangeNote[]): string | undefined {
  return notes.reduce<string | undefined>((max, n) => (max === undefined || n.datum > max ? n.datum : max), undefined);
}

/** Notes newest first; on the same day in the order written. */
export function newestFirst<T extends ChangeNote>(notes: readonly T[]): T[] {
  return notes.map((n, i) => [n, i] as const).sort((a, b) => b[0].datum.localeCompare(a[0].datum) || a[1] - b[1]).map(([n]) => n);
}

/** Every change note of the site with its page, newest first. */
export function changeItems(project: NotedProject): ChangeItem[] {
  const groups: Array<[PageKind, readonly Noted[]]> = [
    ['chapter', project.chapters],
    ['finding', project.findings],
    ['field', project.fields],
    ['action', project.actions],
    ['source', project.sources],
  ];
  const items = groups.flatMap(([kind, entries]) =>
    entries.flatMap((e) => e.aenderungen.map((n) => ({ ...n, kind: PAGE_KINDS[kind].label, title: e.titel, path: pagePath(kind, e.id) }))),
  );
  return newestFirst(items);
}

/**
 * The site-wide Stand: the date of the newest change note; without any note, the newest date a
 * source names (end of its survey period). Never the clock, never typed by hand.
 */
export function siteStand(project: NotedProject): string | undefined {
  const noted = changeItems(project)[0]?.datum;
  if (noted) return noted;
  return project.sources.map(sourceDate).sort().at(-1);
}
