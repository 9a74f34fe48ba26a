/** Dates that must already have happened: change notes and survey periods, against an injectable "today". */
import type { YamlSource } from '../content/front-matter';
import { msg } from '../errors/messages';
import { problemAt, type Problem } from '../errors/problem';
import type { Project } from './model';

/** Every date after `today` (JJJJ-MM-TT) in change notes and source periods, with its position. */
export function checkDates(project: Project, positions: Map<string, YamlSource>, today: string): Problem[] {
  const problems: Problem[] = [];
  const check = (file: string, path: Array<string | number>, value: string | undefined) => {
    if (!value || value <= today) return;
    const at = positions.get(file)?.positionOf(path) ?? { line: 0, column: 0 };
    const field = path.map((p) => (typeof p === 'number' ? `${p + 1}. Eintrag` : p)).join(' → ');
    problems.push(problemAt(file, at.line, at.column, msg.dateInFuture(field, value, today, false)));
  };
  const entries = [...project.chapters, ...project.findings, ...project.fields, ...project.actions, ...project.sources];
  for (const e of entries) e.aenderungen.forEach((note, i) => check(e.file, ['aenderungen', i, 'datum'], note.datum));
  for (const s of project.sources) {
    check(s.file, ['zeitraum', 'von'], s.zeitraum?.von);
    check(s.file, ['zeitraum', 'bis'], s.zeitraum?.bis);
  }
  return problems;
}
