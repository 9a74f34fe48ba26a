// Every chart as a standalone SVG file for download: /daten/<befund>.svg (list findings have no chart).
import type { APIRoute, GetStaticPaths } from 'astro';
import { layoutChart } from '../../lib/charts/layout-chart';
import { isListFinding } from '../../lib/charts/list-view';
import { DOWNLOAD_WIDTH } from '../../lib/charts/model';
import { renderSvg } from '../../lib/charts/render-svg';
import { validProject } from '../../site/project';

export const getStaticPaths: GetStaticPaths = () =>
  validProject().findings.filter((f) => !isListFinding(f)).map((finding) => ({ params: { id: finding.id }, props: { finding } }));

export const GET: APIRoute = ({ props }) =>
  new Response(renderSvg(layoutChart(props.finding, { width: DOWNLOAD_WIDTH }), { standalone: true, idPrefix: props.finding.id }), {
    headers: { 'content-type': 'image/svg+xml; charset=utf-8' },
  });
