// The site's vocabulary for "Meinten Sie …?" on /suche/: loaded only when a search finds nothing.
import type { APIRoute } from 'astro';
import { searchWords } from '../../lib/project/search-words';
import { validProject } from '../../site/project';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(searchWords(validProject())), { headers: { 'content-type': 'application/json; charset=utf-8' } });
