/**
 * Everything one page renders, resolved from the project (the page itself does no look-ups):
 * getStaticPaths returns each page's view as its props (`pageRoutes`), like Starlight's
 * generateRouteData, and the page only renders `Astro.props`.
 */
import type { GoalData } from '../content/schemas';
import type { Source } from '../sources/source';
import type { Action, Chapter, Field, Indicator, Project, SourcedFinding } from './model';
import { chapterNeighbours } from './navigation';

/** The entry with `id`, or a developer error (routes come from the same project, so this is a bug). */
export function byId<T extends { id: string }>(entries: readonly T[], id: string | undefined, kind: string): T {
  const entry = entries.find((e) => e.id === id);
  if (!entry) throw new Error(`Unknown ${kind} "${id}"`);
  return entry;
}

const fieldsOf = (project: Project, ids: readonly string[]): Field[] => project.fields.filter((f) => ids.includes(f.id));

/** The static routes of one page per entry: `{ params: { id }, props: view }` for getStaticPaths. */
export function pageRoutes<T extends { id: string }, V>(entries: readonly T[], view: (id: string) => V): Array<{ params: { id: string }; props: V }> {
  return entries.map((e) => ({ params: { id: e.id }, props: view(e.id) }));
}

/** One action card: the action and the titles of its fields, in the action's order. */
export interface ActionCard {
  action: Action;
  fieldTitles: string[];
}

/** The actions as cards; an id that names no field stays as it is (cross-checks report it). */
export const actionCards = (actions: readonly Action[], fields: readonly Field[]): ActionCard[] =>
  actions.map((action) => ({
    action,
    fieldTitles: action.handlungsfelder.map((id) => fields.find((f) => f.id === id)?.titel ?? id),
  }));

/** A goal of an action or field with its indicators resolved. */
export interface GoalView {
  text: string;
  indicators: Indicator[];
}

/** Goals with their indicators (cross-checks made sure every named indicator exists). */
export const goalViews = (project: Project, goals: readonly GoalData[]): GoalView[] =>
  goals.map((g) => ({ text: g.text, indicators: g.kennzahlen.map((k) => byId(project.indicators, k, 'indicator')) }));

/** A heading as Astro's render() reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface ChapterView {
  chapter: Chapter;
  /** Number of chapters in the report (for "Kapitel 3 von 12"). */
  total: number;
  previous: Chapter | undefined;
  next: Chapter | undefined;
  fields: Field[];
}

/** A chapter with its neighbours in reading order and its priority fields. */
export function chapterView(project: Project, id: string | undefined): ChapterView {
  const chapter = byId(project.chapters, id, 'chapter');
  return {
    chapter,
    total: project.chapters.length,
    ...chapterNeighbours(project.chapters, chapter.id),
    fields: fieldsOf(project, chapter.handlungsfelder),
  };
}

/** The table of contents of a rendered chapter (h2 and h3), and whether it has sections at all. */
export function chapterToc(headings: readonly Heading[]): { toc: Heading[]; hasSections: boolean } {
  return {
    toc: headings.filter((h) => h.depth === 2 || h.depth === 3),
    hasSections: headings.some((h) => h.depth === 2),
  };
}

export interface FindingView {
  finding: SourcedFinding;
  chapter: Chapter;
  fields: Field[];
  /** Actions that cite this finding as evidence. */
  actions: Action[];
}

/** A finding with the chapter that embeds it, its fields and the actions it supports. */
export function findingView(project: Project, id: string | undefined): FindingView {
  const finding = byId(project.findings, id, 'finding');
  return {
    finding,
    chapter: byId(project.chapters, finding.kapitel, 'chapter'),
    fields: fieldsOf(project, finding.handlungsfelder),
    actions: project.actions.filter((a) => a.belege.includes(finding.id)),
  };
}

export interface ActionView {
  action: Action;
  fields: Field[];
  /** The findings the action cites, in the order it cites them. */
  evidence: SourcedFinding[];
  goals: GoalView[];
}

/** An action with its fields, evidence and goals. */
export function actionView(project: Project, id: string | undefined): ActionView {
  const action = byId(project.actions, id, 'action');
  return {
    action,
    fields: fieldsOf(project, action.handlungsfelder),
    evidence: action.belege.map((b) => byId(project.findings, b, 'finding')),
    goals: goalViews(project, action.ziele),
  };
}

export interface SourceView {
  source: Source;
  /** The findings that rest on the source, in report order. */
  findings: SourcedFinding[];
}

/** A source with every finding that rests on it. */
export function sourceView(project: Project, id: string | undefined): SourceView {
  const source = byId(project.sources, id, 'source');
  return { source, findings: project.findings.filter((f) => f.quelle === source.id) };
}
