/** The honest survey context printed under every chart. */
import type { Finding } from '../types';
import { isListFinding } from './list-view';

/** Survey period of the report. */
export const SURVEY_PERIOD = '19.06.–31.07.2018';
/** Number of questionnaires evaluated (the base "alle"). */
export const QUESTIONNAIRES = 98;
/** The report, as cited under every chart (its full title, as in the introduction chapter). */
export const SOURCE =
  'Kreis Kleve, Evaluation des Fragebogens zur Bedarfs- und Bestandsanalyse der Integrationsarbeit im Kreis Kleve (2018)';

/** "Basis: 98 Fragebögen" or "Basis: Akteure, die diese Frage beantwortet haben (n = 61)". */
export function baseLine(f: Finding): string {
  if (f.basis === 'alle') return `Basis: ${f.n ?? QUESTIONNAIRES} Fragebögen (alle ausgewerteten).`;
  const n = f.n !== undefined ? ` (n = ${f.n})` : '; wie viele das waren, nennt der Bericht nicht';
  return `Basis: Akteure, die diese Frage beantwortet haben${n}.`;
}

/** Whether several answers were possible, including "not stated in the report". */
export function multipleAnswersLine(f: Finding): string {
  if (f.mehrfachnennung === undefined) return 'Mehrfachnennungen: im Bericht nicht angegeben.';
  return f.mehrfachnennung ? 'Mehrfachnennungen möglich: Die Anteile können zusammen mehr als 100 % ergeben.' : 'Keine Mehrfachnennungen.';
}

/**
 * Lines of context, in reading order: question, base, multiple answers, period, complement,
 * lost values, note, source. Every line is plain text (the component escapes it).
 */
export function surveyContext(f: Finding): string[] {
  const lines: string[] = [];
  if (f.frage) lines.push(`Frage: „${f.frage}“`);
  lines.push(baseLine(f), multipleAnswersLine(f));
  lines.push(`Befragungszeitraum: ${SURVEY_PERIOD}; die Befragung war nicht repräsentativ angelegt.`);
  if (f.rows.some((r) => r.herkunft === 'Differenz zu 100')) {
    lines.push('„Differenz zu 100“: Dieser Wert steht nicht im Bericht, er ergibt sich aus dem genannten Anteil.');
  }
  // A list finding says it in its own note or takeaway: once is enough.
  if (f.rows.some((r) => r.wert === null) && !isListFinding(f)) {
    lines.push(
      'Die Grafik des Berichts ist nicht erhalten: Werte, die nur in ihr standen, sind hier nicht verfügbar. Sie werden weder geschätzt noch als 0 gezeigt.',
    );
  }
  if (f.hinweis) lines.push(`Hinweis: ${f.hinweis}`);
  lines.push(`Quelle: ${SOURCE}, Abschnitt „${f.abschnitt}“.`);
  return lines;
}
