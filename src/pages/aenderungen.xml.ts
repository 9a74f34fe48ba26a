// The significant changes as an Atom feed: /aenderungen.xml
import type { APIRoute } from 'astro';
import { atomFeed } from '../lib/changes/atom';
import { changeItems } from '../lib/changes/changes';
import { validProject } from '../site/project';
import { absoluteUrl } from '../site/url';
import { SERVICE_PAGES, sitePaths } from '../lib/page-kinds';

export const GET: APIRoute = () => {
  const project = validProject();
  const items = changeItems(project).filter((c) => c.art === 'wesentlich');
  const xml = atomFeed(items, {
    title: `${project.settings.titel}: ${SERVICE_PAGES.changes.title}`,
    author: project.settings.herausgeber,
    updated: project.settings.stand,
    selfUrl: absoluteUrl(sitePaths.feed()),
    pageUrl: absoluteUrl(sitePaths.service('changes')),
    absoluteUrl,
  });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
