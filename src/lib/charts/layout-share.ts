/** Shares of a whole: a 100 % bar split into parts (`teil-ganzes`) or one share on its whole (`einzelwert`). */
import { scaleLinear } from 'd3-scale';
import { formatValue } from '../format';
import type { DataRow, Unit } from '../types';
import { FONT_SIZE, LABEL_CHARS, LINE_HEIGHT, WIDTH, r2, type Mark, type MarkStyle } from './model';
import { missingNote } from './layout-bars';
import { wrapLabel } from './wrap';

const BAR = 34;

/** A stacked 100 % bar; each part listed below with a swatch, its value and label. */
export function layoutParts(rows: readonly DataRow[], unit: Unit, emphasiseFirst: boolean): { marks: Mark[]; height: number } {
  const valued = rows.filter((r) => r.wert !== null);
  const missing = rows.filter((r) => r.wert === null);
  const x = scaleLinear().domain([0, 100]).range([0, WIDTH]);
  const marks: Mark[] = [];
  let y = 0;
  if (emphasiseFirst && valued[0]) {
    const first = valued[0];
    marks.push({ type: 'text', x: 0, y: 34, lines: [formatValue(first.wert!, unit, first.genauigkeit)], anchor: 'start', style: 'big' });
    const lines = wrapLabel(first.kategorie, LABEL_CHARS);
    marks.push({ type: 'text', x: 0, y: 34 + LINE_HEIGHT + 4, lines, anchor: 'start', style: 'label' });
    y = 34 + (lines.length + 1) * LINE_HEIGHT;
    marks.push({ type: 'rect', x: 0, y: r2(y), width: WIDTH, height: BAR, style: 'track' });
  }
  let offset = 0;
  const styles: MarkStyle[] = ['bar', 'rest', 'bar-2'];
  valued.forEach((row, i) => {
    const w = r2(x(row.wert!));
    marks.push({ type: 'rect', x: r2(x(offset)), y: r2(y), width: w, height: BAR, style: styles[i % styles.length]! });
    if (i === 0 && w > 44) {
      marks.push({ type: 'text', x: r2(x(offset) + 8), y: r2(y + BAR / 2 + 5), lines: [formatValue(row.wert!, unit, row.genauigkeit)], anchor: 'start', style: 'value-inverse' });
    }
    offset += row.wert!;
  });
  y += BAR + 16;
  // Legend rows: swatch, value, label.
  valued.forEach((row, i) => {
    marks.push({ type: 'rect', x: 0, y: r2(y), width: 16, height: 16, style: styles[i % styles.length]! });
    const label = `${formatValue(row.wert!, unit, row.genauigkeit)} ${row.kategorie}${row.herkunft === 'Differenz zu 100' ? ' (Differenz zu 100)' : ''}`;
    const lines = wrapLabel(label, LABEL_CHARS - 3);
    marks.push({ type: 'text', x: 24, y: r2(y + FONT_SIZE - 1), lines, anchor: 'start', style: 'label' });
    y += Math.max(22, lines.length * LINE_HEIGHT + 6);
  });
  const note = missingNote(missing, y);
  return { marks: [...marks, ...note.marks], height: r2(y + note.height) };
}
