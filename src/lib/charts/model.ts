/** The chart model: plain marks with rounded coordinates, ready to be written as SVG. */
import type { ChartKind, Unit } from '../types';

export { PALETTE } from './palette';

/** Mark styles; colours live in PALETTE, the renderer maps a style to attributes and a class. */
export type MarkStyle =
  | 'bar' // first group, the share itself: solid
  | 'bar-2' // second group: hatched with outline
  | 'rest' // complement "Differenz zu 100": grey hatch with outline
  | 'track' // the whole behind a bar (decoration)
  | 'outline' // the whole as a dashed outline (100 %)
  | 'axis'
  | 'band-1' | 'band-2' | 'band-3' | 'band-4'
  | 'label' // category labels
  | 'value' // values next to marks (bold, with a white halo)
  | 'muted' // ticks, statements
  | 'note' // "Werte nicht erhalten", "Ohne Wert im Bericht": bold, never hidden
  | 'big' // key figures
  | 'series' // an indicator's measurements: a solid line
  | 'target' // an indicator's target: a dashed orange line
  | 'baseline'; // an indicator's baseline: a dotted grey line

export interface RectMark { type: 'rect'; x: number; y: number; width: number; height: number; style: MarkStyle }
export interface LineMark { type: 'line'; x1: number; y1: number; x2: number; y2: number; style: MarkStyle }
export interface CircleMark { type: 'circle'; cx: number; cy: number; r: number; style: MarkStyle }
/** A square centred like a circle: the second group's symbol on the scale. */
export interface SquareMark { type: 'square'; cx: number; cy: number; r: number; style: MarkStyle }
export interface TextMark {
  type: 'text';
  x: number;
  /** Baseline of the first line; further lines follow LINE_HEIGHT apart. */
  y: number;
  /** Already wrapped lines, each an already formatted German string (escaped only when rendered). */
  lines: string[];
  anchor: 'start' | 'middle' | 'end';
  style: MarkStyle;
}

/** A path from d3-shape (no DOM), e.g. an indicator's measurements as a line. */
export interface PathMark { type: 'path'; d: string; style: MarkStyle }

export type Mark = RectMark | LineMark | CircleMark | SquareMark | TextMark | PathMark;

/** An axis tick: its value, German label and position (also drawn as marks). */
export interface Tick { value: number; label: string; x: number }

/** What a layout function returns: the drawing of one chart kind. */
export interface ChartBody {
  width: number;
  height: number;
  marks: Mark[];
  ticks: Tick[];
  /** Labels of rows without a value ("Kategorie" or "Kategorie (Gruppe)"): listed, never drawn as 0. */
  missing: string[];
}

/** A whole chart: the body plus its kind, accessible name and description. JSON-serialisable. */
export interface ChartModel extends ChartBody {
  /** A finding's chart kind, or „zeitreihe“ for an indicator's time series. */
  kind: ChartKind | 'zeitreihe';
  /** Accessible name (the finding's title). */
  title: string;
  /** Accessible description: the German summary plus every value. */
  desc: string;
}

/** Options shared by the layout functions. */
export interface LayoutOptions {
  unit: Unit;
  /** Width of the coordinate system (default 320, the narrowest phone); the SVG scales anyway. */
  width?: number;
}

/** Default width of a chart's coordinate system (tests, callers without a layout width). */
export const WIDTH = 320;
/**
 * The layouts each chart is drawn in: `width` is the coordinate width, `min` the narrowest figure
 * (CSS px) that shows it. Every layout is shown at a scale of at least 1 (never narrower than its
 * coordinate width), so no chart text is smaller than FONT_SIZE on screen; the next layout takes
 * over before the scale passes about 1.5. The container queries in Figure.astro use the same `min`s.
 */
export const CHART_LAYOUTS = [
  { width: 264, min: 0 },
  { width: 400, min: 400 },
  { width: 560, min: 560 },
] as const;
/** The layout of downloads and print: the widest. */
export const DOWNLOAD_WIDTH = 560;
export const FONT_SIZE = 14;
/** Ticks and statements: as large as labels (14 px is the floor on screen), told apart by colour. */
export const SMALL_FONT_SIZE = 14;
export const BIG_FONT_SIZE = 36;
export const LINE_HEIGHT = 17;

/**
 * Characters per line that surely fit into `width` px: an average glyph of a wide sans-serif is
 * about 0.52 em (DejaVu Sans, measured); 0.58 em (0.62 em bold) leaves room for capitals and wide letters.
 */
export function maxChars(width: number, fontSize = FONT_SIZE, bold = false): number {
  return Math.max(8, Math.floor(width / (fontSize * (bold ? 0.62 : 0.58))));
}

/** A generous estimate of a single line's width in px (for placing values next to bars). */
export function textWidth(text: string, fontSize = FONT_SIZE, bold = false): number {
  return text.length * fontSize * (bold ? 0.62 : 0.58);
}

/** Rounds a coordinate to 2 decimals so models and snapshots are stable. */
export const r2 = (v: number): number => Math.round(v * 100) / 100;
