/** The honest survey context printed under every chart: every survey fact comes from the finding's source. */
import { citeSource, surveyFacts } from '../sources/source';
import type { Finding } from '../types';
import { isListFinding } from './list-view';

/** "Basis: 98 Fragebögen (alle ausgewerteten)." or "Basis: Befragte, die diese Frage beantwortet haben (n = 61)." */
export function baseLine(f: Pick<Finding, 'basis' | 'n' | 'source'>): string {
  if (f.basis === 'alle') {
    const what = f.source.auswertung?.einheit ?? 'Antworten';
    const count = f.n ?? f.source.auswertung?.anzahl;
    return count !== undefined
      ? `Basis: ${count} ${what} (alle ausgewerteten).`
      : `Basis: alle ausgewerteten ${what}; wie viele, nennt die Quelle nicht.`;
  }
  const n = f.n !== undefined ? ` (n = ${f.n})` : '; wie viele das waren, nennt die Quelle nicht';
  return `Basis: Befragte, die diese Frage beantwortet haben${n}.`;
}

/** Whether several answers were possible, including "not stated in the source". */
export function multipleAnswersLine(f: Finding): string {
  if (f.mehrfachnennung === undefined) return 'Mehrfachnennungen: in der Quelle nicht angegeben.';
  return f.mehrfachnennung ? 'Mehrfachnennungen möglich: Die Anteile können zusammen mehr als 100 % ergeben.' : 'Keine Mehrfachnennungen.';
}

/** "Quelle: Herausgeber: Titel (Jahr), Abschnitt „…“." */
export function sourceLine(f: Pick<Finding, 'source' | 'abschnitt'>): string {
  return `Quelle: ${citeSource(f.source)}, Abschnitt „${f.abschnitt}“.`;
}

/**
 * Lines of context, in reading order: question (verbatim) or topic, base, multiple answers, the
 * source's period, method and representativeness, complement, lost values, note, source.
 * Every line is plain text (the component escapes it).
 */
export function surveyContext(f: Finding): string[] {
  const lines: string[] = [];
  if (f.frage) lines.push(`Frage: „${f.frage}“`);
  else if (f.thema) lines.push(`Thema der Frage (sinngemäß): ${f.thema}`);
  lines.push(baseLine(f), multipleAnswersLine(f), ...surveyFacts(f.source));
  if (f.rows.some((r) => r.herkunft === 'Differenz zu 100')) {
    lines.push('„Differenz zu 100“: Dieser Wert steht nicht in der Quelle, er ergibt sich aus dem genannten Anteil.');
  }
  // A list finding says it in its own note or takeaway: once is enough.
  if (f.rows.some((r) => r.wert === null) && !isListFinding(f)) {
    lines.push(
      'Die Grafik der Quelle ist nicht erhalten: Werte, die nur in ihr standen, sind hier nicht verfügbar. Sie werden weder geschätzt noch als 0 gezeigt.',
    );
  }
  if (f.hinweis) lines.push(`Hinweis: ${f.hinweis}`);
  lines.push(sourceLine(f));
  return lines;
}
