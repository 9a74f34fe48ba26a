/** A finding's chart in every layout width, as SVG markup for the page (switched by container queries). */
import type { Finding } from '../types';
import { layoutChart } from './layout-chart';
import { CHART_LAYOUTS } from './model';
import { renderSvg } from './render-svg';

/** One layout of a chart: its coordinate width, the narrowest figure that shows it, and the SVG. */
export interface ChartVariant {
  width: number;
  min: number;
  svg: string;
}

/** The chart of a finding drawn once per layout width; ids are unique per finding and width. */
export function renderChartVariants(f: Finding, idPrefix: string): ChartVariant[] {
  return CHART_LAYOUTS.map(({ width, min }) => ({
    width,
    min,
    svg: renderSvg(layoutChart(f, { width }), { standalone: false, idPrefix: `${idPrefix}-${width}` }),
  }));
}
