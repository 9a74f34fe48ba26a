/** Row helpers shared by layouts and summaries: order, grouping, labels. No drawing here. */
import { scaleLinear } from 'd3-scale';
import { formatValue } from '../format';
import type { DataRow, Unit } from '../types';

/** A row whose value the report states. */
export type ValuedRow = DataRow & { wert: number };

/** True when the row has a value. */
export const hasValue = (row: DataRow): row is ValuedRow => row.wert !== null;

/**
 * Rows with a value sorted best first (descending; ascending for ranks), ties in CSV order
 * (Array#sort is stable); rows without a value apart, in CSV order. Never mutates its input.
 */
export function sortRows(rows: readonly DataRow[], unit: Unit = 'anteil'): { valued: ValuedRow[]; missing: DataRow[] } {
  const sign = unit === 'rangfolge' ? 1 : -1;
  const valued = rows.filter(hasValue).sort((a, b) => sign * (a.wert - b.wert));
  return { valued, missing: rows.filter((r) => !hasValue(r)) };
}

/** Distinct values in order of first appearance (categories, groups). */
export function distinct(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** "Kategorie" or "Kategorie (Gruppe)": how a row without value is named in lists. */
export function rowName(row: DataRow): string {
  return row.gruppe ? `${row.kategorie} (${row.gruppe})` : row.kategorie;
}

/** The formatted value of a row, or "kein Wert im Bericht". */
export function rowValue(row: DataRow, unit: Unit): string {
  return row.wert === null ? 'kein Wert im Bericht' : formatValue(row.wert, unit, row.genauigkeit);
}

/**
 * Consecutive sorted rows that read the same ("48 %" and "48 %", but not "etwa 48 %" and "48 %")
 * form a tier, so summaries say "je 48 %" only where that is literally true.
 */
export function tiers(sorted: readonly ValuedRow[], unit: Unit): ValuedRow[][] {
  const out: ValuedRow[][] = [];
  for (const row of sorted) {
    const last = out.at(-1);
    if (last && formatValue(last[0]!.wert, unit, last[0]!.genauigkeit) === formatValue(row.wert, unit, row.genauigkeit)) last.push(row);
    else out.push([row]);
  }
  return out;
}

/** Domain of a bar axis: 0–100 for shares, 1–5 for means (the scale has no 0), else 0 to a nice max. */
export function valueDomain(rows: readonly DataRow[], unit: Unit): [number, number] {
  if (unit === 'anteil') return [0, Math.max(100, ...rows.filter(hasValue).map((r) => r.wert))];
  if (unit === 'mittelwert') return [1, 5];
  const top = Math.max(0, ...rows.filter(hasValue).map((r) => r.wert));
  return [0, top > 0 ? scaleLinear().domain([0, top]).nice().domain()[1]! : 1];
}

/** The row an `einzelwert` is about: the first stated value (not a complement), else the first value. */
export function focusRow(rows: readonly DataRow[]): ValuedRow | undefined {
  return rows.filter(hasValue).find((r) => r.herkunft === 'Bericht') ?? rows.find(hasValue);
}
