/**
 * Every kind of page and every service page of the site, one row each: what it is called (titles,
 * navigation, footer, breadcrumbs, search filter „Seitentyp“, A–Z index) and where it lives.
 * Every page, link, breadcrumb, search filter and citation takes its words and site paths from
 * here; src/site/url.ts turns the paths into URLs under the base path (`routes`).
 */
export interface PageKindInfo {
  /** One page of the kind, in German: the search filter value „Seitentyp“. */
  label: string;
  /** The catalogue of all pages of the kind (navigation, breadcrumbs). */
  catalogue: string;
  /** Title of the catalogue page (<title>, h1), where longer than the link word. */
  catalogueTitle: string;
  /** URL segment: pages live at `<segment>/<id>/`, the catalogue at `<segment>/`. */
  segment: string;
}

export const PAGE_KINDS = {
  chapter: { label: 'Kapitel', catalogue: 'Bericht', catalogueTitle: 'Der Bericht', segment: 'kapitel' },
  finding: { label: 'Befund', catalogue: 'Befunde', catalogueTitle: 'Befunde', segment: 'befunde' },
  field: { label: 'Handlungsfeld', catalogue: 'Handlungsfelder', catalogueTitle: 'Prioritäre Handlungsfelder', segment: 'handlungsfelder' },
  action: { label: 'Maßnahme', catalogue: 'Maßnahmen', catalogueTitle: 'Maßnahmen', segment: 'massnahmen' },
  source: { label: 'Quelle', catalogue: 'Quellen', catalogueTitle: 'Quellen', segment: 'quellen' },
  indicator: { label: 'Kennzahl', catalogue: 'Kennzahlen', catalogueTitle: 'Kennzahlen', segment: 'kennzahlen' },
} as const satisfies Record<string, PageKindInfo>;

export type PageKind = keyof typeof PAGE_KINDS;

/** The kinds in the order search filters and indexes list them (indicators only where a site has any). */
export const PAGE_KIND_ORDER: readonly PageKind[] = ['chapter', 'finding', 'field', 'action', 'source', 'indicator'];

export interface ServicePageInfo {
  /** Site path (without base path). */
  path: string;
  /** Page title (<title>, Open Graph); the page's h1 unless the page says more. */
  title: string;
  /** Link text in breadcrumbs and the footer. */
  label: string;
  /** Shorter link text in the main navigation, where it differs from `label`. */
  nav?: string;
  /** Link text in the footer, where it differs from `label`. */
  footer?: string;
  /** Search filter value „Seitentyp“ of the page, if search indexes it. */
  searchType?: string;
}

/** The pages that are no kind of content: start, service, legal and accessibility pages. */
export const SERVICE_PAGES = {
  home: { path: '', title: 'Startseite', label: 'Startseite' },
  implementation: { path: 'umsetzung', title: 'Stand der Umsetzung', label: 'Stand der Umsetzung', nav: 'Umsetzung' },
  data: { path: 'daten', title: 'Offene Daten', label: 'Offene Daten', nav: 'Daten' },
  search: { path: 'suche', title: 'Suche', label: 'Suche', footer: 'Suche und Stichwörter' },
  changes: { path: 'aenderungen', title: 'Änderungen', label: 'Änderungen' },
  imprint: { path: 'impressum', title: 'Impressum', label: 'Impressum' },
  privacy: { path: 'datenschutz', title: 'Datenschutzerklärung', label: 'Datenschutz' },
  accessibility: { path: 'barrierefreiheit', title: 'Erklärung zur Barrierefreiheit', label: 'Barrierefreiheit' },
  easyLanguage: { path: 'leichte-sprache', title: 'Leichte Sprache', label: 'Leichte Sprache', searchType: 'Leichte Sprache' },
  easyActions: { path: 'leichte-sprache/massnahmen', title: 'Maßnahmen – Leichte Sprache', label: 'Was kann man tun?', searchType: 'Leichte Sprache' },
  signLanguage: { path: 'gebaerdensprache', title: 'Gebärdensprache', label: 'Gebärdensprache' },
  notFound: { path: '404', title: 'Seite nicht gefunden', label: 'Seite nicht gefunden' },
} as const satisfies Record<string, ServicePageInfo>;

export type ServicePage = keyof typeof SERVICE_PAGES;

/** Search filter value „Seitentyp“ of a translated summary. */
export const SUMMARY_SEARCH_TYPE = 'Kurzfassung';

/** One entry of the main navigation or the footer: a kind's catalogue or a service page. */
export type NavTarget = { kind: PageKind } | { service: ServicePage };

/** The main navigation (header), in order. */
export const MAIN_NAV: readonly NavTarget[] = [
  { kind: 'field' },
  { kind: 'action' },
  { service: 'implementation' },
  { kind: 'finding' },
  { kind: 'chapter' },
  { service: 'data' },
  { service: 'easyLanguage' },
];

