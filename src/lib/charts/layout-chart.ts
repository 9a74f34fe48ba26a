/** One entry point: a finding in, its chart model out. */
import type { Finding } from '../types';
import { layoutBars } from './layout-bars';
import { layoutGroups } from './layout-groups';
import { layoutCategories, layoutKeyFigure } from './layout-list';
import { layoutScale } from './layout-scale';
import { layoutPartOfWhole, layoutSingleShare } from './layout-share';
import { WIDTH, type ChartBody, type ChartModel, type LayoutOptions } from './model';
import { describeValues, summarizeFinding } from './summary';

/** Options of layoutChart: the coordinate width (default 320). */
export type ChartOptions = Omit<LayoutOptions, 'unit'>;

function bodyFor(f: Finding, options: LayoutOptions): ChartBody {
  // Bar lengths for ranks would read backwards (rank 1 shortest): ranks are listed in rank order.
  if (f.einheit === 'rangfolge' && (f.diagramm === 'balken' || f.diagramm === 'gruppen')) return layoutCategories(f.rows, options);
  switch (f.diagramm) {
    case 'balken':
      return layoutBars(f.rows, options);
    case 'gruppen':
      return layoutGroups(f.rows, options);
    case 'teil-ganzes':
      return layoutPartOfWhole(f.rows, options);
    case 'einzelwert':
      return layoutSingleShare(f.rows, options);
    case 'skala':
      return layoutScale(f.rows, options);
    case 'kategorien':
      return layoutCategories(f.rows, options);
    case 'kennzahl':
      return layoutKeyFigure(f.rows, options);
  }
}

/** The chart of a finding as a plain, rounded, JSON-serialisable model. Does not mutate its input. */
export function layoutChart(f: Finding, options: ChartOptions = {}): ChartModel {
  const body = bodyFor(f, { unit: f.einheit, width: options.width ?? WIDTH });
  return {
    kind: f.diagramm,
    title: f.titel,
    desc: `${summarizeFinding(f)} ${describeValues(f)}`,
    ...body,
    height: Math.ceil(body.height + 4),
  };
}
