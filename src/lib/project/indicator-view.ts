/** What the pages show of an indicator: its verdict, takeaway sentence, chart in every width, table. */
import { CHART_LAYOUTS, type ChartModel } from '../charts/model';
import { layoutTimeSeries } from '../charts/layout-timeseries';
import { renderSvg } from '../charts/render-svg';
import { formatPartialDate } from '../dates';
import { formatValue } from '../format';
import type { Indicator, Project } from './model';
import { PAGE_KINDS, pagePath } from '../page-kinds';
import { judgeProgress, type Progress } from '../indicators/progress';
import { byId } from './views';

/** "18 %" / "240" in the indicator's unit. */
export const formatIndicatorValue = (ind: Indicator, value: number): string => formatValue(value, ind.einheit);

/** The verdict of an indicator by PROGRESS_RULE. */
export const progressOf = (ind: Indicator): Progress => judgeProgress(ind);

/** The takeaway sentence: latest value with its date, verdict, baseline and target. */
export function summarizeIndicator(ind: Indicator, progress: Progress = progressOf(ind)): string {
  const fmt = (v: number) => formatIndicatorValue(ind, v);
  const base = `Basiswert ${fmt(ind.basiswert.wert)} (${formatPartialDate(ind.basiswert.datum)})`;
  const goal = ind.zielwert?.datum ? `Ziel ${fmt(ind.zielwert.wert)} bis ${formatPartialDate(ind.zielwert.datum)}` : 'kein Zielwert festgelegt';
  const { latest, verdict, expected } = progress;
  if (!latest) return `Noch keine Messung. ${base}; ${goal}.`;
  const now = `Zuletzt ${fmt(latest.wert!)} (${formatPartialDate(latest.datum)})`;
  // The expected value to one decimal: the path is a rule of thumb, not a measurement.
  const judged = verdict === 'ohne Zielwert' ? '' : `: ${verdict}${expected !== undefined ? `, erwartet waren ${fmt(Math.round(expected * 10) / 10)}` : ''}`;
  return `${now}${judged}. ${base}; ${goal}.`;
}

/** The chart model of an indicator at one coordinate width. */
export function layoutIndicator(ind: Indicator, width?: number): ChartModel {
  const body = layoutTimeSeries(ind, { width });
  const values = ind.messungen.map((m) => `${formatPartialDate(m.datum)}: ${m.wert === null ? 'ohne Wert' : formatIndicatorValue(ind, m.wert)}`);
  return {
    kind: 'zeitreihe',
    title: ind.titel,
    desc: `${summarizeIndicator(ind)}${values.length > 0 ? ` Messwerte: ${values.join('; ')}.` : ''}`,
    ...body,
    height: Math.ceil(body.height + 4),
  };
}

/** The chart as inline SVG once per layout width (switched by container queries, like findings). */
export function indicatorSvgs(ind: Indicator): string {
  return CHART_LAYOUTS.map(({ width }) => renderSvg(layoutIndicator(ind, width), { standalone: false, idPrefix: `kennzahl-${ind.id}-${width}` })).join('');
}

/** The actions and fields whose goals use an indicator: page path (for url()), title and goal text. */
export function goalsUsing(project: Project, id: string): Array<{ path: string; titel: string; ziel: string }> {
  const owners = [
    ...project.fields.map((f) => ({ path: pagePath('field', f.id), titel: `${PAGE_KINDS.field.label} ${f.titel}`, ziele: f.ziele })),
    ...project.actions.map((a) => ({ path: pagePath('action', a.id), titel: a.titel, ziele: a.ziele })),
  ];
  return owners.flatMap((o) => o.ziele.filter((g) => g.kennzahlen.includes(id)).map((g) => ({ path: o.path, titel: o.titel, ziel: g.text })));
}

export interface IndicatorView {
  indicator: Indicator;
  /** The goals that use the indicator, with the page that states each. */
  uses: ReturnType<typeof goalsUsing>;
}

/** An indicator with the goals that use it. */
export function indicatorView(project: Project, id: string | undefined): IndicatorView {
  const indicator = byId(project.indicators, id, 'indicator');
  return { indicator, uses: goalsUsing(project, indicator.id) };
}
