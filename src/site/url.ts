// Site URLs under the configured base path; every internal link goes through url(), every path
// comes from src/lib/page-kinds.ts.
import { joinUrl } from '../lib/url';
import { sitePaths } from '../lib/page-kinds';

/** Root-relative URL of a site path, e.g. url(sitePaths.page('chapter', 'einleitung')). */
export const url = (path: string): string => joinUrl(import.meta.env.BASE_URL, path);

/** Absolute URL (for citations, canonical links, sitemaps). */
export const absoluteUrl = (path: string): string => new URL(url(path), import.meta.env.SITE).href;

/** The URL builder of a site-path builder. */
const under = <A extends unknown[]>(path: (...args: A) => string) => (...args: A): string => url(path(...args));

/** Routes of the site, in one place: the URLs of `sitePaths`, plus a name for each catalogue and page kind. */
export const routes = {
  ...(Object.fromEntries(Object.entries(sitePaths).map(([name, path]) => [name, under(path as (...a: unknown[]) => string)])) as {
    [K in keyof typeof sitePaths]: (...args: Parameters<(typeof sitePaths)[K]>) => string;
  }),
  chapters: () => url(sitePaths.catalogue('chapter')),
  chapter: (id: string) => url(sitePaths.page('chapter', id)),
  findings: () => url(sitePaths.catalogue('finding')),
  finding: (id: string) => url(sitePaths.page('finding', id)),
  fields: () => url(sitePaths.catalogue('field')),
  field: (id: string) => url(sitePaths.page('field', id)),
  actions: () => url(sitePaths.catalogue('action')),
  action: (id: string) => url(sitePaths.page('action', id)),
  sources: () => url(sitePaths.catalogue('source')),
  source: (id: string) => url(sitePaths.page('source', id)),
  indicators: () => url(sitePaths.catalogue('indicator')),
  indicator: (id: string) => url(sitePaths.page('indicator', id)),
  data: () => url(sitePaths.service('data')),
  search: () => url(sitePaths.service('search')),
  implementation: () => url(sitePaths.service('implementation')),
};
