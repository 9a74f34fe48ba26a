// Site URLs under the configured base path; every internal link goes through url().
import { joinUrl } from '../lib/url';

/** Root-relative URL of a site path, e.g. url('kapitel/einleitung'). */
export const url = (path: string): string => joinUrl(import.meta.env.BASE_URL, path);

/** Absolute URL (for citations, canonical links, sitemaps). */
export const absoluteUrl = (path: string): string => new URL(url(path), import.meta.env.SITE).href;

/** Routes of the site, in one place. */
export const routes = {
  home: () => url(''),
  chapter: (id: string) => url(`kapitel/${id}`),
  findings: () => url('befunde'),
  finding: (id: string) => url(`befunde/${id}`),
  fields: () => url('handlungsfelder'),
  field: (id: string) => url(`handlungsfelder/${id}`),
  actions: () => url('massnahmen'),
  action: (id: string) => url(`massnahmen/${id}`),
  data: () => url('daten'),
  sources: () => url('quellen'),
  source: (id: string) => url(`quellen/${id}`),
  csv: (dataset: string) => url(`daten/${dataset}.csv`),
  svg: (finding: string) => url(`daten/${finding}.svg`),
  search: () => url('suche'),
};