/** The footer: the legal and service pages every page of a public body must link. */
export const FOOTER_NAV: readonly NavTarget[] = [
  { service: 'imprint' },
  { service: 'privacy' },
  { service: 'accessibility' },
  { service: 'easyLanguage' },
  { service: 'signLanguage' },
  { service: 'data' },
  { kind: 'source' },
  { service: 'changes' },
  { service: 'search' },
];

/** Site path and link text of a navigation entry, in the header (`nav`) or the footer. */
export function navEntry(target: NavTarget, place: 'nav' | 'footer'): { path: string; label: string } {
  if ('kind' in target) return { path: cataloguePath(target.kind), label: PAGE_KINDS[target.kind].catalogue };
  const page: ServicePageInfo = SERVICE_PAGES[target.service];
  return { path: page.path, label: (place === 'nav' ? page.nav : page.footer) ?? page.label };
}

/** Site path of one page, e.g. pagePath('action', 'sprachkurse') → 'massnahmen/sprachkurse'. */
export const pagePath = (kind: PageKind, id: string): string => `${PAGE_KINDS[kind].segment}/${id}`;

/** Site path of a kind's catalogue, e.g. 'massnahmen'. */
export const cataloguePath = (kind: PageKind): string => PAGE_KINDS[kind].segment;

/** The breadcrumb from a page back to its catalogue (a site path; the page makes it a URL). */
export const catalogueCrumb = (kind: PageKind): { path: string; label: string } => ({
  path: cataloguePath(kind),
  label: PAGE_KINDS[kind].catalogue,
});

/** The breadcrumb to a service page. */
export const serviceCrumb = (page: ServicePage): { path: string; label: string } => ({
  path: SERVICE_PAGES[page].path,
  label: SERVICE_PAGES[page].label,
});

/** File name of the data ZIP on /daten/. */
export const DATA_ZIP = 'alle-daten.zip';
/** Folder of the PDF downloads. */
export const PDF_DIR = 'downloads';
/** Folder of the search index (Pagefind) in the built site. */
export const SEARCH_BUNDLE_DIR = 'pagefind';
/** File name of the sitemap in the built site. */
export const SITEMAP = 'sitemap.xml';

const data = SERVICE_PAGES.data.path;

/** The files of the data page, relative to it: the same paths on the site, in the ZIP and in datapackage.json. */
export const dataFiles = {
  csv: (dataset: string) => `${dataset}.csv`,
  indicatorCsv: (id: string) => `${cataloguePath('indicator')}/${id}.csv`,
  dataPackage: () => 'datapackage.json',
  zip: () => DATA_ZIP,
};
const search = SERVICE_PAGES.search.path;
const easy = SERVICE_PAGES.easyLanguage.path;
const implementation = SERVICE_PAGES.implementation.path;

/**
 * Site paths (without base path) of every page and file the site links to. Pages and components
 * never spell a path: they call `routes` (src/site/url.ts), which wraps these; src/lib uses them directly.
 */
export const sitePaths = {
  home: () => SERVICE_PAGES.home.path,
  service: (page: ServicePage) => SERVICE_PAGES[page].path,
  catalogue: cataloguePath,
  page: pagePath,
  /** A filter page of the action catalogue, e.g. massnahmen/status/beschlossen. */
  actionFilter: (key: string, slug: string) => `${cataloguePath('action')}/${key}/${slug}`,
  /** A filter page of „Stand der Umsetzung“. */
  implementationFilter: (key: string, slug: string) => `${implementation}/${key}/${slug}`,
  /** The findings of one priority field. */
  fieldFindings: (id: string) => `${cataloguePath('finding')}/handlungsfeld/${id}`,
  /** A priority field in Leichte Sprache. */
  easyField: (id: string) => `${easy}/${id}`,
  /** One letter of the A–Z keyword index, by its slug. */
  letter: (slug: string) => `${search}/${slug}`,
  /** The summary in a translated language. */
  summary: (lang: string) => lang,
  /** The search page of a translated language. */
  summarySearch: (lang: string) => `${lang}/${search}`,
  csv: (dataset: string) => `${data}/${dataFiles.csv(dataset)}`,
  svg: (finding: string) => `${data}/${finding}.svg`,
  indicatorCsv: (id: string) => `${data}/${dataFiles.indicatorCsv(id)}`,
  dataPackage: () => `${data}/${dataFiles.dataPackage()}`,
  dataZip: () => `${data}/${dataFiles.zip()}`,
  pdf: (file: string) => `${PDF_DIR}/${file}`,
  feed: () => `${SERVICE_PAGES.changes.path}.xml`,
  searchBundle: () => `${SEARCH_BUNDLE_DIR}/`,
  searchWords: () => `${search}/woerter.json`,
  sitemap: () => SITEMAP,
  favicon: () => 'favicon.svg',
};
