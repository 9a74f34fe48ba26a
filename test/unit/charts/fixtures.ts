// Small findings and model helpers for the chart tests (not a test file itself).
import { fontSizeOf } from '../../../src/lib/charts/marks';
import type { ChartModel, Mark, TextMark } from '../../../src/lib/charts/model';
import type { ChartKind, DataRow, Finding, Unit } from '../../../src/lib/types';

/** A data row with defaults; `wert: null` means no value. */
export function row(kategorie: string, wert: number | null, over: Partial<DataRow> = {}): DataRow {
  return { line: 2, kategorie, gruppe: '', wert, genauigkeit: '', aussage: '', herkunft: 'Bericht', abschnitt: 'Test', ...over };
}

/** A source as the report's record states it (the chart tests need one for the context lines). */
export const SOURCE_2018: Finding['source'] = {
  id: 'bericht-2018', titel: 'Evaluation des Fragebogens', herausgeber: 'Kreis Kleve', jahr: 2018,
  zeitraum: { von: '2018-06-19', bis: '2018-07-31' }, methode: 'Fragebogen.', repraesentativitaet: 'nicht repräsentativ angelegt.',
  auswertung: { anzahl: 98, einheit: 'Fragebögen' }, angaben: [], aenderungen: [],
};

/** A finding of a chart kind around the given rows. */
export function finding(diagramm: ChartKind, rows: DataRow[], einheit: Unit = 'anteil', over: Partial<Finding> = {}): Finding {
  return {
    id: `test-${diagramm}`, titel: `Test ${diagramm}`, kapitel: 'k', basis: 'alle', einheit, diagramm,
    datensatz: 'd', abschnitt: 'Test', handlungsfelder: [], schlagwoerter: [], rows, quelle: 'bericht-2018', source: SOURCE_2018,
    aenderungen: [], ...over,
  };
}

/** Freezes an object and everything in it, so any mutation throws. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

export const LONG =
  'Akquise von Praktikums- und Ausbildungsplätzen sowie enge Begleitung (z.B. durch Mentorenprogramme, Sozialarbeiter etc.)';
export const B = 'Bildungseinrichtungen';
export const W = 'Weitere Akteure';

/** Text marks of a model. */
export const textMarks = (m: { marks: Mark[] }): TextMark[] => m.marks.filter((x): x is TextMark => x.type === 'text');
/** Every text line of a model. */
export const texts = (m: { marks: Mark[] }): string[] => textMarks(m).flatMap((t) => t.lines);
/** All text of a model as one string, lines joined by spaces. */
export const allText = (m: { marks: Mark[] }): string => texts(m).join(' ');
/** Rectangles that encode a value (not tracks, outlines or legend swatches). */
export const valueBars = (m: ChartModel | { marks: Mark[] }, minHeight = 17) =>
  m.marks.filter((x) => x.type === 'rect' && (x.style === 'bar' || x.style === 'bar-2' || x.style === 'rest') && x.height >= minHeight);
/** Data symbols on the scale. */
export const symbols = (m: { marks: Mark[] }) => m.marks.filter((x) => x.type === 'circle' || x.type === 'square');
/** Font size of a text mark, as the renderer writes it. */
export const sizeOf = (t: TextMark) => fontSizeOf(t.style);

/** One small fixed dataset per chart kind (SVG snapshots, component renders). */
export const CHART_CASES: Array<[ChartKind, DataRow[], Unit]> = [
  ['balken', [row('Schule, Ausbildung, Studium', 79), row('Sprache', 67), row('Familien', 48), row('Arbeit und Beruf', 48), row('Stiftungen', null)], 'anteil'],
  ['gruppen', [row('Sprachkurse', 40, { gruppe: B }), row('Sprachkurse', 55, { gruppe: W, genauigkeit: 'etwa' }), row('Wohnungsvermittlung', 12, { gruppe: B }), row('Wohnungsvermittlung', null, { gruppe: W })], 'anteil'],
  ['teil-ganzes', [row('Bildungseinrichtung', 53), row('Weitere Akteure in der Integrationsarbeit', 47, { herkunft: 'Differenz zu 100' })], 'anteil'],
  ['einzelwert', [row('Zusammenarbeit mit dem Ehrenamt', 80, { genauigkeit: 'etwa' }), row('Keine Zusammenarbeit genannt', 20, { genauigkeit: 'etwa', herkunft: 'Differenz zu 100' })], 'anteil'],
  ['skala', [row('Sprachkurse', 2.4, { gruppe: B }), row('Sprachkurse', 3, { gruppe: W }), row('Wohnungsvermittlung', null, { gruppe: B, aussage: 'sehr niedrig' }), row('Wohnungsvermittlung', 1.8, { gruppe: W })], 'mittelwert'],
  ['kategorien', [row('Spracherwerb', null, { aussage: 'ein Großteil der Angebote' }), row('Gesundheitsförderung', null, { aussage: 'nur ein geringer Anteil' }), row('Familienbildung', null, { aussage: 'nur ein geringer Anteil' })], 'anteil'],
  ['kennzahl', [row('Ausgewertete Fragebögen', 98, { aussage: 'bis 17. August 2018 eingegangen' })], 'anzahl'],
];
