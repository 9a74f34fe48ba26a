// Every chart as a standalone SVG file for download: /daten/<befund>.svg (list findings have no chart).
import type { APIRoute, GetStaticPaths } from 'astro';
import { layoutChart } from '../../lib/charts/layout-chart';
import { chartFindings } from '../../lib/charts/list-view';
import { DOWNLOAD_WIDTH } from '../../lib/charts/model';
import { renderSvg } from '../../lib/charts/render-svg';
import { sourceLine } from '../../lib/charts/context';
import { validProject } from '../../site/project';

export const getStaticPaths: GetStaticPaths = () =>
  chartFindings(validProject().findings).map((finding) => ({ params: { id: finding.id }, props: { finding } }));

// The download travels alone, so its description also names the finding's source.
export const GET: APIRoute = ({ props }) => {
  const model = layoutChart(props.finding, { width: DOWNLOAD_WIDTH });
  const svg = renderSvg({ ...model, desc: `${model.desc} ${sourceLine(props.finding)}` }, { standalone: true, idPrefix: props.finding.id });
  return new Response(svg, {
    headers: { 'content-type': 'image/svg+xml; charset=utf-8' },
  });
};
