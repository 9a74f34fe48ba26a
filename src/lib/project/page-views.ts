/**
 * Views of the pages without route parameters (start page, catalogues, data, changes) and of the
 * filter pages: everything those pages select, count, sort or group, computed here, so the page
 * frontmatter is `const view = xView(validProject())` and the template only renders.
 * Components get the slice they render (cards, table rows), never the whole project.
 */
import type { Settings } from '../content/settings';
import { LANGUAGES, type LanguageInfo, type TranslationLanguage } from '../i18n/languages';
import type { KeyFigure } from './key-figures';
import { fieldShares, keyFigures } from './key-figures';
import { baseSurvey, citeSource, formatPeriod, type Source } from '../sources/source';
import { highlightedActions } from './highlights';
import { originCounts, statusShort } from './action-status';
import { actionsByFieldAndStatus, FACET_KEYS, facetGroups, facetValues, matches, STATUS_VALUES, type FacetGroup, type FacetKey, type FacetValue } from './filters';
import { implementationGroups, IMPLEMENTATION_FACETS, type ImplementationGroup } from './implementation';
import { fieldView } from './fields';
import { progressOf, summarizeIndicator } from './indicator-view';
import { measuredIndicators } from './datapackage';
import { projectDataZip } from './data-zip';
import { actionCards, type ActionCard } from './views';
import { laterPages, pageOf, PER_PAGE } from './pagination';
import { formatBytes, formatValue } from '../format';
import { baseLine } from '../charts/context';
import { citation } from '../citation';
import { changeItems, lastChanged, type ChangeItem } from '../changes/changes';
import { exportCsv } from '../data/export-csv';
import { PAGE_KIND_ORDER, PAGE_KINDS, sitePaths } from '../page-kinds';
import { ORIGINS } from '../content/schemas';
import { buildKeywordIndex, type LetterGroup } from './keyword-index';
import type { Verdict } from '../indicators/progress';
import type { Action, Field, Indicator, Project, SourcedFinding } from './model';

/** Turns a site path into an absolute URL (src/site/url.ts `absoluteUrl`; passed in because it knows the base). */
export type AbsoluteUrl = (path: string) => string;

// ---------------------------------------------------------------- start page

export interface HomeView {
  settings: Settings;
  /** The base survey (its year leads the page), if a source is one. */
  survey: Source | undefined;
  summaries: Array<{ lang: TranslationLanguage; info: LanguageInfo; title: string }>;
  figures: KeyFigure[];
  fieldCards: Array<{ field: Field; share: { value: string; href: string } | undefined; actions: number }>;
  highlights: Array<{ action: Action; status: string }>;
  counts: { actions: number; findings: number; chapters: number };
}

/** The start page: key figures, one card per priority field, the highlighted actions and the counts it links with. */
export function homeView(project: Project): HomeView {
  const shares = fieldShares(project);
  return {
    settings: project.settings,
    survey: baseSurvey(project.sources),
    summaries: project.translations.map((t) => ({ lang: t.lang, info: LANGUAGES[t.lang], title: t.titel })),
    figures: keyFigures(project),
    fieldCards: project.fields.map((field) => ({
      field,
      share: shares.get(field.titel),
      actions: project.actions.filter((a) => a.handlungsfelder.includes(field.id)).length,
    })),
    highlights: highlightedActions(project.actions).map((action) => ({ action, status: statusShort(action) })),
    counts: { actions: project.actions.length, findings: project.findings.length, chapters: project.chapters.length },
  };
}

// ---------------------------------------------------------------- priority fields

export interface FieldsCatalogueView {
  /** The ranking finding shown above the cards, if the project has one. */
  rankingId: string | undefined;
  cards: Array<{ field: Field; share: string | undefined; findings: number; actions: number }>;
}

/** The priority fields compared: the ranking finding and one card per field with its share and counts. */
export function fieldsCatalogueView(project: Project): FieldsCatalogueView {
  const views = project.fields.map((f) => fieldView(project, f.id));
  return {
    rankingId: views[0]?.ranking?.id,
    cards: views.map((v) => ({
      field: v.field,
      share: v.share?.wert != null && v.ranking ? formatValue(v.share.wert, v.ranking.einheit, v.share.genauigkeit) : undefined,
      findings: v.findings.length,
      actions: v.actions.length,
    })),
  };
}

// ---------------------------------------------------------------- actions

