/** `skala`: the 1–5 rating by area for two groups, coloured by the report's bands. */
import { scaleLinear } from 'd3-scale';
import { formatTick, formatValue } from '../format';
import type { DataRow } from '../types';
import { WIDTH, r2, type ChartBody, type LayoutOptions, type Mark, type MarkStyle, type Tick } from './model';
import { Stack } from './marks';
import { distinct, rowName } from './rows';

/** The report's legend, in its own words. */
export const BANDS = ['unter 2', '2 bis 2,4', '2,5 bis 2,9', 'mehr als 3'] as const;
/** Lower edges of the bands on the scale (the first starts at the scale's 1). */
const BAND_EDGES = [1, 2, 2.5, 3, 5] as const;
const LEGEND_TITLE = 'Stufen des Berichts (Skala 1 bis 5):';

/**
 * Band (0–3) of a mean. The report's legend leaves gaps: 2,95–2,99 and exactly 3,0 belong to none
 * of "2,5 bis 2,9" and "mehr als 3". Decision: every value below 3 up from 2,5 is "2,5 bis 2,9",
 * and 3,0 or more is the top band, shown with the report's label "mehr als 3" (read: "3 und mehr").
 */
export function bandOf(value: number): 0 | 1 | 2 | 3 {
  if (value < 2) return 0;
  if (value < 2.5) return 1;
  if (value < 3) return 2;
  return 3;
}

const bandStyle = (band: number) => `band-${band + 1}` as MarkStyle;
/** The first group is a circle, the second a square: shape tells the groups apart, colour the band. */
const symbol = (gi: number, cx: number, cy: number, r: number, style: MarkStyle): Mark =>
  gi % 2 === 0 ? { type: 'circle', cx: r2(cx), cy: r2(cy), r, style } : { type: 'square', cx: r2(cx), cy: r2(cy), r: r - 1, style };

/** The band legend: swatch and the report's label, two per line. */
function bandLegend(stack: Stack, title: string): void {
  stack.text(title, 'muted', 0, 2);
  const column = Math.floor(stack.width / 2);
  BANDS.forEach((band, bi) => {
    const bx = (bi % 2) * column;
    stack.add({ type: 'rect', x: bx, y: r2(stack.y + 2), width: 14, height: 14, style: bandStyle(bi) });
    stack.add({ type: 'text', x: bx + 20, y: r2(stack.y + 14), lines: [band], anchor: 'start', style: 'label' });
    if (bi % 2 === 1) stack.skip(20);
  });
  stack.skip(6);
}

/** Statements per area when no value is left: one line if all groups say the same, else one per group. */
function statements(stack: Stack, rows: readonly DataRow[], groups: readonly string[]): void {
  const said = groups.map((g) => rows.find((r) => r.gruppe === g)).filter((r): r is DataRow => r !== undefined);
  const text = (r: DataRow) => (r.aussage ? `„${r.aussage}“` : 'keine Aussage im Bericht');
  if (said.length > 1 && said.every((r) => r.aussage === said[0]!.aussage)) {
    stack.text(`${said.map((r) => r.gruppe).join(' und ')}: ${text(said[0]!)}`, 'muted', 12, 2);
  } else for (const r of said) stack.text(`${r.gruppe || 'ohne Gruppe'}: ${text(r)}`, 'muted', 12, 2);
}

/**
 * With values: band legend, a 1–5 axis with the bands as coloured zones (so a band is also read
 * from position), then per area and group "● Gruppe: 2,4" and a track with the symbol at its mean.
 * Without any value: no symbols at all, the band legend, a visible "Werte nicht erhalten" and the
 * report's statements per area and group.
 */
export function layoutScale(rows: readonly DataRow[], { width = WIDTH }: Partial<LayoutOptions> = {}): ChartBody {
  const groups = distinct(rows.map((r) => r.gruppe));
  const areas = distinct(rows.map((r) => r.kategorie));
  const stack = new Stack(width);
  const missing = rows.filter((r) => r.wert === null).map(rowName);
  if (rows.every((r) => r.wert === null)) {
    stack.text('Werte nicht erhalten', 'note', 0, 2);
    stack.text('Hier stehen die Aussagen des Berichts je Bereich.', 'muted', 0, 8);
    for (const area of areas) {
      stack.text(area, 'label', 0, 1);
      statements(stack, rows.filter((r) => r.kategorie === area), groups);
      stack.skip(6);
    }
    bandLegend(stack, LEGEND_TITLE);
    return { width, height: stack.height, marks: stack.marks, ticks: [], missing };
  }
  bandLegend(stack, LEGEND_TITLE);
  const x = scaleLinear().domain([1, 5]).range([8, width - 8]);
  const ticks: Tick[] = [1, 2, 3, 4, 5].map((value) => ({ value, label: formatTick(value, 'mittelwert'), x: r2(x(value)) }));
  for (const t of ticks) stack.add({ type: 'text', x: t.x, y: r2(stack.y + 11), lines: [t.label], anchor: 'middle', style: 'muted' });
  stack.skip(16);
  for (let b = 0; b < BANDS.length; b++) {
    stack.add({ type: 'rect', x: r2(x(BAND_EDGES[b]!)), y: r2(stack.y), width: r2(x(BAND_EDGES[b + 1]!) - x(BAND_EDGES[b]!)), height: 6, style: bandStyle(b) });
  }
  stack.skip(14);
  for (const area of areas) {
    stack.text(area, 'label', 0, 2);
    groups.forEach((group, gi) => {
      const row = rows.find((r) => r.kategorie === area && r.gruppe === group);
      if (!row) return;
      if (row.wert === null) {
        stack.text(`${group || 'ohne Gruppe'}: kein Wert im Bericht${row.aussage ? `, „${row.aussage}“` : ''}`, 'muted', 12, 4);
        return;
      }
      stack.add(symbol(gi, 18, stack.y + 8, 6, bandStyle(bandOf(row.wert))));
      stack.text(`${group || 'ohne Gruppe'}: ${formatValue(row.wert, 'mittelwert', row.genauigkeit)}`, 'value', 30, 2);
      const cy = stack.y + 8;
      stack.add({ type: 'line', x1: r2(x(1)), y1: r2(cy), x2: r2(x(5)), y2: r2(cy), style: 'axis' });
      for (const t of ticks) stack.add({ type: 'line', x1: t.x, y1: r2(cy - 3), x2: t.x, y2: r2(cy + 3), style: 'axis' });
      stack.add(symbol(gi, x(row.wert), cy, 7, bandStyle(bandOf(row.wert))));
      stack.skip(22);
    });
    stack.skip(6);
  }
  return { width, height: stack.height, marks: stack.marks, ticks, missing };
}
