/**
 * The findings catalogue in pages, so no page grows with the number of findings: /befunde/ and
 * /befunde/handlungsfeld/<id>/ show FINDINGS_PER_PAGE cards; further pages live at …/seite/<n>/.
 * 50 cards weigh about 60 kB of HTML, well under the 200 kB page budget at any number of findings.
 */
import type { Field, Project, SourcedFinding } from './model';
import { byId } from './views';
import { sitePaths } from '../page-kinds';
import { summarizeFinding } from '../charts/summary';

/** Cards per catalogue page. */
export const FINDINGS_PER_PAGE = 50;

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

/** Number of pages for `count` items (at least 1). */
export const pageCount = (count: number, size = FINDINGS_PER_PAGE): number => Math.max(1, Math.ceil(count / size));

/** Site path of page `n` of a catalogue whose first page is `basePath`. */
export const cataloguePagePath = (basePath: string, n: number): string => (n === 1 ? basePath : `${basePath}/seite/${n}`);

/** One page of the findings catalogue, optionally filtered by a priority field. */
export function findingsPage(project: Project, fieldId: string | undefined, page: number): FindingsPage {
  const field = fieldId === undefined ? undefined : byId(project.fields, fieldId, 'field');
  const matching = field ? project.findings.filter((f) => f.handlungsfelder.includes(field.id)) : project.findings;
  const pages = pageCount(matching.length);
  if (!Number.isInteger(page) || page < 1 || page > pages) throw new Error(`No findings page ${page} (1–${pages})`);
  const start = (page - 1) * FINDINGS_PER_PAGE;
  return {
    field,
    cards: matching.slice(start, start + FINDINGS_PER_PAGE).map((finding) => ({
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
  return Array.from({ length: pageCount(count) - 1 }, (_, i) => ({ n: String(i + 2) }));
}