/** The table "Maßnahmen nach Handlungsfeld und Status": statuses that occur, one row per field. */
export interface ActionsByFieldTable {
  statuses: string[];
  rows: Array<{ field: Field; counts: number[]; total: number; /** Bar length, 0–100. */ bar: number }>;
}

export function actionsByFieldTable(actions: readonly Action[], fields: readonly Field[]): ActionsByFieldTable {
  const counts = actionsByFieldAndStatus(actions, fields);
  const statuses = [...new Set(counts.map((r) => r.status))];
  const totals = fields.map((f) => counts.filter((r) => r.field === f.titel).reduce((s, r) => s + r.count, 0));
  const max = Math.max(1, ...totals);
  return {
    statuses,
    rows: fields.map((field, i) => ({
      field,
      counts: statuses.map((s) => counts.find((r) => r.field === field.titel && r.status === s)?.count ?? 0),
      total: totals[i]!,
      bar: Math.round((totals[i]! / max) * 100),
    })),
  };
}

export interface ActionsCatalogueView {
  total: number;
  /** "9 Empfehlungen des Berichts, 11 Vorschläge der Redaktion". */
  origins: string;
  facets: FacetGroup[];
  cards: ActionCard[];
  byField: ActionsByFieldTable;
}

/** The action catalogue: every action as a card, the filters with counts and the table by field and status. */
export function actionsCatalogueView(project: Project): ActionsCatalogueView {
  const { actions, fields } = project;
  return {
    total: actions.length,
    origins: originCounts(actions),
    facets: facetGroups(facetValues(actions, fields), FACET_KEYS),
    cards: actionCards(actions, fields),
    byField: actionsByFieldTable(actions, fields),
  };
}

export interface ActionFilterView {
  value: FacetValue;
  /** Actions in the whole catalogue. */
  total: number;
  facets: FacetGroup[];
  cards: ActionCard[];
}

/** One static filter page of the action catalogue per facet value: routes for getStaticPaths. */
export function actionFilterRoutes(project: Project): Array<{ params: { key: FacetKey; slug: string }; props: ActionFilterView }> {
  const { actions, fields } = project;
  const values = facetValues(actions, fields);
  const facets = facetGroups(values, FACET_KEYS);
  return values.map((value) => ({
    params: { key: value.key, slug: value.slug },
    props: { value, total: actions.length, facets, cards: actionCards(actions.filter((a) => matches(a, value.key, value.slug)), fields) },
  }));
}

// ---------------------------------------------------------------- implementation status

export interface ImplementationView {
  /** The active filter, on a filter page. */
  value: FacetValue | undefined;
  total: number;
  origins: string;
  facets: FacetGroup[];
  groups: ImplementationGroup[];
}

const implementationFacets = (project: Project): FacetValue[] =>
  facetValues(project.actions, project.fields).filter((v) => IMPLEMENTATION_FACETS.includes(v.key));

/** „Stand der Umsetzung“: every action by field, with the filters it offers. */
export function implementationView(project: Project, value?: FacetValue): ImplementationView {
  return {
    value,
    total: project.actions.length,
    origins: originCounts(project.actions),
    facets: facetGroups(implementationFacets(project), IMPLEMENTATION_FACETS),
    groups: implementationGroups(project, value),
  };
}

/** A filter page of „Stand der Umsetzung“. */
export interface ImplementationFilterView extends ImplementationView {
  value: FacetValue;
}

/** One static filter page of „Stand der Umsetzung“ per facet value it offers: routes for getStaticPaths. */
export const implementationFilterRoutes = (project: Project): Array<{ params: { key: FacetKey; slug: string }; props: ImplementationFilterView }> =>
  implementationFacets(project).map((value) => ({ params: { key: value.key, slug: value.slug }, props: { ...implementationView(project, value), value } }));

// ---------------------------------------------------------------- indicators, sources

export interface IndicatorCard {
  indicator: Indicator;
  verdict: Verdict;
  summary: string;
}

/** Every indicator with its verdict and one-line summary. */
export const indicatorCards = (project: Project): IndicatorCard[] =>
  project.indicators.map((indicator) => ({ indicator, verdict: progressOf(indicator).verdict, summary: summarizeIndicator(indicator) }));

export interface SourceLine {
  source: Source;
  /** "Herausgeber: Titel (Jahr)". */
  citation: string;
  /** Survey period in German, if the source has one. */
  period: string | undefined;
}

const sourceLine = (source: Source): SourceLine => ({ source, citation: citeSource(source), period: formatPeriod(source.zeitraum) });

