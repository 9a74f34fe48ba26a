// The significant changes as an Atom feed: /aenderungen.xml
import type { APIRoute } from 'astro';
import { atomFeed } from '../lib/changes/atom';
import { changeItems } from '../lib/changes/changes';
import { validProject } from '../site/project';
import { absoluteUrl } from '../site/url';

export const GET: APIRoute = () => {
  const project = validProject();
  const items = changeItems(project).filter((c) => c.art === 'wesentlich');
  const xml = atomFeed(items, {
    title: `${project.settings.titel}: Änderungen`,
    author: project.settings.herausgeber,
    updated: project.settings.stand,
    selfUrl: absoluteUrl('aenderungen.xml'),
    pageUrl: absoluteUrl('aenderungen'),
    absoluteUrl,
  });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
