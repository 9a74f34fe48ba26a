/** The 1–5 rating scale by area for two groups, coloured by the report's bands (`skala`). */
import { scaleLinear } from 'd3-scale';
import { formatValue } from '../format';
import type { DataRow } from '../types';
import { FONT_SIZE, LABEL_CHARS, LINE_HEIGHT, WIDTH, r2, type Mark, type MarkStyle } from './model';
import { wrapLabel } from './wrap';

/** The report's legend: "unter 2", "2 bis 2,4", "2,5 bis 2,9", "mehr als 3". */
export const BANDS = ['unter 2', '2 bis 2,4', '2,5 bis 2,9', 'mehr als 3'] as const;

/**
 * Band of a mean. The report's legend leaves 2,95–2,99 and exactly 3 unassigned; we put values
 * from 2,5 up to below 3 in "2,5 bis 2,9" and 3 or more in "mehr als 3", so every value has a band.
 */
export function bandOf(value: number): number {
  if (value < 2) return 0;
  if (value < 2.5) return 1;
  if (value < 3) return 2;
  return 3;
}

/** Layout: a row per area with one mark per group on a 1–5 axis; without values, the report's statements. */
export function layoutScale(rows: readonly DataRow[]): { marks: Mark[]; height: number } {
  const groups = [...new Set(rows.map((r) => r.gruppe))];
  const areas = [...new Set(rows.map((r) => r.kategorie))];
  const anyValue = rows.some((r) => r.wert !== null);
  const x = scaleLinear().domain([1, 5]).range([8, WIDTH - 70]);
  const marks: Mark[] = [];
  let y = 0;
  // Legend: groups (shape) and bands (colour), always shown so the report's scale is explained.
  groups.forEach((g, gi) => {
    marks.push(gi === 0 ? { type: 'circle', cx: 7, cy: r2(y + 8), r: 6, style: 'bar' } : { type: 'square', cx: 7, cy: r2(y + 8), r: 6, style: 'bar' });
    marks.push({ type: 'text', x: 20, y: r2(y + FONT_SIZE - 1), lines: [g], anchor: 'start', style: 'label' });
    y += 20;
  });
  marks.push({ type: 'text', x: 0, y: r2(y + FONT_SIZE - 1), lines: ['Farbe = Bereich des Mittelwerts:'], anchor: 'start', style: 'muted' });
  y += 20;
  BANDS.forEach((band, bi) => {
    const bx = (bi % 2) * 150;
    marks.push({ type: 'rect', x: bx, y: r2(y), width: 14, height: 14, style: `band-${bi + 1}` as MarkStyle });
    marks.push({ type: 'text', x: bx + 20, y: r2(y + 12), lines: [band], anchor: 'start', style: 'label' });
    if (bi % 2 === 1) y += 20;
  });
  y += 8;
  if (!anyValue) {
    const note = wrapLabel('Werte nicht erhalten: Die Grafik des Berichts ist verloren. Der Bericht nennt diese Bereiche:', LABEL_CHARS + 4);
    marks.push({ type: 'text', x: 0, y: r2(y + FONT_SIZE), lines: note, anchor: 'start', style: 'muted' });
    y += note.length * LINE_HEIGHT + 10;
  } else {
    const top = y + 16;
    for (const t of [1, 2, 3, 4, 5]) {
      marks.push({ type: 'text', x: r2(x(t)), y: r2(top), lines: [formatValue(t, 'mittelwert')], anchor: 'middle', style: 'muted' });
    }
    y = top + 8;
  }
  for (const area of areas) {
    const lines = wrapLabel(area, LABEL_CHARS);
    marks.push({ type: 'text', x: 0, y: r2(y + FONT_SIZE), lines, anchor: 'start', style: 'label' });
    y += lines.length * LINE_HEIGHT + 4;
    groups.forEach((group, gi) => {
      const row = rows.find((r) => r.kategorie === area && r.gruppe === group);
      if (row?.wert != null) {
        // A thin 1–5 track per row instead of grid lines through the labels.
        marks.push({ type: 'line', x1: r2(x(1)), y1: r2(y + 8), x2: r2(x(5)), y2: r2(y + 8), style: 'grid' });
        const style = `band-${bandOf(row.wert) + 1}` as MarkStyle;
        const cx = r2(x(row.wert));
        marks.push(gi === 0 ? { type: 'circle', cx, cy: r2(y + 8), r: 7, style } : { type: 'square', cx, cy: r2(y + 8), r: 7, style });
        marks.push({ type: 'text', x: r2(cx + 12), y: r2(y + 13), lines: [`${formatValue(row.wert, 'mittelwert')} ${group}`], anchor: 'start', style: 'value' });
        y += 20;
      } else if (row) {
        const text = `${group}: ${row.aussage ? `„${row.aussage}“` : 'kein Wert'}`;
        const l = wrapLabel(text, LABEL_CHARS - 2);
        marks.push({ type: 'text', x: 12, y: r2(y + FONT_SIZE - 2), lines: l, anchor: 'start', style: 'muted' });
        y += l.length * LINE_HEIGHT + 2;
      }
    });
    y += 8;
  }
  return { marks, height: r2(y) };
}
