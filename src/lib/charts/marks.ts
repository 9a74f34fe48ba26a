/** Small builders for marks: wrapped text blocks, the "no value" note, a horizontal value axis. */
import type { ScaleLinear } from 'd3-scale';
import { formatTick } from '../format';
import type { Unit } from '../types';
import {
  BIG_FONT_SIZE, FONT_SIZE, LINE_HEIGHT, SMALL_FONT_SIZE, maxChars, r2,
  type Mark, type MarkStyle, type TextMark, type Tick,
} from './model';
import { wrapLabel } from './wrap';

/** Font size the renderer uses for a text style. */
export function fontSizeOf(style: MarkStyle): number {
  if (style === 'big') return BIG_FONT_SIZE;
  return style === 'muted' ? SMALL_FONT_SIZE : FONT_SIZE;
}

const isBold = (style: MarkStyle) => style === 'value' || style === 'note' || style === 'big';

/** A text block whose top edge is at `top`: wrapped to `width` px, with its height. */
export function textBlock(
  text: string, x: number, top: number, width: number, style: MarkStyle, anchor: TextMark['anchor'] = 'start',
): { mark: TextMark; height: number } {
  const size = fontSizeOf(style);
  const lines = style === 'big' ? [text] : wrapLabel(text, maxChars(width, size, isBold(style)));
  const first = style === 'big' ? BIG_FONT_SIZE + 6 : LINE_HEIGHT;
  return {
    mark: { type: 'text', x: r2(x), y: r2(top + Math.round(size * 0.8)), lines, anchor, style },
    height: first + (lines.length - 1) * LINE_HEIGHT,
  };
}

/** Stacks text blocks and other marks top-down; `y` is the next free top edge. */
export class Stack {
  readonly marks: Mark[] = [];
  y: number;

  constructor(readonly width: number, top = 0) {
    this.y = top;
  }

  /** Adds a wrapped text at `x` and moves down by its height plus `gap`. */
  text(text: string, style: MarkStyle, x = 0, gap = 0): TextMark {
    const block = textBlock(text, x, this.y, this.width - x, style);
    this.marks.push(block.mark);
    this.y += block.height + gap;
    return block.mark;
  }

  /** Adds marks without moving. */
  add(...marks: Mark[]): void {
    this.marks.push(...marks);
  }

  /** Moves down. */
  skip(dy: number): void {
    this.y += dy;
  }

  /** Height of everything stacked so far. */
  get height(): number {
    return r2(this.y);
  }
}

/** Lists rows without a value under the chart as text, never as a zero bar. */
export function missingNote(stack: Stack, missing: readonly string[]): void {
  if (missing.length === 0) return;
  stack.skip(4);
  stack.text('Ohne Wert im Bericht:', 'note');
  // Semicolons, not commas: labels such as "Schule, Ausbildung, Studium" contain commas.
  stack.text(missing.join('; '), 'label', 0, 4);
}

/** Tick labels above a horizontal value axis, the edge ticks anchored inwards so nothing is cut. */
export function topAxis(
  x: ScaleLinear<number, number>, values: readonly number[], unit: Unit, stack: Stack,
): Tick[] {
  const [lo, hi] = x.range() as [number, number];
  const ticks = values.map((value) => ({ value, label: formatTick(value, unit), x: r2(x(value)) }));
  for (const t of ticks) {
    const anchor = t.x <= lo + 1 ? 'start' : t.x >= hi - 1 ? 'end' : 'middle';
    stack.add({ type: 'text', x: t.x, y: r2(stack.y + 11), lines: [t.label], anchor, style: 'muted' });
    stack.add({ type: 'line', x1: t.x, y1: r2(stack.y + 15), x2: t.x, y2: r2(stack.y + 20), style: 'axis' });
  }
  stack.add({ type: 'line', x1: r2(lo), y1: r2(stack.y + 20), x2: r2(hi), y2: r2(stack.y + 20), style: 'axis' });
  stack.skip(28);
  return ticks;
}
