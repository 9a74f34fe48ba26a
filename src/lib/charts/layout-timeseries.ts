/** `zeitreihe`: an indicator's measurements over time, with its baseline and target as lines. */
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { dayNumber, formatPartialDate } from '../dates';
import { formatTick, formatValue } from '../format';
import type { Measurement } from '../data/measurements';
import type { Unit } from '../types';
import { Stack } from './marks';
import { FONT_SIZE, WIDTH, r2, textWidth, type ChartBody, type Mark, type MarkStyle } from './model';

/** What the time series draws: the indicator's unit, baseline, optional target and measurements. */
export interface TimeSeriesInput {
  einheit: Extract<Unit, 'anzahl' | 'anteil'>;
  basiswert: { wert: number; datum: string };
  zielwert?: { wert: number; datum?: string };
  messungen: readonly Measurement[];
}

const PLOT_HEIGHT = 160;

/** A legend entry: a short sample of the line style, then its text. */
function legend(stack: Stack, style: MarkStyle, text: string): void {
  const y = r2(stack.y + FONT_SIZE * 0.5);
  stack.add({ type: 'line', x1: 0, y1: y, x2: 24, y2: y, style });
  stack.text(text, 'label', 32, 2);
}

/**
 * Legend above the plot (so long German labels wrap instead of colliding with the lines), value
 * ticks left, one tick per year (thinned to fit) below. Baseline dotted, target dashed from the
 * baseline's date to the target's date, measurements as a line with dots; the newest value is
 * labelled. Placeholder rows („–“) are listed under the chart, never drawn as 0.
 */
export function layoutTimeSeries(input: TimeSeriesInput, { width = WIDTH }: { width?: number } = {}): ChartBody {
  const { einheit: unit, basiswert: base, zielwert: target } = input;
  const fmt = (v: number) => formatValue(v, unit);
  const valued = input.messungen.filter((m): m is Measurement & { wert: number } => m.wert !== null);
  const stack = new Stack(width);
  if (valued.length > 0) legend(stack, 'series', 'Messwerte');
  legend(stack, 'baseline', `Basiswert: ${fmt(base.wert)} (${formatPartialDate(base.datum)})`);
  if (target?.datum) legend(stack, 'target', `Ziel: ${fmt(target.wert)} bis ${formatPartialDate(target.datum)}`);
  if (valued.length === 0) stack.text('Noch keine Messung.', 'note', 0, 2);
  stack.skip(8);

  const values = [base.wert, ...(target ? [target.wert] : []), ...valued.map((m) => m.wert)];
  const top = unit === 'anteil' ? 100 : Math.max(1, ...values) * 1.1;
  const y = scaleLinear().domain([0, top]).range([stack.y + PLOT_HEIGHT, stack.y + 6]).nice(4);
  const tickLabels = y.ticks(4).map((v) => formatTick(v, unit));
  const left = r2(Math.max(...tickLabels.map((l) => textWidth(l))) + 6);
  const dates = [base.datum, ...(target?.datum ? [target.datum] : []), ...valued.map((m) => m.datum)];
  const [from, to] = [Math.min(...dates.map(dayNumber)), Math.max(...dates.map(dayNumber))];
  const x = scaleLinear().domain([from, to === from ? from + 365 : to]).range([left + 8, width - 12]);
  const bottom = r2(y.range()[0]!);
  const marks: Mark[] = [];
  // A tick's position is along its axis: here the vertical one.
  const ticks = y.ticks(4).map((value, i) => ({ value, label: tickLabels[i]!, x: r2(y(value)) }));
  for (const t of ticks) marks.push({ type: 'text', x: r2(left), y: r2(t.x + 5), lines: [t.label], anchor: 'end', style: 'muted' });
  marks.push({ type: 'line', x1: r2(left + 4), y1: bottom, x2: width - 12, y2: bottom, style: 'axis' });
  const year = (day: number) => new Date(day * 86_400_000).getUTCFullYear();
  const [firstYear, lastYear] = [year(from), year(to)];
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  const step = Math.ceil(years.length / Math.max(1, Math.floor((width - left) / 48)));
  for (const year of years.filter((_, i) => i % step === 0)) {
    const at = r2(x(dayNumber(String(year))));
    if (at < x.range()[0]! - 1) continue;
    marks.push({ type: 'line', x1: at, y1: bottom, x2: at, y2: r2(bottom + 5), style: 'axis' });
    marks.push({ type: 'text', x: at, y: r2(bottom + 20), lines: [String(year)], anchor: 'middle', style: 'muted' });
  }
  marks.push({ type: 'line', x1: r2(x(dayNumber(base.datum))), y1: r2(y(base.wert)), x2: width - 12, y2: r2(y(base.wert)), style: 'baseline' });
  if (target?.datum) {
    marks.push({ type: 'line', x1: r2(x(dayNumber(base.datum))), y1: r2(y(target.wert)), x2: r2(x(dayNumber(target.datum))), y2: r2(y(target.wert)), style: 'target' });
  }
  const points = valued.map((m) => [r2(x(dayNumber(m.datum))), r2(y(m.wert))] as [number, number]);
  if (points.length > 1) marks.push({ type: 'path', d: line().digits(2)(points)!, style: 'series' });
  for (const [cx, cy] of points) marks.push({ type: 'circle', cx, cy, r: 4, style: 'bar' });
  const last = points.at(-1);
  if (last) {
    const label = fmt(valued.at(-1)!.wert);
    const anchor = last[0] + textWidth(label, FONT_SIZE, true) / 2 > width ? 'end' : last[0] - textWidth(label, FONT_SIZE, true) / 2 < left ? 'start' : 'middle';
    marks.push({ type: 'text', x: last[0], y: r2(Math.max(last[1] - 10, y.range()[1]! + 4)), lines: [label], anchor, style: 'value' });
  }
  stack.add(...marks);
  stack.skip(PLOT_HEIGHT + 28);
  const missing = input.messungen.filter((m) => m.wert === null).map((m) => formatPartialDate(m.datum));
  if (missing.length > 0) {
    stack.text('Ohne Messwert:', 'note');
    stack.text(missing.join('; '), 'label', 0, 4);
  }
  return { width, height: stack.height, marks: stack.marks, ticks, missing };
}
