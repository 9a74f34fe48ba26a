/** `gruppen`: per category one bar per group, groups told apart by pattern and a direct label. */
import { scaleLinear } from 'd3-scale';
import type { DataRow } from '../types';
import { WIDTH, r2, type ChartBody, type LayoutOptions, type MarkStyle } from './model';
import { Stack, topAxis } from './marks';
import { distinct, rowName, rowValue, valueDomain } from './rows';
import { BAR, GAP } from './layout-bars';

/** Pattern of the i-th group: solid, then hatched (groups beyond two alternate). */
export const groupStyle = (i: number): MarkStyle => (i % 2 === 0 ? 'bar' : 'bar-2');

const SWATCH = 12;

/**
 * Categories in CSV order (two groups cannot both be sorted); under each category label, per group
 * a line "■ Gruppe: 40 %" with a swatch of the group's pattern, then its bar. A group without a
 * value gets "Gruppe: kein Wert im Bericht" and no bar; it is also listed in `missing`.
 */
export function layoutGroups(rows: readonly DataRow[], { unit, width = WIDTH }: LayoutOptions): ChartBody {
  const groups = distinct(rows.map((r) => r.gruppe));
  const categories = distinct(rows.map((r) => r.kategorie));
  const x = scaleLinear().domain(valueDomain(rows, unit)).range([0, width]);
  const stack = new Stack(width);
  const anyValue = rows.some((r) => r.wert !== null);
  const ticks = anyValue ? topAxis(x, x.ticks(unit === 'anteil' ? 2 : 4), unit, stack) : [];
  const missing: string[] = [];
  for (const category of categories) {
    stack.text(category, 'label', 0, 2);
    groups.forEach((group, gi) => {
      const row = rows.find((r) => r.kategorie === category && r.gruppe === group);
      if (!row) return; // the group has no row for this category: nothing to say, nothing drawn
      const style = groupStyle(gi);
      stack.add({ type: 'rect', x: 0, y: r2(stack.y + 3), width: SWATCH, height: SWATCH, style });
      stack.text(`${group || 'ohne Gruppe'}: ${rowValue(row, unit)}`, row.wert === null ? 'muted' : 'value', SWATCH + 6, 1);
      if (row.wert === null) {
        missing.push(rowName(row));
        stack.skip(4);
        return;
      }
      stack.add(
        { type: 'rect', x: 0, y: r2(stack.y), width, height: BAR, style: 'track' },
        { type: 'rect', x: 0, y: r2(stack.y), width: r2(Math.max(0, x(row.wert))), height: BAR, style },
      );
      stack.skip(BAR + 6);
    });
    stack.skip(GAP - 6);
  }
  return { width, height: stack.height, marks: stack.marks, ticks, missing };
}
