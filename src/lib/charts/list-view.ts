/** Findings without values to draw: one plain HTML list, grouped by the report's own words. */
import { readFileSync } from 'node:fs';
import type { Finding } from '../types';
import { distinct, hasValue, rowValue } from './rows';

/** One category in the list, with the value the report's text gives, if any. */
export interface ListItem {
  label: string;
  value?: string;
}

/** Categories the report describes with the same words (`statement` '' = no words in the report). */
export interface ListGroup {
  statement: string;
  items: ListItem[];
}

/** What a list finding shows: one honest sentence about the lost values (unless the takeaway says it), then the groups. */
export interface ListView {
  note?: string;
  groups: ListGroup[];
}

/** True when a finding is shown as a list, not as a chart: `kategorien`, or no value at all. */
export function isListFinding(f: Finding): boolean {
  return f.diagramm === 'kategorien' || f.rows.every((r) => !hasValue(r));
}

/** The findings drawn as a chart (each has a downloadable SVG), in their order. */
export const chartFindings = <F extends Finding>(findings: readonly F[]): F[] => findings.filter((f) => !isListFinding(f));

/**
 * Groups consecutive rows that share the report's statement. A category whose groups
 * (e.g. Bildungseinrichtungen and Weitere Akteure) all fall into one statement is named once;
 * otherwise "Kategorie (Gruppe)".
 */
export function layoutList(f: Finding): ListView {
  const groups: ListGroup[] = [];
  const statementsOf = new Map<string, Set<string>>();
  for (const r of f.rows) statementsOf.set(r.kategorie, (statementsOf.get(r.kategorie) ?? new Set()).add(r.aussage));
  for (const r of f.rows) {
    const whole = statementsOf.get(r.kategorie)!.size === 1;
    const label = r.gruppe && !whole ? `${r.kategorie} (${r.gruppe})` : r.kategorie;
    let group = groups.at(-1);
    if (!group || group.statement !== r.aussage) groups.push((group = { statement: r.aussage, items: [] }));
    if (group.items.some((i) => i.label === label)) continue;
    group.items.push(hasValue(r) ? { label, value: rowValue(r, f.einheit) } : { label });
  }
  const valued = f.rows.filter(hasValue).length;
  // The generated takeaway of a finding without any value already says that the values are lost.
  if (valued === 0 && f.kernaussage === undefined) return { groups };
  const note =
    valued === 0
      ? 'Die Grafik des Berichts ist nicht erhalten und mit ihr die Werte; hier stehen die Kategorien mit den Worten des Berichts.'
      : `Die Grafik des Berichts ist nicht erhalten; sein Text nennt nur ${valued === 1 ? 'einen Wert' : `${valued} Werte`}, die übrigen Kategorien beschreibt er in Worten.`;
  return { note, groups };
}

/** Normalises text for comparison: one space, no Markdown list marker or emphasis. */
const norm = (s: string) => s.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim().toLocaleLowerCase('de-DE');

/**
 * True when the chapter's own text already lists every category of the finding as a Markdown list
 * item: the finding then does not repeat the list in that chapter.
 */
export function listedInText(f: Finding, chapterSource: string): boolean {
  const items = new Set(
    chapterSource
      .split('\n')
      .map((line) => /^\s*(?:[-*+]|\d+\.)\s+(.*)$/.exec(line)?.[1])
      .filter((item): item is string => item !== undefined)
      .map(norm),
  );
  const categories = distinct(f.rows.map((r) => r.kategorie));
  return categories.length > 1 && categories.every((c) => items.has(norm(c)));
}

/** listedInText for the chapter file at `chapterFile` (path relative to the project root). */
export function listedInChapterFile(f: Finding, chapterFile: string, root = process.cwd()): boolean {
  return listedInText(f, readFileSync(`${root}/${chapterFile}`, 'utf8'));
}
