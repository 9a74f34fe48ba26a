// Site URLs under the configured base path; every internal link goes through url().
import { joinUrl } from '../lib/url';
import { cataloguePath, pagePath } from '../lib/page-kinds';

/** Root-relative URL of a site path, e.g. url('kapitel/einleitung'). */
export const url = (path: string): string => joinUrl(import.meta.env.BASE_URL, path);

/** Absolute URL (for citations, canonical links, sitemaps). */
export const absoluteUrl = (path: string): string => new URL(url(path), import.meta.env.SITE).href;

/** Routes of the site, in one place. */
export const routes = {
  home: () => url(''),
  chapters: () => url(cataloguePath('chapter')),
  chapter: (id: string) => url(pagePath('chapter', id)),
  findings: () => url(cataloguePath('finding')),
  finding: (id: string) => url(pagePath('finding', id)),
  fields: () => url(cataloguePath('field')),
  field: (id: string) => url(pagePath('field', id)),
  actions: () => url(cataloguePath('action')),
  action: (id: string) => url(pagePath('action', id)),
  data: () => url('daten'),
  sources: () => url(cataloguePath('source')),
  source: (id: string) => url(pagePath('source', id)),
  csv: (dataset: string) => url(`daten/${dataset}.csv`),
  svg: (finding: string) => url(`daten/${finding}.svg`),
  search: () => url('suche'),
  pdf: (file: string) => url(`downloads/${file}`),
  indicators: () => url(cataloguePath('indicator')),
  indicator: (id: string) => url(pagePath('indicator', id)),
  indicatorCsv: (id: string) => url(`daten/kennzahlen/${id}.csv`),
  implementation: () => url('umsetzung'),
};
