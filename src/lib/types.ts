/** Shared domain types: plain data, no Astro, no DOM. */
import type { ChangeNote, SourceData } from './content/schemas';
import type { Base, ChartKind, Precision, Provenance, Unit } from './vocabulary';

export type { Base, ChartKind, Precision, Provenance, Unit };

/** One row of a finding's CSV file, already validated and typed. */
export interface DataRow {
  /** True line number in the CSV file (1-based, header is line 1). */
  line: number;
  kategorie: string;
  /** Group for two-group charts (e.g. "Bildungseinrichtungen"); '' when none. */
  gruppe: string;
  /** null when the report gives no value (lost graphic, placeholder). */
  wert: number | null;
  /** True when the cell says so with a DIN 55301 sign (`.` unknown, `–` nothing …): not a to-do. */
  ohneWertMarkiert?: boolean;
  genauigkeit: Precision;
  /** The report's own wording for this category ("Großteil", "sehr niedrig"); may be ''. */
  aussage: string;
  herkunft: Provenance;
  /** Report section the row comes from. */
  abschnitt: string;
}

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
