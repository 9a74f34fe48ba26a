// Every dataset for download at a stable address: /daten/<datensatz>.csv
import type { APIRoute, GetStaticPaths } from 'astro';
import { exportCsv } from '../../lib/data/export-csv';
import { validProject } from '../../site/project';

export const getStaticPaths: GetStaticPaths = () =>
  validProject().findings.map((f) => ({ params: { id: f.datensatz }, props: { rows: f.rows } }));

export const GET: APIRoute = ({ props }) =>
  new Response(exportCsv(props.rows), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