/** Every source with its citation, survey period and number of findings. */
export const sourceCards = (project: Project): Array<SourceLine & { findings: number }> =>
  project.sources.map((s) => ({ ...sourceLine(s), findings: project.findings.filter((f) => f.quelle === s.id).length }));

// ---------------------------------------------------------------- open data

export interface DatasetCard {
  finding: SourcedFinding;
  /** Size of the CSV file, formatted ("1,2 kB"). */
  csvSize: string;
  /** The base line without its "Basis: " prefix. */
  base: string;
  sourceCitation: string;
  chapterTitle: string;
  /** Rows with a value. */
  valued: number;
  /** How to cite the file: citation, absolute CSV URL and licence. */
  cite: string;
}

export interface DataPageView {
  settings: Settings;
  sources: SourceLine[];
  /** Size of the data ZIP, formatted. */
  zipSize: string;
  /** The datasets on this page (DATASETS_PER_PAGE at most), in report order. */
  datasets: DatasetCard[];
  /** Datasets of the whole site. */
  total: number;
  /** Indicators with a measurement file. */
  measured: Indicator[];
  page: number;
  pages: number;
  /** Site path of the first page ("daten"); later pages live at daten/seite/<n>. */
  basePath: string;
}

/** Dataset cards per page of /daten/ (each about 0.8 kB of HTML): no page grows with the site. */
export const DATASETS_PER_PAGE = PER_PAGE;

/**
 * One page of the open-data page: the CSVs of that page with their facts and citation, the ZIP's
 * size and the measurement files. The first page is /daten/, later ones /daten/seite/<n>/.
 */
export function dataPageView(project: Project, absoluteUrl: AbsoluteUrl, page = 1): DataPageView {
  const { findings, settings, chapters, indicators } = project;
  const { items, pages } = pageOf('data', findings, page, DATASETS_PER_PAGE);
  const bytes = (text: string) => new TextEncoder().encode(text).length;
  return {
    settings,
    sources: project.sources.map(sourceLine),
    zipSize: formatBytes(projectDataZip(project, absoluteUrl(sitePaths.service('data'))).length),
    datasets: items.map((f) => ({
      finding: f,
      csvSize: formatBytes(bytes(exportCsv(f.rows))),
      base: baseLine(f).replace(/^Basis: /, ''),
      sourceCitation: citeSource(f.source),
      chapterTitle: chapters.find((c) => c.id === f.kapitel)?.titel ?? f.kapitel,
      valued: f.rows.filter((r) => r.wert !== null).length,
      cite: `${citation(settings, f.titel, lastChanged(f.aenderungen))} ${absoluteUrl(sitePaths.csv(f.datensatz))} (${settings.lizenz.kurz})`,
    })),
    total: findings.length,
    measured: measuredIndicators(indicators),
    page,
    pages,
    basePath: sitePaths.service('data'),
  };
}

/** Route parameters of the pages of /daten/ after the first. */
export const laterDataPages = (project: Project): Array<{ n: string }> => laterPages(project.findings.length, DATASETS_PER_PAGE);

// ---------------------------------------------------------------- changes

export interface ChangesView {
  settings: Settings;
  /** Significant changes, newest first (the page and the Atom feed). */
  significant: ChangeItem[];
  /** Number of editorial changes (listed only on their pages). */
  editorial: number;
}

export function changesView(project: Project): ChangesView {
  const all = changeItems(project);
  const significant = all.filter((c) => c.art === 'wesentlich');
  return { settings: project.settings, significant, editorial: all.length - significant.length };
}

// ---------------------------------------------------------------- search page

export interface SearchPageView {
  /** The search filters, each with the values that occur on this site (none without a page). */
  facets: Array<{ key: string; values: readonly string[] }>;
  /** The letters of the A–Z keyword index. */
  groups: LetterGroup[];
}

/** The search page: its filters (only values some page has) and the letters of the keyword index. */
export function searchPageView(project: Project): SearchPageView {
  return {
    facets: [
      { key: 'Seitentyp', values: PAGE_KIND_ORDER.filter((k) => k !== 'indicator' || project.indicators.length > 0).map((k) => PAGE_KINDS[k].label) },
      { key: 'Handlungsfeld', values: project.fields.map((f) => f.titel) },
      { key: 'Herkunft', values: ORIGINS.filter((o) => project.actions.some((a) => a.herkunft === o)) },
      { key: 'Status', values: STATUS_VALUES.filter((s) => project.actions.some((a) => a.status === s)) },
    ],
    groups: buildKeywordIndex(project),
  };
}
