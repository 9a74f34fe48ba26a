/** Writes a dataset for download: the editors' columns, normalised, readable by German Excel. */
import Papa from 'papaparse';
import type { DataRow } from '../types';
import { COLUMNS, DATASET_COLUMNS, MEASUREMENT_COLUMNS, MEASUREMENT_HEADER } from './columns';
import type { Measurement } from './measurements';

/** UTF-8 byte order mark: German Excel needs it to open UTF-8 files with umlauts intact. */
const BOM = '\ufeff';

/** German decimal comma, no thousands separator; empty cell for "no value". */
function formatCell(value: number | null): string {
  return value === null ? '' : String(value).replace('.', ',');
}

/** The rows as `;`-separated CSV with CRLF line ends and a BOM, columns as in data/. */
export function exportCsv(rows: readonly DataRow[]): string {
  const data = rows.map((r) => COLUMNS.map((c) => (c.type === 'number' ? formatCell(r[c.key]) : r[c.key])));
  return BOM + Papa.unparse({ fields: [...DATASET_COLUMNS], data }, { delimiter: ';', newline: '\r\n', quotes: false }) + '\r\n';
}

/** An indicator's measurements in the same form as its file (ISO dates, so every program sorts them). */
export function exportMeasurementsCsv(rows: readonly Measurement[]): string {
  const data = rows.map((r) => MEASUREMENT_COLUMNS.map((c) => (c.type === 'number' ? formatCell(r[c.key]) : r[c.key])));
  return BOM + Papa.unparse({ fields: [...MEASUREMENT_HEADER], data }, { delimiter: ';', newline: '\r\n', quotes: false }) + '\r\n';
}
