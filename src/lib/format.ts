/** German number formats for labels, tables and summaries (d3-format with a de-DE locale). */
import { formatLocale } from 'd3-format';
import type { Precision, Unit } from './types';

/** No-break space: between qualifier and number and before "%", so "etwa 80 %" never breaks. */
export const NBSP = '\u00a0';

// Shares are stored as 0–100, so d3's "%" type (which multiplies by 100) is never used; its symbol
// is set to the same no-break space as formatShare anyway, so both spell "79 %" identically.
const de = formatLocale({ decimal: ',', thousands: '.', grouping: [3], currency: ['', `${NBSP}€`], percent: `${NBSP}%` });
const integer = de.format(',d');
const upToTwoDecimals = de.format(',.2~f');
const oneDecimal = de.format(',.1f');

/** "1.234", "2,4", "2,45": whole numbers without decimals, others with the digits they have (at most 2). */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? integer(value) : upToTwoDecimals(value);
}

/** "etwa " / "über " / "unter " before a value, as the report qualifies it; "" otherwise. */
export function formatPrecision(precision: Precision): string {
  return precision === '' ? '' : `${precision}${NBSP}`;
}

/** "79 %", "etwa 80 %", "über 31 %" (no-break spaces, never a line break inside). */
export function formatShare(value: number, precision: Precision = ''): string {
  return `${formatPrecision(precision)}${formatNumber(value)}${NBSP}%`;
}

/** A mean on the 1–5 scale with at least one decimal: "2,4", "3,0", "2,45". */
export function formatMean(value: number, precision: Precision = ''): string {
  const tenths = value * 10;
  const text = Math.abs(tenths - Math.round(tenths)) < 1e-9 ? oneDecimal(value) : upToTwoDecimals(value);
  return `${formatPrecision(precision)}${text}`;
}

/** A value in its unit: share "79 %", mean "2,4", count "98", rank "3."; with the report's precision. */
export function formatValue(value: number, unit: Unit, precision: Precision = ''): string {
  switch (unit) {
    case 'anteil':
      return formatShare(value, precision);
    case 'mittelwert':
      return formatMean(value, precision);
    case 'rangfolge':
      return `${formatPrecision(precision)}${formatNumber(value)}.`;
    case 'anzahl':
      return `${formatPrecision(precision)}${formatNumber(value)}`;
  }
}

/** An axis tick in its unit, without forced decimals: "50 %", "2", "1.000". */
export function formatTick(value: number, unit: Unit): string {
  return unit === 'anteil' ? formatShare(value) : formatNumber(value);
}

/** German name of a unit for table headers. */
export const UNIT_LABELS: Record<Unit, string> = {
  anteil: 'Anteil',
  anzahl: 'Anzahl',
  mittelwert: 'Mittelwert, Skala 1 bis 5',
  rangfolge: 'Rang',
};

/** "1 Zeile", "13 Zeilen": a count with the noun in the right number. */
export function formatCount(n: number, one: string, many: string): string {
  return `${formatNumber(n)}${NBSP}${n === 1 ? one : many}`;
}

/** A file size in German: "830 Byte", "4,2 kB", "1,3 MB" (1 kB = 1.000 Byte). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${formatNumber(bytes)}${NBSP}Byte`;
  const [value, unit] = bytes < 1_000_000 ? [bytes / 1000, 'kB'] : [bytes / 1_000_000, 'MB'];
  return `${formatNumber(Math.round(value * 10) / 10)}${NBSP}${unit}`;
}
