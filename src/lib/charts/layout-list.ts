/** Findings without bars: categories whose values are not known (`kategorien`) and a single count (`kennzahl`). */
import type { DataRow } from '../types';
import { WIDTH, r2, type ChartBody, type LayoutOptions } from './model';
import { Stack } from './marks';
import { hasValue, rowName, rowValue, sortRows } from './rows';

const INDENT = 16;

/** Consecutive rows that share the report's statement form one block, so the statement is written once. */
function blocks(rows: readonly DataRow[]): DataRow[][] {
  const out: DataRow[][] = [];
  for (const row of rows) {
    const last = out.at(-1);
    if (last && row.aussage !== '' && last[0]!.aussage === row.aussage) last.push(row);
    else out.push([row]);
  }
  return out;
}

/**
 * An honest list: a note that values are not known (when none is), then each category as a
 * bullet (or "1." for ranks, in rank order) with its value only where the report gives one, and
 * the report's own statement under the block of categories it applies to. Never a bar length.
 */
export function layoutCategories(rows: readonly DataRow[], { unit, width = WIDTH }: LayoutOptions): ChartBody {
  const stack = new Stack(width);
  const missing = rows.filter((r) => !hasValue(r)).map(rowName);
  const ranked = unit === 'rangfolge' && rows.some(hasValue);
  const ordered = ranked ? [...sortRows(rows, unit).valued, ...sortRows(rows, unit).missing] : rows;
  if (rows.every((r) => !hasValue(r))) stack.text('Werte nicht erhalten', 'note', 0, 2);
  stack.text(ranked ? 'Rangfolge laut Bericht:' : 'Der Bericht nennt diese Kategorien:', 'muted', 0, 8);
  for (const block of blocks(ordered)) {
    const top = stack.y;
    for (const row of block) {
      const value = hasValue(row) && !ranked ? `: ${rowValue(row, unit)}` : '';
      const marker = ranked && hasValue(row) ? `${rowValue(row, unit)} ` : '';
      if (!marker) stack.add({ type: 'circle', cx: 7, cy: r2(stack.y + 8), r: 3, style: 'bar' });
      stack.text(`${marker}${rowName(row)}${value}`, 'label', marker ? 0 : INDENT, 3);
    }
    const said = block[0]!.aussage;
    if (said) {
      // A bracket joins the categories a shared statement belongs to.
      if (block.length > 1) stack.add({ type: 'line', x1: 1, y1: r2(top + 2), x2: 1, y2: r2(stack.y + 12), style: 'axis' });
      stack.text(`„${said}“`, 'muted', INDENT, 3);
    }
    stack.skip(6);
  }
  return { width, height: stack.height, marks: stack.marks, ticks: [], missing };
}

/** `kennzahl`: each count as a big number, its label under it and the report's statement, if any. */
export function layoutKeyFigure(rows: readonly DataRow[], { unit, width = WIDTH }: LayoutOptions): ChartBody {
  const stack = new Stack(width);
  for (const row of rows) {
    if (hasValue(row)) stack.text(rowValue(row, unit), 'big');
    else stack.text('kein Wert im Bericht', 'note', 0, 2);
    stack.text(row.kategorie, 'label', 0, 2);
    if (row.aussage) stack.text(row.aussage, 'muted', 0, 2);
    stack.skip(10);
  }
  const missing = rows.filter((r) => !hasValue(r)).map(rowName);
  return { width, height: stack.height, marks: stack.marks, ticks: [], missing };
}
