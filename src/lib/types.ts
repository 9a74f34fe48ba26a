/** Shared domain types: plain data, no Astro, no DOM. */
import type { ChangeNote, SourceData } from './content/schemas';

/** How precise the report states a value: "etwa 80 %", "über 31 %". */
export const PRECISIONS = ['', 'etwa', 'über', 'unter'] as const;
export type Precision = (typeof PRECISIONS)[number];

/** Where a figure comes from: stated in the report, or its complement to 100. */
export const PROVENANCES = ['Bericht', 'Differenz zu 100'] as const;
export type Provenance = (typeof PROVENANCES)[number];

/** One row of a finding's CSV file, already validated and typed. */
export interface DataRow {
  /** True line number in the CSV file (1-based, header is line 1). */
  line: number;
  kategorie: string;
  /** Group for two-group charts (e.g. "Bildungseinrichtungen"); '' when none. */
  gruppe: string;
  /** null when the report gives no value (lost graphic, placeholder). */
  wert: number | null;
  genauigkeit: Precision;
  /** The report's own wording for this category ("Großteil", "sehr niedrig"); may be ''. */
  aussage: string;
  herkunft: Provenance;
  /** Report section the row comes from. */
  abschnitt: string;
}

/** Unit of a finding's values. */
export const UNITS = ['anteil', 'anzahl', 'mittelwert', 'rangfolge'] as const;
export type Unit = (typeof UNITS)[number];

/** Chart kinds, chosen per finding in its front matter. */
export const CHART_KINDS = [
  'balken', // horizontal bars of shares per category, sorted
  'gruppen', // bars for two groups side by side
  'teil-ganzes', // part of a whole, e.g. 53 % / 47 %
  'einzelwert', // a single share against its whole
  'skala', // 1–5 rating by area for two groups, with the report's bands
  'kategorien', // categories known, values not: an honest list
  'kennzahl', // a single count, e.g. 98 questionnaires
] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

/** Base of a finding: all returned questionnaires, or those who answered this question. */
export const BASES = ['alle', 'antwortende'] as const;
export type Base = (typeof BASES)[number];

/** A validated finding (Befund) with the rows of its dataset. */
export interface Finding {
  id: string;
  titel: string;
  /** Chapter id the finding is embedded in. */
  kapitel: string;
  /** Source id (src/content/quellen/<id>.yaml). */
  quelle: string;
  /** The source itself: every survey fact under the chart comes from here. */
  source: SourceData & { id: string };
  /** The question asked, verbatim, where the source documents it. */
  frage?: string;
  /** The question's topic in the editors' words (no quotation marks). */
  thema?: string;
  basis: Base;
  /** Number of questionnaires the figure rests on, where the report states it. */
  n?: number;
  einheit: Unit;
  /** undefined: the report does not say whether several answers were possible. */
  mehrfachnennung?: boolean;
  diagramm: ChartKind;
  /** Dataset id: data/<datensatz>.csv */
  datensatz: string;
  /** Report section the finding comes from. */
  abschnitt: string;
  handlungsfelder: string[];
  schlagwoerter: string[];
  /** Optional note shown under the chart. */
  hinweis?: string;
  /** The takeaway in an editor's words; without it, one is generated from the rows. */
  kernaussage?: string;
  aenderungen: ChangeNote[];
  rows: DataRow[];
}
