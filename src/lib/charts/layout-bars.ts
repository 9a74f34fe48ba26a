/** Horizontal bars: one series sorted by value (`balken`) or two groups side by side (`gruppen`). */
import { scaleLinear } from 'd3-scale';
import { max } from 'd3-array';
import { formatValue } from '../format';
import type { DataRow, Unit } from '../types';
import { FONT_SIZE, LABEL_CHARS, LINE_HEIGHT, WIDTH, r2, type Mark } from './model';
import { wrapLabel } from './wrap';

const BAR = 18;
const GAP = 12;
const VALUE_SPACE = 70;

export interface BarsOptions {
  unit: Unit;
}

/** Domain end: 100 for shares, 5 for means, else a nice maximum. */
export function domainMax(rows: readonly DataRow[], unit: Unit): number {
  if (unit === 'anteil') return 100;
  if (unit === 'mittelwert') return 5;
  return scaleLinear().domain([0, max(rows, (r) => r.wert ?? 0) || 1]).nice().domain()[1]!;
}

/** Rows with a value sorted descending (ties keep their CSV order), then rows without. */
export function sortRows(rows: readonly DataRow[]): { valued: DataRow[]; missing: DataRow[] } {
  const valued = rows.filter((r) => r.wert !== null).map((r, i) => ({ r, i }));
  valued.sort((a, b) => b.r.wert! - a.r.wert! || a.i - b.i);
  return { valued: valued.map((v) => v.r), missing: rows.filter((r) => r.wert === null) };
}

/** Axis ticks along the top: grid lines and German tick labels. */
function axis(x: (v: number) => number, top: number, bottom: number, ticks: number[], unit: Unit): Mark[] {
  return ticks.flatMap((t, i): Mark[] => [
    { type: 'line', x1: r2(x(t)), y1: top, x2: r2(x(t)), y2: r2(bottom), style: 'grid' },
    // Ticks at the edges are anchored inwards so they are not cut off.
    { type: 'text', x: r2(x(t)), y: top - 6, lines: [formatValue(t, unit)], anchor: i === 0 ? 'start' : x(t) > WIDTH - 24 ? 'end' : 'middle', style: 'muted' },
  ]);
}

/** Lists categories without a value below the chart: never drawn as a zero bar. */
export function missingNote(missing: readonly DataRow[], y: number): { marks: Mark[]; height: number } {
  if (missing.length === 0) return { marks: [], height: 0 };
  const text = `Ohne Wert im Bericht: ${missing.map((m) => m.kategorie).join('; ')}`;
  const lines = wrapLabel(text, LABEL_CHARS + 4);
  return {
    marks: [{ type: 'text', x: 0, y: r2(y + FONT_SIZE), lines, anchor: 'start', style: 'muted' }],
    height: lines.length * LINE_HEIGHT + 8,
  };
}

/** Layout of `balken`: label above each bar, value at its end. */
export function layoutBars(rows: readonly DataRow[], { unit }: BarsOptions): { marks: Mark[]; height: number } {
  const { valued, missing } = sortRows(rows);
  const top = 24;
  const x = scaleLinear().domain([0, domainMax(rows, unit)]).range([0, WIDTH - VALUE_SPACE]);
  const marks: Mark[] = [];
  let y = top + 8;
  for (const row of valued) {
    const lines = wrapLabel(row.kategorie, LABEL_CHARS);
    marks.push({ type: 'text', x: 0, y: r2(y + FONT_SIZE - 2), lines, anchor: 'start', style: 'label' });
    y += lines.length * LINE_HEIGHT + 2;
    const w = r2(x(row.wert!));
    marks.push({ type: 'rect', x: 0, y: r2(y), width: w, height: BAR, style: 'bar' });
    marks.push({ type: 'text', x: r2(w + 6), y: r2(y + BAR - 4), lines: [formatValue(row.wert!, unit, row.genauigkeit)], anchor: 'start', style: 'value' });
    y += BAR + GAP;
  }
  const ticks = x.ticks(4);
  marks.unshift(...(valued.length > 0 ? axis(x, top, y - GAP, ticks, unit) : []));
  const note = missingNote(missing, y);
  return { marks: [...marks, ...note.marks], height: r2(y + note.height) };
}

/** Layout of `gruppen`: per category one bar per group (solid, then hatched), labelled with group and value. */
export function layoutGroups(rows: readonly DataRow[], { unit }: BarsOptions): { marks: Mark[]; height: number } {
  const groups = [...new Set(rows.map((r) => r.gruppe))];
  const categories = [...new Set(rows.map((r) => r.kategorie))];
  const x = scaleLinear().domain([0, domainMax(rows, unit)]).range([0, WIDTH - 8]);
  const top = 24;
  const marks: Mark[] = [];
  let y = top + 8;
  const missing: DataRow[] = [];
  for (const category of categories) {
    const lines = wrapLabel(category, LABEL_CHARS);
    marks.push({ type: 'text', x: 0, y: r2(y + FONT_SIZE - 2), lines, anchor: 'start', style: 'label' });
    y += lines.length * LINE_HEIGHT + 2;
    groups.forEach((group, gi) => {
      const row = rows.find((r) => r.kategorie === category && r.gruppe === group);
      const label = `${group}: ${row?.wert != null ? formatValue(row.wert, unit, row.genauigkeit) : 'kein Wert'}`;
      if (row && row.wert === null) missing.push(row);
      // Group and value on their own line above the bar, so long group names never run off the edge.
      const l = wrapLabel(label, LABEL_CHARS + 4);
      marks.push({ type: 'text', x: 0, y: r2(y + FONT_SIZE - 3), lines: l, anchor: 'start', style: 'value' });
      y += l.length * LINE_HEIGHT;
      const w = row?.wert != null ? r2(x(row.wert)) : 0;
      if (w > 0) marks.push({ type: 'rect', x: 0, y: r2(y), width: w, height: BAR - 6, style: gi === 0 ? 'bar' : 'bar-2' });
      y += BAR - 2;
    });
    y += GAP;
  }
  marks.unshift(...(rows.some((r) => r.wert !== null) ? axis(x, top, y - GAP, x.ticks(4), unit) : []));
  return { marks, height: r2(y) };
}
