/** Splits CSV text into cells with their true line and column positions. */
import Papa from 'papaparse';
import { msg } from '../errors/messages';
import type { Message } from '../errors/problem';

export type Delimiter = ';' | ',' | '\t';

/** A cell with the position of its first character in the file. */
export interface Cell {
  value: string;
  line: number;
  column: number;
}

export interface CsvRow {
  /** Line of the row's first character. */
  line: number;
  cells: Cell[];
}

export interface ParsedCsv {
  delimiter: Delimiter;
  header: CsvRow;
  rows: CsvRow[];
  /** Syntax problems (quotes) with their positions; rows stay usable where possible. */
  problems: Array<{ line: number; column: number } & Message>;
}

/** Picks the delimiter from the header line: ';' before tab before ','. */
export function detectDelimiter(text: string): Delimiter | undefined {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  if (firstLine.includes(';')) return ';';
  if (firstLine.includes('\t')) return '\t';
  if (firstLine.includes(',')) return ',';
  return undefined;
}

/** Maps character offsets to 1-based line and column numbers. */
export function lineIndex(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}

/** Offsets of each field's first character within a raw row, honouring quotes. */
function fieldOffsets(raw: string, delimiter: string): number[] {
  const offsets = [0];
  let inQuotes = false;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (ch === delimiter && !inQuotes) offsets.push(i + 1);
  }
  return offsets;
}

/**
 * Parses CSV text (already decoded, BOM removed) with papaparse. Empty lines and Excel's
 * all-delimiter lines (";;;") are skipped. Returns undefined for a text without any row.
 */
export function parseCsv(text: string, delimiter: Delimiter): ParsedCsv | undefined {
  const position = lineIndex(text);
  const rows: CsvRow[] = [];
  const problems: ParsedCsv['problems'] = [];
  let start = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (result) => {
      const end = result.meta.cursor;
      const raw = text.slice(start, end);
      const rowStart = start;
      start = end;
      // papaparse's cursor stops before the line break; skip it for the next row's start.
      if (text[start] === '\r') start++;
      if (text[start] === '\n') start++;
      const values = result.data;
      if (result.errors.length > 0) {
        // papaparse's error offsets are unreliable in step mode; point at the row's first quote.
        const error = result.errors[0]!;
        const at = position(rowStart + Math.max(0, raw.indexOf('"')));
        problems.push({ ...at, ...(error.code === 'MissingQuotes' ? msg.unclosedQuote() : msg.strayQuote()) });
        return;
      }
      if (values.every((v) => v.trim() === '')) return;
      const offsets = fieldOffsets(raw, delimiter);
      const cells = values.map((value, i) => ({ value, ...position(rowStart + (offsets[i] ?? offsets.at(-1)!)) }));
      rows.push({ line: position(rowStart).line, cells });
    },
  });
  const [header, ...data] = rows;
  return header ? { delimiter, header, rows: data, problems } : undefined;
}

/**
 * Excel writes an empty last column (`…;Abschnitt;` and `…;Zukunft;`) when a cell right of the
 * table was ever touched: drop empty header cells at the end and the empty cells under them.
 */
export function dropTrailingEmptyColumns(parsed: ParsedCsv): ParsedCsv {
  const cells = parsed.header.cells;
  let width = cells.length;
  while (width > 1 && cells[width - 1]!.value.trim() === '') width--;
  if (width === cells.length) return parsed;
  const trim = (row: CsvRow): CsvRow => {
    const kept = [...row.cells];
    while (kept.length > width && kept.at(-1)!.value.trim() === '') kept.pop();
    return { ...row, cells: kept };
  };
  return { ...parsed, header: { ...parsed.header, cells: cells.slice(0, width) }, rows: parsed.rows.map(trim) };
}
