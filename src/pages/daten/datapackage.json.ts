// datapackage.json: a Frictionless Data Package for all CSV files on /daten/ (datasets and indicator measurements).
import type { APIRoute } from 'astro';
import { dataPackage } from '../../lib/project/datapackage';
import { validProject } from '../../site/project';
import { absoluteUrl } from '../../site/url';
import { sitePaths } from '../../lib/page-kinds';

export const GET: APIRoute = () => {
  const { findings, indicators, settings } = validProject();
  const pkg = dataPackage({ findings, indicators }, settings, { homepage: absoluteUrl(sitePaths.service('data')) });
  return new Response(`${JSON.stringify(pkg, null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
