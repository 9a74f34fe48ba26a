// Every CSV file and datapackage.json in one download: /daten/alle-daten.zip
import type { APIRoute } from 'astro';
import { projectDataZip } from '../../lib/project/data-zip';
import { validProject } from '../../site/project';
import { absoluteUrl } from '../../site/url';
import { sitePaths } from '../../lib/page-kinds';

export const GET: APIRoute = () => {
  // slice(): a copy with its own exact ArrayBuffer, which Response accepts.
  return new Response(projectDataZip(validProject(), absoluteUrl(sitePaths.service('data'))).slice().buffer, { headers: { 'content-type': 'application/zip' } });
};
