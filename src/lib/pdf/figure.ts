/** A finding as a numbered PDF figure: vector chart with alt text, takeaway, table and context. */
import { surveyContext } from '../charts/context';
import { layoutChart } from '../charts/layout-chart';
import { isListFinding, layoutList, listedInText } from '../charts/list-view';
import { renderSvg } from '../charts/render-svg';
import { takeaway } from '../charts/summary';
import { msg } from '../errors/messages';
import { problemAt, type Problem } from '../errors/problem';
import { UNIT_LABELS, formatValue } from '../format';
import type { Finding } from '../types';
import { content, escapeMarkup, typstString } from './escape';

/** Coordinate width of the charts in the PDF: at the text width of A4 their labels print at about 9 pt. */
export const PDF_CHART_WIDTH = 560;

/** Files the Typst document refers to (virtual paths such as "/abb/x.svg") and their bytes. */
export type Assets = Map<string, Buffer>;

/** Typst label of a finding's figure, for links from actions and fields. */
export const figureRef = (id: string): string => `<befund-${id.replace(/[^a-z0-9-]/g, '-')}>`;

/** The table under the chart: the same columns the website's data table shows. */
export function findingTable(f: Finding): string {
  const hasGroups = f.rows.some((r) => r.gruppe !== '');
  const hasStatements = f.rows.some((r) => r.aussage !== '');
  const hasComplement = f.rows.some((r) => r.herkunft !== 'Bericht');
  const head = ['Kategorie', ...(hasGroups ? ['Gruppe'] : []), `Wert (${UNIT_LABELS[f.einheit]})`,
    ...(hasStatements ? ['Aussage im Bericht'] : []), ...(hasComplement ? ['Herkunft'] : [])];
  const rows = f.rows.map((r) => [r.kategorie, ...(hasGroups ? [r.gruppe] : []),
    r.wert === null ? 'kein Wert im Bericht' : formatValue(r.wert, f.einheit, r.genauigkeit),
    ...(hasStatements ? [r.aussage] : []), ...(hasComplement ? [r.herkunft] : [])]);
  const widths = head.map((h) => (h === 'Kategorie' || h === 'Aussage im Bericht' ? '2fr' : '1fr'));
  return `table(columns: (${widths.join(', ')}),\n    table.header(${head.map(content).join(', ')}),\n    ` +
    `${rows.map((r) => r.map(content).join(', ')).join(',\n    ')})`;
}

/** A finding without values to draw, as on the website: the categories in the report's words. */
function findingList(f: Finding, number: number, chapterBody: string): string {
  const view = layoutList(f);
  const item = (i: { label: string; value?: string }) => content(i.value ? `${i.label}: ${i.value}` : i.label);
  const items = view.groups.flatMap((g) =>
    g.statement ? [`[${escapeMarkup(`„${g.statement}“:`)} #list(${g.items.map(item).join(', ')})]`] : g.items.map(item));
  const listed = listedInText(f, chapterBody);
  const count = new Set(f.rows.map((r) => r.kategorie)).size;
  return [
    `#abbildung-liste(`,
    `  nummer: ${number},`,
    `  titel: ${content(f.titel)},`,
    `  aussage: ${content(takeaway(f))},`,
    `  hinweis: ${view.note ? content(view.note) : 'none'},`,
    `  liste: ${listed ? content(`Die ${count} Kategorien stehen in der Liste im Text oben.`) : `list(${items.join(', ')})`},`,
    `  kontext: (${surveyContext(f).map(content).join(', ')},),`,
    `) ${figureRef(f.id)}`,
  ].join('\n');
}

/**
 * Typst for one finding: `#abbildung(…)` with its number, plus the chart as an SVG asset (or, for a
 * finding without values, its list). An empty alt text is reported (PDF/UA requires one, and Typst
 * would refuse the export). `chapterBody` is the text around it (a list there is not repeated).
 */
export function findingFigure(f: Finding & { file?: string }, number: number, assets: Assets, problems: Problem[], chapterBody = ''): string {
  if (isListFinding(f)) return findingList(f, number, chapterBody);
  const model = layoutChart(f, { width: PDF_CHART_WIDTH });
  const alt = model.desc.trim();
  if (alt === '') problems.push(problemAt(f.file ?? f.id, 0, 0, msg.pdfFigureWithoutAlt(f.titel)));
  const path = `/abb/${f.id}.svg`;
  assets.set(path, Buffer.from(renderSvg(model, { standalone: true, idPrefix: `abb-${f.id}` })));
  return [
    `#abbildung(`,
    `  nummer: ${number},`,
    `  titel: ${content(f.titel)},`,
    `  bild: ${typstString(path)},`,
    `  alt: ${typstString(alt)},`,
    `  aussage: ${content(takeaway(f))},`,
    `  tabelle: ${findingTable(f)},`,
    `  kontext: (${surveyContext(f).map(content).join(', ')},),`,
    `) ${figureRef(f.id)}`,
  ].join('\n');
}
