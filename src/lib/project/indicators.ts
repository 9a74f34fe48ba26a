/** Indicators: their measurement files, and the rules that tie goals, indicators and files together. */
import { isInFuture } from '../dates';
import { readMeasurements } from '../data/measurements';
import { msg } from '../errors/messages';
import { problemAt, type Message, type Problem } from '../errors/problem';
import type { CheckContext } from './cross-checks';
import type { Indicator, Project } from './model';
import type { EditorFile } from './read-files';

/** Where measurement files live, relative to the project root. */
export const MEASUREMENT_DIR = 'data/kennzahlen';

/** Reads the indicator's measurement file (if it names one that exists) into `messungen`. */
export function withMeasurements(
  indicator: Omit<Indicator, 'messungen'>, files: readonly EditorFile[], today: string, problems: Problem[],
): Indicator {
  const csv = indicator.datensatz ? files.find((f) => f.id === indicator.datensatz) : undefined;
  if (!csv) return { ...indicator, messungen: [] };
  const result = readMeasurements(csv.file, csv.bytes, indicator.einheit, today);
  problems.push(...result.problems);
  return { ...indicator, messungen: result.rows, datei: csv.file };
}

type Report = (file: string, path: Array<string | number>, m: Message) => void;

/** Goals name known indicators; indicators name existing files; every file has an indicator; no baseline in the future. */
export function checkIndicators(project: Project, ctx: CheckContext, report: Report, problems: Problem[]): void {
  const known = ctx.files.indicators;
  for (const owner of [...project.actions, ...project.fields]) {
    owner.ziele.forEach((goal, i) =>
      goal.kennzahlen.forEach((id, j) => {
        if (!known.includes(id)) report(owner.file, ['ziele', i, 'kennzahlen', j], msg.unknownReference('Die Kennzahl', id, known));
      }),
    );
  }
  for (const ind of project.indicators) {
    if (ind.datensatz && !ctx.measurements.includes(ind.datensatz))
      report(ind.file, ['datensatz'], msg.unknownMeasurementFile(ind.datensatz, ctx.measurements));
    if (isInFuture(ind.basiswert.datum, ctx.today))
      report(ind.file, ['basiswert', 'datum'], msg.dateInFuture('basiswert → datum', ind.basiswert.datum, ctx.today, false));
  }
  if (ctx.incomplete.has('indicators')) return;
  const used = new Set(project.indicators.map((i) => i.datensatz));
  for (const id of ctx.measurements)
    if (!used.has(id)) problems.push(problemAt(`${MEASUREMENT_DIR}/${id}.csv`, 0, 0, msg.orphanMeasurementFile(), 'warning'));
}
