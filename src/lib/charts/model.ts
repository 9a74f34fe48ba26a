/** The chart model: plain marks with rounded coordinates, ready to be written as SVG. */
import type { ChartKind } from '../types';

/** Mark styles; colours are in PALETTE so SVG attributes and CSS agree. */
export type MarkStyle =
  | 'bar' // main series
  | 'bar-2' // second group: hatched
  | 'rest' // complement of a share: outlined, hatched
  | 'track' // the whole (100 %) behind a single share
  | 'axis'
  | 'grid'
  | 'band-1' | 'band-2' | 'band-3' | 'band-4'
  | 'label' // category labels
  | 'value' // values next to marks
  | 'value-inverse' // values on dark marks
  | 'muted' // notes, statements
  | 'big'; // key figures

export interface RectMark { type: 'rect'; x: number; y: number; width: number; height: number; style: MarkStyle }
export interface LineMark { type: 'line'; x1: number; y1: number; x2: number; y2: number; style: MarkStyle }
export interface CircleMark { type: 'circle'; cx: number; cy: number; r: number; style: MarkStyle }
export interface SquareMark { type: 'square'; cx: number; cy: number; r: number; style: MarkStyle }
export interface TextMark {
  type: 'text';
  x: number;
  y: number;
  /** Already wrapped lines, each an already formatted German string. */
  lines: string[];
  anchor: 'start' | 'middle' | 'end';
  style: MarkStyle;
}

export type Mark = RectMark | LineMark | CircleMark | SquareMark | TextMark;

export interface ChartModel {
  kind: ChartKind;
  width: number;
  height: number;
  /** Accessible name (the finding's title). */
  title: string;
  /** Accessible description: the German summary plus every value. */
  desc: string;
  marks: Mark[];
}

/** Width of every chart's coordinate system; the SVG scales to its container. */
export const WIDTH = 320;
export const FONT_SIZE = 14;
export const LINE_HEIGHT = 17;
/** Characters per label line at FONT_SIZE across the full width. */
export const LABEL_CHARS = 36;

/**
 * Colours: every mark ≥ 3:1 against white (WCAG 1.4.11); text ≥ 4.5:1. Groups and complements
 * differ by pattern or outline as well, so they also print in black and white.
 */
export const PALETTE = {
  bar: '#0b4f6c', // 8.9:1 on white
  bar2: '#8a4600', // 6.6:1 on white; second group, also hatched
  rest: '#0b4f6c', // outline of the complement
  axis: '#4a4a4a',
  grid: '#949494', // 3.0:1 (grid lines are decoration, not required for understanding)
  text: '#1b1b1b',
  muted: '#4a4a4a', // 8.9:1
  inverse: '#ffffff',
  bands: ['#9b1c1c', '#8a4600', '#2f6b00', '#0b4f6c'], // unter 2, 2 bis 2,4, 2,5 bis 2,9, mehr als 3
} as const;

/** Rounds a coordinate to 2 decimals so models and snapshots are stable. */
export const r2 = (v: number): number => Math.round(v * 100) / 100;
