/** One entry point: a finding in, its chart model out. */
import type { Finding } from '../types';
import { layoutBars, layoutGroups } from './layout-bars';
import { layoutCategories, layoutKeyFigure } from './layout-list';
import { layoutScale } from './layout-scale';
import { layoutParts } from './layout-share';
import { WIDTH, type ChartModel, type Mark } from './model';
import { describeValues, summarizeFinding } from './summary';

function marksFor(f: Finding): { marks: Mark[]; height: number } {
  switch (f.diagramm) {
    case 'balken':
      return layoutBars(f.rows, { unit: f.einheit });
    case 'gruppen':
      return layoutGroups(f.rows, { unit: f.einheit });
    case 'teil-ganzes':
      return layoutParts(f.rows, f.einheit, false);
    case 'einzelwert':
      return layoutParts(f.rows, f.einheit, true);
    case 'skala':
      return layoutScale(f.rows);
    case 'kategorien':
      return layoutCategories(f.rows, f.einheit);
    case 'kennzahl':
      return layoutKeyFigure(f.rows, f.einheit);
  }
}

/** The chart of a finding as a plain, rounded, JSON-serialisable model. Does not mutate its input. */
export function layoutChart(f: Finding): ChartModel {
  const { marks, height } = marksFor(f);
  return {
    kind: f.diagramm,
    width: WIDTH,
    height: Math.ceil(height + 4),
    title: f.titel,
    desc: `${summarizeFinding(f)} Werte: ${describeValues(f)}.`,
    marks,
  };
}
