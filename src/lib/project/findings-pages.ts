/**
 * The findings catalogue in pages, so no page grows with the number of findings: /befunde/ and
 * /befunde/handlungsfeld/<id>/ show FINDINGS_PER_PAGE cards; further pages live at …/seite/<n>/.
 * 50 cards weigh about 60 kB of HTML, well under the 200 kB page budget at any number of findings.
 */
import type { Field, Project, SourcedFinding } from './model';
import { byId } from './views';
import { sitePaths } from '../page-kinds';
import { summarizeFinding } from '../charts/summary';
import { laterPages, pageOf, PER_PAGE } from './pagination';

/** Cards per catalogue page. */
export const FINDINGS_PER_PAGE = PER_PAGE;

/** One finding card: the generated summary (no shrunken chart), the chapter and the fields. */
export interface FindingCard {
  finding: SourcedFinding;
  summary: string;
  chapter: { id: string; titel: string };
  fields: Field[];
}

/** The field filter above the cards: every field with its number of findings. */
export interface FindingFilter {
  /** Findings in the whole project. */
  all: number;
  fields: Array<{ field: Field; count: number }>;
}

export interface FindingsPage {
  /** The field filter, if any. */
  field: Field | undefined;
  /** Cards of the findings on this page, in report order. */
  cards: FindingCard[];
  filter: FindingFilter;
  /** Findings matching the filter, over all pages. */
  matching: number;
  /** Findings in the whole project. */
  total: number;
  page: number;
  pages: number;
  /** Site path of the catalogue's first page (without base), e.g. "befunde/handlungsfeld/sprache". */
  basePath: string;
}

/** One page of the findings catalogue, optionally filtered by a priority field. */
export function findingsPage(project: Project, fieldId: string | undefined, page: number): FindingsPage {
  const field = fieldId === undefined ? undefined : byId(project.fields, fieldId, 'field');
  const matching = field ? project.findings.filter((f) => f.handlungsfelder.includes(field.id)) : project.findings;
  const { items, pages } = pageOf('findings', matching, page, FINDINGS_PER_PAGE);
  return {
    field,
    cards: items.map((finding) => ({
      finding,
      summary: summarizeFinding(finding),
      chapter: byId(project.chapters, finding.kapitel, 'chapter'),
      fields: project.fields.filter((f) => finding.handlungsfelder.includes(f.id)),
    })),
    filter: findingFilter(project),
    matching: matching.length,
    total: project.findings.length,
    page,
    pages,
    basePath: field ? sitePaths.fieldFindings(field.id) : sitePaths.catalogue('finding'),
  };
}

/** Every field with its number of findings (the same on every catalogue page). */
export function findingFilter(project: Project): FindingFilter {
  return {
    all: project.findings.length,
    fields: project.fields.map((field) => ({ field, count: project.findings.filter((f) => f.handlungsfelder.includes(field.id)).length })),
  };
}

/** Route params of every page after the first: for the whole catalogue and for each field. */
export function laterFindingsPages(project: Project, fieldId?: string): Array<{ n: string }> {
  const count = fieldId ? project.findings.filter((f) => f.handlungsfelder.includes(fieldId)).length : project.findings.length;
  return laterPages(count, FINDINGS_PER_PAGE);
}
