/**
 * The kinds of content page, one row each: what a page of the kind is called (search filter
 * „Seitentyp“, A–Z index), what its catalogue is called (navigation, breadcrumb) and where both
 * live. Every page, link, breadcrumb, search filter and citation takes its words and paths from here.
 */
export interface PageKindInfo {
  /** One page of the kind, in German: the search filter value „Seitentyp“. */
  label: string;
  /** The catalogue of all pages of the kind (navigation, breadcrumbs). */
  catalogue: string;
  /** URL segment: pages live at `<segment>/<id>/`, the catalogue at `<segment>/`. */
  segment: string;
}

export const PAGE_KINDS = {
  chapter: { label: 'Kapitel', catalogue: 'Bericht', segment: 'kapitel' },
  finding: { label: 'Befund', catalogue: 'Befunde', segment: 'befunde' },
  field: { label: 'Handlungsfeld', catalogue: 'Handlungsfelder', segment: 'handlungsfelder' },
  action: { label: 'Maßnahme', catalogue: 'Maßnahmen', segment: 'massnahmen' },
  source: { label: 'Quelle', catalogue: 'Quellen', segment: 'quellen' },
  indicator: { label: 'Kennzahl', catalogue: 'Kennzahlen', segment: 'kennzahlen' },
} as const satisfies Record<string, PageKindInfo>;

export type PageKind = keyof typeof PAGE_KINDS;

/** The kinds in the order search filters and indexes list them (indicators only where a site has any). */
export const PAGE_KIND_ORDER: readonly PageKind[] = ['chapter', 'finding', 'field', 'action', 'source', 'indicator'];

/** Site path of one page, e.g. pagePath('action', 'sprachkurse') → 'massnahmen/sprachkurse'. */
export const pagePath = (kind: PageKind, id: string): string => `${PAGE_KINDS[kind].segment}/${id}`;

/** Site path of a kind's catalogue, e.g. 'massnahmen'. */
export const cataloguePath = (kind: PageKind): string => PAGE_KINDS[kind].segment;

/** The breadcrumb from a page back to its catalogue (a site path; the page makes it a URL). */
export const catalogueCrumb = (kind: PageKind): { path: string; label: string } => ({
  path: cataloguePath(kind),
  label: PAGE_KINDS[kind].catalogue,
});
