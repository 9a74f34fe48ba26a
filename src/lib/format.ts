/** German number formats for labels, tables and summaries (d3-format with a de-DE locale). */
import { formatLocale } from 'd3-format';
import type { Precision, Unit } from './types';

const de = formatLocale({ decimal: ',', thousands: '.', grouping: [3], currency: ['', '\u00a0€'] });
const integer = de.format(',d');
const decimal = de.format(',.1f');

/** "1.234", "2,4": whole numbers without decimals, others with one decimal. */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? integer(value) : decimal(value);
}

/** "etwa " / "über " / "" before a value, as the report qualifies it. */
function qualifier(precision: Precision): string {
  return precision === '' ? '' : `${precision}\u00a0`;
}

/** "79 %", "etwa 80 %", "über 31 %" (no-break space before %). */
export function formatShare(value: number, precision: Precision = ''): string {
  return `${qualifier(precision)}${formatNumber(value)}\u00a0%`;
}

/** A value in its unit: share "79 %", mean "2,4", count "98", rank "3." */
export function formatValue(value: number, unit: Unit, precision: Precision = ''): string {
  if (unit === 'anteil') return formatShare(value, precision);
  if (unit === 'rangfolge') return `${qualifier(precision)}${formatNumber(value)}.`;
  return `${qualifier(precision)}${formatNumber(value)}`;
}

/** German name of a unit for table headers. */
export const UNIT_LABELS: Record<Unit, string> = {
  anteil: 'Anteil',
  anzahl: 'Anzahl',
  mittelwert: 'Mittelwert (1 bis 5)',
  rangfolge: 'Rang',
};
