// The significant changes as an Atom feed: /aenderungen.xml
import type { APIRoute } from 'astro';
import { atomFeed } from '../lib/changes/atom';
import { changesView } from '../lib/project/page-views';
import { validProject } from '../site/project';
import { absoluteUrl } from '../site/url';
import { SERVICE_PAGES, sitePaths } from '../lib/page-kinds';

export const GET: APIRoute = () => {
  const { settings, significant } = changesView(validProject());
  const xml = atomFeed(significant, {
    title: `${settings.titel}: ${SERVICE_PAGES.changes.title}`,
    author: settings.herausgeber,
    updated: settings.stand,
    selfUrl: absoluteUrl(sitePaths.feed()),
    pageUrl: absoluteUrl(sitePaths.service('changes')),
    absoluteUrl,
  });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
