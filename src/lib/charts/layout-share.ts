/** Shares of a whole: a 100 % bar split into parts (`teil-ganzes`) or one share on its whole (`einzelwert`). */
import { sum } from 'd3-array';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { formatTick, formatValue } from '../format';
import type { DataRow, Unit } from '../types';
import { FONT_SIZE, WIDTH, r2, textWidth, type ChartBody, type LayoutOptions, type MarkStyle, type Tick } from './model';
import { Stack, missingNote } from './marks';
import { focusRow, hasValue, rowName, type ValuedRow } from './rows';

const BAR = 34;
const SWATCH = 16;

/** Complements are grey hatch; other parts alternate solid and orange hatch. */
function partStyles(parts: readonly ValuedRow[]): MarkStyle[] {
  let i = 0;
  return parts.map((p) => (p.herkunft === 'Differenz zu 100' ? 'rest' : i++ % 2 === 0 ? 'bar' : 'bar-2'));
}

/** The whole: 100 for shares (more if the parts add up to more), else the sum of the parts. */
function wholeScale(parts: readonly ValuedRow[], unit: Unit, width: number): ScaleLinear<number, number> {
  const total = sum(parts, (p) => p.wert);
  return scaleLinear().domain([0, unit === 'anteil' ? Math.max(100, total) : total || 1]).range([0, width]);
}

/** The stacked bar with the whole as a dashed outline behind it, and the domain ends below it. */
function stackedBar(stack: Stack, parts: readonly ValuedRow[], styles: readonly MarkStyle[], x: ScaleLinear<number, number>, unit: Unit): Tick[] {
  const [d0, d1] = x.domain() as [number, number];
  const top = r2(stack.y);
  // The whole as a dashed outline, only where the parts leave part of it empty.
  if (sum(parts, (p) => p.wert) < d1) stack.add({ type: 'rect', x: 0, y: top, width: r2(x(d1)), height: BAR, style: 'outline' });
  let offset = 0;
  parts.forEach((p, i) => {
    stack.add({ type: 'rect', x: r2(x(offset)), y: top, width: r2(x(offset + p.wert) - x(offset)), height: BAR, style: styles[i]! });
    offset += p.wert;
  });
  stack.skip(BAR);
  const ticks = [d0, d1].map((value) => ({ value, label: formatTick(value, unit), x: r2(x(value)) }));
  ticks.forEach((t, i) => stack.add({ type: 'text', x: t.x, y: r2(stack.y + 14), lines: [t.label], anchor: i === 0 ? 'start' : 'end', style: 'muted' }));
  stack.skip(26);
  return ticks;
}

/** Values written above their segments; a label that would collide with its left neighbour is left to the legend. */
function segmentValues(stack: Stack, parts: readonly ValuedRow[], x: ScaleLinear<number, number>, unit: Unit): void {
  let offset = 0;
  let free = 0;
  parts.forEach((p, i) => {
    const text = formatValue(p.wert, unit, p.genauigkeit);
    const w = textWidth(text, FONT_SIZE, true);
    const [a, b] = [x(offset), x(offset + p.wert)];
    offset += p.wert;
    const anchor = i === 0 ? 'start' : i === parts.length - 1 ? 'end' : 'middle';
    const at = anchor === 'start' ? a : anchor === 'end' ? b : (a + b) / 2;
    const left = anchor === 'start' ? at : anchor === 'end' ? at - w : at - w / 2;
    if (left < free) return;
    free = left + w + 6;
    stack.add({ type: 'text', x: r2(at), y: r2(stack.y + 13), lines: [text], anchor, style: 'value' });
  });
  stack.skip(20);
}

/** Legend rows: swatch, value and label; a complement says so ("Differenz zu 100"). */
function legend(stack: Stack, parts: readonly ValuedRow[], styles: readonly MarkStyle[], unit: Unit): void {
  parts.forEach((p, i) => {
    stack.add({ type: 'rect', x: 0, y: r2(stack.y + 1), width: SWATCH, height: SWATCH, style: styles[i]! });
    const note = p.herkunft === 'Differenz zu 100' ? ' (Differenz zu 100)' : '';
    stack.text(`${formatValue(p.wert, unit, p.genauigkeit)} ${p.kategorie}${note}`, 'label', SWATCH + 8, 6);
  });
}

/** `teil-ganzes`: values above a single stacked bar of the whole, a legend row per part below. */
export function layoutPartOfWhole(rows: readonly DataRow[], { unit, width = WIDTH }: LayoutOptions): ChartBody {
  const parts = rows.filter(hasValue);
  const missing = rows.filter((r) => !hasValue(r)).map(rowName);
  const stack = new Stack(width);
  const styles = partStyles(parts);
  let ticks: Tick[] = [];
  if (parts.length > 0) {
    const x = wholeScale(parts, unit, width);
    segmentValues(stack, parts, x, unit);
    ticks = stackedBar(stack, parts, styles, x, unit);
    legend(stack, parts, styles, unit);
  }
  missingNote(stack, missing);
  return { width, height: stack.height, marks: stack.marks, ticks, missing };
}

/**
 * `einzelwert`: the share as a big number with its label, then a bar of the whole (full width,
 * dashed outline) with the share filled and the other rows stacked after it; those rows are
 * listed below, a complement marked "Differenz zu 100". Nothing is drawn for rows without a value.
 */
export function layoutSingleShare(rows: readonly DataRow[], { unit, width = WIDTH }: LayoutOptions): ChartBody {
  const focus = focusRow(rows);
  const missing = rows.filter((r) => !hasValue(r)).map(rowName);
  const stack = new Stack(width);
  let ticks: Tick[] = [];
  if (focus) {
    const parts = [focus, ...rows.filter(hasValue).filter((r) => r !== focus)];
    const styles = partStyles(parts);
    styles[0] = 'bar';
    stack.text(formatValue(focus.wert, unit, focus.genauigkeit), 'big');
    stack.text(focus.kategorie, 'label', 0, 8);
    ticks = stackedBar(stack, parts, styles, wholeScale(parts, unit, width), unit);
    legend(stack, parts.slice(1), styles.slice(1), unit);
  } else {
    stack.text('Werte nicht erhalten', 'note', 0, 4);
  }
  missingNote(stack, missing);
  return { width, height: stack.height, marks: stack.marks, ticks, missing };
}
