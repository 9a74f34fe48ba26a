// datapackage.json: a Frictionless Data Package for all CSV files on /daten/.
import type { APIRoute } from 'astro';
import { dataPackage } from '../../lib/project/datapackage';
import { validProject } from '../../site/project';
import { absoluteUrl } from '../../site/url';

export const GET: APIRoute = () => {
  const { findings, settings } = validProject();
  const pkg = dataPackage(findings, settings, { homepage: absoluteUrl('daten'), csvUrl: (d) => absoluteUrl(`daten/${d}.csv`) });
  return new Response(`${JSON.stringify(pkg, null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
