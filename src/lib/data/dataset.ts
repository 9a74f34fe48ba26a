/** Reads a finding's CSV file into typed rows and collects every problem with its position. */
import type { ChartKind, DataRow, Unit } from '../types';
import { msg } from '../errors/messages';
import { problemAt, type Problem } from '../errors/problem';
import { closest } from '../text/closest';
import { COLUMNS, DATASET_COLUMNS, type Column } from './columns';
import { decodeText, findUnreadable } from './decode';
import { MAX_BYTES, MAX_CATEGORIES, MAX_ROWS } from './limits';
import { parseGermanNumber } from './numbers';
import { detectDelimiter, dropTrailingEmptyColumns, parseCsv, type Cell, type ParsedCsv } from './parse-csv';

/** Value range per unit, with the German unit name used in messages. */
export const UNIT_RANGES: Record<Unit, { min: number; max?: number; integer: boolean; label: string }> = {
  anteil: { min: 0, max: 100, integer: false, label: 'Anteil in Prozent' },
  mittelwert: { min: 1, max: 5, integer: false, label: 'Mittelwert auf der Skala 1 bis 5' },
  anzahl: { min: 0, integer: true, label: 'Anzahl' },
  rangfolge: { min: 1, integer: true, label: 'Rangplatz' },
};

/** What the finding expects of its dataset. */
export interface DatasetExpectation {
  unit: Unit;
  kind: ChartKind;
}

export interface DatasetResult {
  rows: DataRow[];
  problems: Problem[];
}

/** Parses and validates one dataset file. `file` is the path shown in messages. */
export function readDataset(file: string, bytes: Uint8Array, expect: DatasetExpectation): DatasetResult {
  const problems: Problem[] = [];
  const at = (line: number, column: number, m: { message: string; hint: string }) =>
    problems.push(problemAt(file, line, column, m));
  const parsed = parseCsvFile(file, bytes, DATASET_COLUMNS, problems);
  if (!parsed) return { rows: [], problems };

  const columns = checkHeader(parsed.header.cells, parsed.header.line, at, DATASET_COLUMNS);
  if (!columns) return { rows: [], problems };
  if (parsed.rows.length === 0 && parsed.problems.length === 0) at(parsed.header.line, 1, msg.noDataRows());

  const rows: DataRow[] = [];
  for (const row of parsed.rows) {
    const n = row.cells.length;
    const expected = parsed.header.cells.length;
    if (n !== expected) {
      const extra = row.cells[expected];
      const last = row.cells.at(-1)!;
      if (n > expected) at(row.line, extra!.column, msg.tooManyFields(n, expected));
      else at(last.line, last.column, msg.tooFewFields(n, expected));
      continue;
    }
    const cell = (name: Column): Cell => row.cells[columns.get(name)!]!;
    const typed = readRow(row.line, cell, expect, at);
    if (typed) rows.push(typed);
  }
  checkCategoryLimit(rows, expect.kind, at);
  return { rows, problems };
}

/** A chart kind shows at most MAX_CATEGORIES of them (src/lib/data/limits.ts); reported at the first one too many. */
function checkCategoryLimit(rows: DataRow[], kind: DatasetExpectation['kind'], at: Report): void {
  const max = MAX_CATEGORIES[kind];
  const categories = [...new Set(rows.map((r) => r.kategorie))];
  if (max === undefined || categories.length <= max) return;
  at(rows.find((r) => r.kategorie === categories[max])!.line, 1, msg.tooManyCategories(kind, categories.length, max));
}

/**
 * Decodes a CSV file (UTF-8, UTF-16, Windows-1252 with warnings), finds its delimiter and splits it
 * into cells with positions; undefined (with the problem reported) when nothing can be read.
 */
export function parseCsvFile(file: string, bytes: Uint8Array, header: readonly string[], problems: Problem[]): ParsedCsv | undefined {
  const at = (line: number, column: number, m: { message: string; hint: string }) => problems.push(problemAt(file, line, column, m));
  if (bytes.byteLength > MAX_BYTES) return void at(0, 0, msg.csvTooLarge(kilobytes(bytes.byteLength), kilobytes(MAX_BYTES)));
  const { text, encoding } = decodeText(bytes);
  if (encoding === 'windows-1252') problems.push(problemAt(file, 0, 0, msg.readAsWindows1252(), 'warning'));
  if (encoding === 'utf-16le' || encoding === 'utf-16be') problems.push(problemAt(file, 0, 0, msg.readAsUtf16(), 'warning'));
  const bad = findUnreadable(text);
  if (bad) return void at(bad.line, bad.column, msg.unreadableCharacter(bad.code));
  if (text.trim() === '') return void at(0, 0, msg.emptyFile(header));
  const delimiter = detectDelimiter(text);
  if (!delimiter) return void at(1, 1, msg.unknownDelimiter(header));
  const parsed = dropTrailingEmptyColumns(parseCsv(text, delimiter)!);
  if (parsed.rows.length > MAX_ROWS) return void at(parsed.rows[MAX_ROWS]!.line, 1, msg.csvTooLarge(`${parsed.rows.length} Datenzeilen`, `${MAX_ROWS} Datenzeilen`));
  for (const p of parsed.problems) at(p.line, p.column, p);
  return parsed;
}

