/** `balken`: horizontal bars of one series, sorted descending, each labelled with its value. */
import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { formatValue } from '../format';
import type { DataRow } from '../types';
import { FONT_SIZE, WIDTH, r2, textWidth, type ChartBody, type LayoutOptions } from './model';
import { Stack, missingNote, topAxis } from './marks';
import { rowName, sortRows, valueDomain } from './rows';

export { sortRows } from './rows';

/** Bar thickness and the gap after each bar. */
export const BAR = 18;
export const GAP = 12;

/**
 * Label above each bar (full width, so long German labels wrap instead of squeezing the bars),
 * a light track for the whole domain, the bar, and its value right of the bar. The value space is
 * reserved from the longest value, so "etwa 100 %" still fits. Rows without a value are listed
 * under the bars ("Ohne Wert im Bericht: …"), never drawn.
 */
export function layoutBars(rows: readonly DataRow[], { unit, width = WIDTH }: LayoutOptions): ChartBody {
  const { valued, missing } = sortRows(rows, unit);
  const labels = valued.map((r) => formatValue(r.wert, unit, r.genauigkeit));
  const valueSpace = r2((max(labels, (l) => textWidth(l, FONT_SIZE, true)) ?? 0) + 8);
  const x = scaleLinear().domain(valueDomain(rows, unit)).range([0, width - valueSpace]);
  const [lo, hi] = x.range() as [number, number];
  const stack = new Stack(width);
  const ticks = valued.length > 0 ? topAxis(x, x.ticks(unit === 'anteil' ? 2 : 4), unit, stack) : [];
  valued.forEach((row, i) => {
    stack.text(row.kategorie, 'label', 0, 2);
    const end = r2(x(row.wert));
    stack.add(
      { type: 'rect', x: lo, y: r2(stack.y), width: r2(hi - lo), height: BAR, style: 'track' },
      { type: 'rect', x: lo, y: r2(stack.y), width: r2(Math.max(0, end - lo)), height: BAR, style: 'bar' },
      { type: 'text', x: r2(Math.max(end, lo) + 6), y: r2(stack.y + BAR - 4), lines: [labels[i]!], anchor: 'start', style: 'value' },
    );
    stack.skip(BAR + GAP);
  });
  const missingNames = missing.map(rowName);
  missingNote(stack, missingNames);
  return { width, height: stack.height, marks: stack.marks, ticks, missing: missingNames };
}
