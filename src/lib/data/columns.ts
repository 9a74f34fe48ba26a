/**
 * The columns of every CSV, one descriptor each (Frictionless Table Schema style): the dataset CSVs
 * behind the findings (`COLUMNS`) and the indicators' measurement CSVs (`MEASUREMENT_COLUMNS`). The
 * same lists drive reading and validation (src/lib/data/dataset.ts, measurements.ts), the CSV
 * downloads (export-csv.ts), datapackage.json (src/lib/project/datapackage.ts) and the data tables.
 */
import type { DataRow } from '../types';
import { PRECISIONS, PROVENANCES } from '../vocabulary';
import type { Measurement } from './measurements';

/** When the data table under a chart shows a column. */
type TableRule = 'always' | 'when-filled' | 'when-not-report' | 'never';

/** One column of a CSV file whose rows are read into `Row`. */
export interface CsvColumn<Row> {
  /** Header in the CSV file, as editors write it. */
  readonly name: string;
  /** Field of the validated row. */
  readonly key: Exclude<keyof Row, 'line'>;
  readonly type: 'string' | 'number';
  /** What the column holds (datapackage.json); a number column is described by its unit there. */
  readonly description: string;
  /** Must not be empty; 'groups': only for charts that compare two groups. */
  readonly required?: true | 'groups';
  /** The only values allowed ('' = empty cell). */
  readonly enum?: readonly string[];
  /** A regular expression every non-empty value matches (datapackage.json). */
  readonly pattern?: string;
}

interface Descriptor extends CsvColumn<DataRow> {
  readonly table: TableRule;
}

export const COLUMNS = [
  { name: 'Kategorie', key: 'kategorie', type: 'string', required: true, table: 'always',
    description: 'Antwortkategorie oder Bereich, wie im Bericht benannt.' },
  { name: 'Gruppe', key: 'gruppe', type: 'string', required: 'groups', table: 'when-filled',
    description: 'Befragtengruppe bei Vergleichen zweier Gruppen; sonst leer.' },
  { name: 'Wert', key: 'wert', type: 'number', table: 'always',
    description: 'Der Wert, wie der Bericht ihn nennt; leer, wo der Bericht keinen Wert nennt.' },
  { name: 'Genauigkeit', key: 'genauigkeit', type: 'string', enum: PRECISIONS, table: 'never',
    description: 'Wie genau der Bericht den Wert angibt („etwa“, „über“, „unter“); leer, wenn genau.' },
  { name: 'Aussage im Bericht', key: 'aussage', type: 'string', table: 'when-filled',
    description: 'Die Worte des Berichts zu dieser Kategorie, wo er keine Zahl nennt oder sie einordnet.' },
  { name: 'Herkunft', key: 'herkunft', type: 'string', enum: PROVENANCES, table: 'when-not-report',
    description: '„Bericht“: der Bericht nennt den Wert; „Differenz zu 100“: die Ergänzung eines genannten Anteils.' },
  { name: 'Abschnitt', key: 'abschnitt', type: 'string', required: true, table: 'never',
    description: 'Abschnitt des Berichts, aus dem die Zeile stammt.' },
] as const satisfies readonly Descriptor[];

export type ColumnDescriptor = (typeof COLUMNS)[number];
/** A CSV header name. */
export type Column = ColumnDescriptor['name'];

/** The header every dataset has, in this order. */
export const DATASET_COLUMNS: readonly Column[] = COLUMNS.map((c) => c.name);

/** The columns the data table under a chart shows for these rows. */
export function tableColumns(rows: readonly DataRow[]): ColumnDescriptor[] {
  return COLUMNS.filter((c: Descriptor) => {
    if (c.table === 'always') return true;
    if (c.table === 'when-filled') return rows.some((r) => r[c.key] !== '');
    if (c.table === 'when-not-report') return rows.some((r) => r[c.key] !== 'Bericht');
    return false;
  });
}

/**
 * The columns of every measurement CSV (data/kennzahlen/<datensatz>.csv), in this order. The data
 * table of an indicator shows them all, the value with the indicator's unit.
 */
export const MEASUREMENT_COLUMNS = [
  { name: 'Datum', key: 'datum', type: 'string', required: true, pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?',
    description: 'Datum der Messung als Jahr, Monat oder Tag (JJJJ, JJJJ-MM oder JJJJ-MM-TT).' },
  { name: 'Wert', key: 'wert', type: 'number',
    description: 'Der gemessene Wert; leer, wo für dieses Datum kein Wert vorliegt.' },
  { name: 'Quelle', key: 'quelle', type: 'string', required: true,
    description: 'Woher der Messwert stammt.' },
  { name: 'Anmerkung', key: 'anmerkung', type: 'string',
    description: 'Hinweis zur Messung; sonst leer.' },
] as const satisfies readonly CsvColumn<Measurement>[];

export type MeasurementColumn = (typeof MEASUREMENT_COLUMNS)[number];

/** The header every measurement file has, in this order. */
export const MEASUREMENT_HEADER: readonly MeasurementColumn['name'][] = MEASUREMENT_COLUMNS.map((c) => c.name);