const kilobytes = (n: number): string => `${Math.ceil(n / 1000).toLocaleString('de-DE')} kB`;

/** Reports a message at a line and column of the file being read. */
export type Report = (line: number, column: number, m: { message: string; hint: string }) => void;

/** Maps column names to indexes; reports missing, unknown (with a suggestion) and duplicate columns. */
export function checkHeader<C extends string>(cells: Cell[], line: number, at: Report, columns: readonly C[]): Map<C, number> | undefined {
  const map = new Map<C, number>();
  const found = cells.map((c) => c.value.trim());
  const known = (name: string): name is C => (columns as readonly string[]).includes(name);
  const missing = columns.filter((col) => !found.includes(col));
  const unknown = cells.filter((c) => !known(c.value.trim()));
  const suggested = new Set<string>();
  let ok = unknown.length === 0 && missing.length === 0;
  cells.forEach((c, i) => {
    const name = found[i]!;
    if (!known(name)) return;
    if (map.has(name)) {
      at(c.line, c.column, msg.duplicateColumn(name));
      ok = false;
    } else map.set(name, i);
  });
  for (const c of unknown) {
    const name = c.value.trim();
    // A single renamed column is the common case: suggest the one that is missing.
    const suggestion = closest(name, missing) ?? (unknown.length === 1 && missing.length === 1 ? missing[0] : undefined);
    if (suggestion) suggested.add(suggestion);
    at(c.line, c.column, msg.unknownColumn(name, suggestion, columns));
  }
  for (const col of missing) if (!suggested.has(col)) at(line, 1, msg.missingColumn(col, found));
  return ok ? map : undefined;
}

/** Validates one row's cells; returns undefined when a cell is unusable. */
function readRow(
  line: number,
  cell: (name: Column) => Cell,
  expect: DatasetExpectation,
  at: Report,
): DataRow | undefined {
  let ok = true;
  const text = (name: Column, required: boolean): string => {
    const c = cell(name);
    const value = c.value.trim();
    if (required && value === '') {
      at(c.line, c.column, msg.requiredCell(name));
      ok = false;
    }
    if (/^[=+@]/.test(value)) {
      at(c.line, c.column, msg.formulaLike(name, value));
      ok = false;
    }
    return value;
  };
  const choice = <T extends string>(name: Column, allowed: readonly T[]): T => {
    const c = cell(name);
    const value = c.value.trim();
    if (!(allowed as readonly string[]).includes(value)) {
      at(c.line, c.column, msg.notAllowed(name, value, allowed.filter((a) => a !== '')));
      ok = false;
    }
    return value as T;
  };
  const groups = expect.kind === 'gruppen' || expect.kind === 'skala';
  const texts: Record<string, string> = {};
  for (const c of COLUMNS) {
    if (c.type === 'number') continue;
    texts[c.key] = 'enum' in c ? choice(c.name, c.enum) : text(c.name, 'required' in c && (c.required === true || groups));
  }
  const wert = readValue(cell('Wert'), expect.unit, at);
  if (wert === undefined) ok = false;
  if (wert === null && texts.herkunft === 'Differenz zu 100') {
    const c = cell('Wert');
    at(c.line, c.column, msg.complementWithoutValue());
    ok = false;
  }
  if (!ok || wert === undefined) return undefined;
  // An empty cell is still to be filled in; a DIN 55301 sign says the value cannot be had.
  const marked = wert === null && cell('Wert').value.trim() !== '';
  return { line, ...texts, wert, ...(marked ? { ohneWertMarkiert: true } : {}) } as DataRow;
}

/** Number, null for "no value", or undefined when invalid (reported). */
function readValue(c: Cell, unit: Unit, at: Report): number | null | undefined {
  const parsed = parseGermanNumber(c.value);
  if (parsed.kind === 'missing') return null;
  if (parsed.kind === 'invalid') {
    at(c.line, c.column, msg.notANumber('Wert', c.value.trim()));
    return undefined;
  }
  const range = UNIT_RANGES[unit];
  const v = parsed.value;
  if (v < range.min || (range.max !== undefined && v > range.max)) {
    at(c.line, c.column, msg.outOfRange('Wert', c.value.trim(), range.min, range.max, range.label));
    return undefined;
  }
  if (range.integer && !Number.isInteger(v)) {
    at(c.line, c.column, msg.notInteger('Wert', c.value.trim()));
    return undefined;
  }
  return v;
}
