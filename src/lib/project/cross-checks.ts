/** Checks references between entries in both directions; every message lists the known ids. */
import type { YamlSource } from '../content/front-matter';
import { msg } from '../errors/messages';
import { problemAt, type Message, type Problem } from '../errors/problem';
import { checkActionDates } from './action-checks';
import { checkIndicators } from './indicators';
import type { Embed } from './embeds';
import { RANKING_DATASET, type Project } from './model';
import { takeawaySharesNotInData } from '../charts/takeaway-numbers';
import { formatNumber } from '../format';

export interface CheckContext {
  /** Ids of all CSV files in data/. */
  datasets: string[];
  /** Parsed YAML per file, to point at the offending value. */
  positions: Map<string, YamlSource>;
  /** Embeds per chapter id, with positions. */
  embeds: Map<string, Embed[]>;
  /** Ids of every file per kind, valid or not: a reference to an invalid entry is not "unknown". */
  files: { chapters: string[]; findings: string[]; fields: string[]; actions: string[]; sources: string[]; indicators: string[] };
  /** Kinds with at least one invalid entry: completeness rules wait until those are fixed. */
  incomplete: Set<'chapters' | 'findings' | 'fields' | 'actions' | 'sources' | 'indicators'>;
  /** Ids of CSV files with errors: rules about their rows wait until the file reads cleanly. */
  brokenDatasets: Set<string>;
  /** The date (YYYY-MM-DD) against which "in the future" is judged. */
  today: string;
  /** Ids of all measurement CSV files in data/kennzahlen/. */
  measurements: string[];
}

/** Runs every cross-reference rule over a project; returns the problems found. */
export function checkProject(project: Project, ctx: CheckContext): Problem[] {
  const problems: Problem[] = [];
  const report = (file: string, path: Array<string | number>, m: Message, severity: Problem['severity'] = 'error') => {
    const at = ctx.positions.get(file)?.positionOf(path) ?? { line: 0, column: 0 };
    problems.push(problemAt(file, at.line, at.column, m, severity));
  };
  const ids = ctx.files;
  const checkList = (file: string, field: string, values: string[], known: string[], kind: string) =>
    values.forEach((v, i) => {
      if (!known.includes(v)) report(file, [field, i], msg.unknownReference(kind, v, known));
    });

  for (const c of project.chapters) checkList(c.file, 'handlungsfelder', c.handlungsfelder, ids.fields, 'Das Handlungsfeld');
  for (const f of project.findings) {
    if (!ids.chapters.includes(f.kapitel)) report(f.file, ['kapitel'], msg.unknownReference('Das Kapitel', f.kapitel, ids.chapters));
    if (!ids.sources.includes(f.quelle)) report(f.file, ['quelle'], msg.unknownSource(f.quelle, ids.sources));
    if (!ctx.datasets.includes(f.datensatz))
      report(f.file, ['datensatz'], msg.unknownDataset(f.datensatz, ctx.datasets));
    checkList(f.file, 'handlungsfelder', f.handlungsfelder, ids.fields, 'Das Handlungsfeld');
    if (ctx.datasets.includes(f.datensatz) && !ctx.brokenDatasets.has(f.datensatz)) {
      const values = f.rows.flatMap((r) => (r.wert === null ? [] : [`${formatNumber(r.wert)} %`]));
      for (const share of takeawaySharesNotInData(f)) report(f.file, ['kernaussage'], msg.takeawayShareNotInData(share, [...new Set(values)]));
    }
  }
  for (const a of project.actions) {
    checkList(a.file, 'handlungsfelder', a.handlungsfelder, ids.fields, 'Das Handlungsfeld');
    checkList(a.file, 'belege', a.belege, ids.findings, 'Den Befund');
  }
  checkActionDates(project.actions, ctx.today, report);
  checkIndicators(project, ctx, report, problems);
  checkEmbeds(project, ctx, problems);
  checkOrder(project, report);

  const ranking = project.findings.find((f) => f.datensatz === RANKING_DATASET);
  const categories = ranking?.rows.map((r) => r.kategorie) ?? [];
  for (const field of project.fields) {
    if (ranking && !ctx.brokenDatasets.has(RANKING_DATASET) && !categories.includes(field.titel))
      report(field.file, ['titel'], msg.fieldNotInRanking(field.titel, RANKING_DATASET, categories));
    if (!ctx.incomplete.has('actions') && !project.actions.some((a) => a.handlungsfelder.includes(field.id)))
      problems.push(problemAt(field.file, 0, 0, msg.fieldWithoutAction(field.titel)));
  }
  const used = new Set(project.findings.map((f) => f.datensatz));
  // A finding that does not parse may name the file: no "orphan" warning until all findings read.
  if (!ctx.incomplete.has('findings')) for (const d of ctx.datasets) if (!used.has(d)) problems.push(problemAt(`data/${d}.csv`, 0, 0, msg.orphanDataset(), 'warning'));
  return problems;
}

function checkEmbeds(project: Project, ctx: CheckContext, problems: Problem[]): void {
  const known = ctx.files.findings;
  const seen = new Set<string>();
  for (const chapter of project.chapters) {
    for (const e of ctx.embeds.get(chapter.id) ?? []) {
      const finding = project.findings.find((f) => f.id === e.id);
      if (!known.includes(e.id)) problems.push(problemAt(chapter.file, e.line, e.column, msg.unknownReference('Den Befund', e.id, known)));
      else if (!finding) continue;
      else if (seen.has(e.id)) problems.push(problemAt(chapter.file, e.line, e.column, msg.findingEmbeddedTwice(e.id)));
      else if (finding.kapitel !== chapter.id)
        problems.push(problemAt(chapter.file, e.line, e.column, msg.findingInWrongChapter(e.id, finding.kapitel)));
      seen.add(e.id);
    }
  }
  if (ctx.incomplete.has('chapters')) return;
  const chapterIds = project.chapters.map((c) => c.id);
  for (const f of project.findings) {
    if (!seen.has(f.id) && chapterIds.includes(f.kapitel)) {
      const chapter = project.chapters.find((c) => c.id === f.kapitel)!;
      problems.push(problemAt(chapter.file, 0, 0, msg.findingNotEmbedded(f.id, f.kapitel)));
    }
  }
}

function checkOrder(project: Project, report: (file: string, path: Array<string | number>, m: Message) => void): void {
  for (const list of [project.chapters, project.fields]) {
    const byOrder = new Map<number, string>();
    for (const entry of list) {
      const other = byOrder.get(entry.reihenfolge);
      if (other) report(entry.file, ['reihenfolge'], msg.duplicateOrder(entry.reihenfolge, other));
      else byOrder.set(entry.reihenfolge, entry.titel);
    }
  }
}
