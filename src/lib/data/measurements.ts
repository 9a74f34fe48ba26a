/** Reads an indicator's measurement CSV (Datum;Wert;Quelle;Anmerkung) with the same checks as datasets. */
import { isInFuture } from '../dates';
import { msg } from '../errors/messages';
import { problemAt, type Problem } from '../errors/problem';
import { checkHeader, parseCsvFile, UNIT_RANGES, type Report } from './dataset';
import { parseGermanNumber } from './numbers';
import type { Cell } from './parse-csv';
import { MEASUREMENT_COLUMNS, MEASUREMENT_HEADER, type MeasurementColumn } from './columns';

type Column = MeasurementColumn['name'];

/** Units an indicator can have (a subset of the finding units). */
export type IndicatorUnit = 'anzahl' | 'anteil';

/** One measurement; `wert` is null for a DIN 55301 placeholder ("–", "."). */
export interface Measurement {
  line: number;
  /** ISO date of year, month or day precision. */
  datum: string;
  wert: number | null;
  quelle: string;
  anmerkung: string;
}

/** "31.12.2025" (as German Excel writes dates), "2025-12-31", "2025-12" or "2025" → ISO; else undefined. */
export function parseCsvDate(raw: string): string | undefined {
  const value = raw.trim();
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  const iso = german ? `${german[3]}-${german[2]!.padStart(2, '0')}-${german[1]!.padStart(2, '0')}` : value;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return undefined;
  const [year, month = '01', day = '01'] = [Number(m[1]), m[2], m[3]];
  const d = new Date(Date.UTC(year, Number(month) - 1, Number(day)));
  const valid = d.getUTCFullYear() === year && d.getUTCMonth() === Number(month) - 1 && d.getUTCDate() === Number(day);
  return valid ? iso : undefined;
}

/** Parses and validates one measurement file against its indicator's unit; rows come out in date order. */
export function readMeasurements(file: string, bytes: Uint8Array, unit: IndicatorUnit, today: string): { rows: Measurement[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const at: Report = (line, column, m) => problems.push(problemAt(file, line, column, m));
  const parsed = parseCsvFile(file, bytes, MEASUREMENT_HEADER, problems);
  if (!parsed) return { rows: [], problems };
  const columns = checkHeader(parsed.header.cells, parsed.header.line, at, MEASUREMENT_HEADER);
  if (!columns) return { rows: [], problems };
  const rows: Measurement[] = [];
  for (const row of parsed.rows) {
    const expected = parsed.header.cells.length;
    if (row.cells.length !== expected) {
      const cell = row.cells.length > expected ? row.cells[expected]! : row.cells.at(-1)!;
      at(cell.line, cell.column, row.cells.length > expected ? msg.tooManyFields(row.cells.length, expected) : msg.tooFewFields(row.cells.length, expected));
      continue;
    }
    const typed = readRow(row.line, (name) => row.cells[columns.get(name)!]!, unit, today, at);
    if (typed) rows.push(typed);
  }
  return { rows: rows.sort((a, b) => (a.datum < b.datum ? -1 : a.datum > b.datum ? 1 : 0)), problems };
}

/** Whether a column's descriptor says it must not be empty. */
const isRequired = (name: Column): boolean => MEASUREMENT_COLUMNS.some((c) => c.name === name && 'required' in c && c.required === true);

function readRow(line: number, cell: (name: Column) => Cell, unit: IndicatorUnit, today: string, at: Report): Measurement | undefined {
  let ok = true;
  const fail = (c: Cell, m: { message: string; hint: string }) => {
    at(c.line, c.column, m);
    ok = false;
  };
  const text = (name: Column): string => {
    const c = cell(name);
    const value = c.value.trim();
    if (isRequired(name) && value === '') fail(c, msg.requiredCell(name));
    if (/^[=+@]/.test(value)) fail(c, msg.formulaLike(name, value));
    return value;
  };
  const dateCell = cell('Datum');
  const datum = parseCsvDate(dateCell.value);
  if (dateCell.value.trim() === '') fail(dateCell, msg.requiredCell('Datum'));
  else if (!datum) fail(dateCell, msg.notADate('Datum', dateCell.value.trim()));
  else if (isInFuture(datum, today)) fail(dateCell, msg.dateInFuture('Datum', dateCell.value.trim(), today, false, 'Spalte'));
  const quelle = text('Quelle');
  const anmerkung = text('Anmerkung');
  const wert = readValue(cell('Wert'), unit, fail);
  if (!ok || wert === undefined || !datum) return undefined;
  return { line, datum, wert, quelle, anmerkung };
}

function readValue(c: Cell, unit: IndicatorUnit, fail: (c: Cell, m: { message: string; hint: string }) => void): number | null | undefined {
  const parsed = parseGermanNumber(c.value);
  if (parsed.kind === 'missing') return null;
  if (parsed.kind === 'invalid') return void fail(c, msg.notANumber('Wert', c.value.trim()));
  const range = UNIT_RANGES[unit];
  if (parsed.value < range.min || (range.max !== undefined && parsed.value > range.max))
    return void fail(c, msg.outOfRange('Wert', c.value.trim(), range.min, range.max, range.label));
  if (range.integer && !Number.isInteger(parsed.value)) return void fail(c, msg.notInteger('Wert', c.value.trim()));
  return parsed.value;
}
