/** The honest survey context printed under every chart. */
import type { Finding } from '../types';

/** Survey period of the report. */
export const SURVEY_PERIOD = '19.06.–31.07.2018';
export const SOURCE =
  'Kreis Kleve, Evaluation des Fragebogens zur Bedarfs- und Bestandsanalyse der Integrationsarbeit im Kreis Kleve (2018)';

/** Lines of context: question, base, multiple answers, period, source, note, lost values. */
export function surveyContext(f: Finding): string[] {
  const lines: string[] = [];
  if (f.frage) lines.push(`Frage: „${f.frage}“`);
  const base = f.basis === 'alle' ? 'alle 98 ausgewerteten Fragebögen' : 'Akteure, die diese Frage beantwortet haben';
  lines.push(`Basis: ${base}${f.n !== undefined && f.basis !== 'alle' ? ` (n = ${f.n})` : ''}.`);
  lines.push(
    f.mehrfachnennung === undefined
      ? 'Mehrfachnennungen: im Bericht nicht angegeben.'
      : f.mehrfachnennung
        ? 'Mehrfachnennungen möglich: Die Anteile ergeben zusammen mehr als 100 %.'
        : 'Keine Mehrfachnennungen.',
  );
  lines.push(`Befragungszeitraum: ${SURVEY_PERIOD}; die Befragung war nicht repräsentativ angelegt.`);
  if (f.rows.some((r) => r.herkunft === 'Differenz zu 100')) {
    lines.push('„Differenz zu 100“: Dieser Wert steht nicht im Bericht, er ergibt sich aus dem genannten Anteil.');
  }
  if (f.rows.some((r) => r.wert === null)) {
    lines.push('Die Grafik des Berichts ist nicht erhalten: Werte, die nur in ihr standen, fehlen hier und werden nicht geschätzt.');
  }
  if (f.hinweis) lines.push(f.hinweis);
  lines.push(`Quelle: ${SOURCE}, Abschnitt „${f.abschnitt}“.`);
  return lines;
}
