// Every indicator's measurements for download at a stable address: /daten/kennzahlen/<id>.csv
import type { APIRoute, GetStaticPaths } from 'astro';
import { exportMeasurementsCsv } from '../../../lib/data/export-csv';
import { measuredIndicators } from '../../../lib/project/datapackage';
import { validProject } from '../../../site/project';

export const getStaticPaths: GetStaticPaths = () =>
  measuredIndicators(validProject().indicators).map((i) => ({ params: { id: i.id }, props: { rows: i.messungen } }));

export const GET: APIRoute = ({ props }) =>
  new Response(exportMeasurementsCsv(props.rows), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
