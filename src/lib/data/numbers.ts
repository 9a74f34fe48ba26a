/** German numbers and statistical placeholders as Excel writes them. */

/** DIN 55301 placeholders meaning "no value": nothing, unknown, not reliable, not meaningful, later. */
export const MISSING_MARKERS: readonly string[] = ['–', '-', '—', '.', '/', 'x', 'X', '...', '…'];

export type ParsedNumber =
  | { kind: 'missing' }
  | { kind: 'number'; value: number }
  | { kind: 'invalid' };

/**
 * Parses a German number cell: "12,5", "1.234", "1.234,5", with NBSP or spaces; an empty cell
 * or a DIN 55301 placeholder is missing, never 0. A "%" sign or any other text is invalid:
 * units belong in the column, not the cell.
 */
export function parseGermanNumber(raw: string): ParsedNumber {
  const cell = raw.replace(/[\u00a0\u202f\s]/g, '');
  if (cell === '' || MISSING_MARKERS.includes(cell)) return { kind: 'missing' };
  // Thousands dots only in groups of three; one decimal comma.
  if (!/^[+-]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/.test(cell)) return { kind: 'invalid' };
  const value = Number(cell.replace(/\./g, '').replace(',', '.'));
  return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'invalid' };
}
