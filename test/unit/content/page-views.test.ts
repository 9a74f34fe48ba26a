// Views of the pages without route parameters and of the filter pages (src/lib/project/page-views.ts),
// checked on the lively fixture: 2 fields, 2 actions, 4 findings, 2 sources, 4 indicators.
import { describe, expect, it } from 'vitest';
import {
  actionFilterRoutes,
  actionsByFieldTable,
  actionsCatalogueView,
  changesView,
  dataPageView,
  DATASETS_PER_PAGE,
  laterDataPages,
  fieldsCatalogueView,
  homeView,
  implementationFilterRoutes,
  implementationView,
  indicatorCards,
  searchPageView,
  sourceCards,
} from '../../../src/lib/project/page-views';
import { findingsPage } from '../../../src/lib/project/findings-pages';
import { actionCards } from '../../../src/lib/project/views';
import { loadProject } from '../../../src/lib/project/load-project';
import type { Action, Field } from '../../../src/lib/project/model';
import { FIXTURES } from '../../helpers/fixture-site';
import { ORIGINS } from '../../../src/lib/content/schemas';

const project = loadProject(`${FIXTURES}lebendig`).project;
const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);

describe('homeView(project)', () => {
  const view = homeView(project);

  it('gives each field card its share from the ranking finding and its number of actions', () => {
    expect(view.fieldCards.map((c) => [c.field.id, c.share?.value, c.actions])).toEqual([['sprache', '67\u00a0%', 2], ['familien', '48\u00a0%', 1]]);
  });

  it('lists the furthest action first, with its short status, and counts the entries it links to', () => {
    expect(view.highlights.map((h) => [h.action.id, h.status])).toEqual([['arbeitskreise', 'in Umsetzung (Oktober 2025)'], ['sprachkurse', 'noch nicht festgelegt']]);
    expect(view.counts).toEqual({ actions: 2, findings: 4, chapters: 2 });
    expect(view.survey?.id).toBe('bericht-2018');
  });
});

describe('findings catalogue', () => {
  it('counts the findings of every field for the filter and resolves each card\'s chapter and fields', () => {
    const page = findingsPage(project, undefined, 1);
    expect([page.filter.all, page.filter.fields.map((f) => [f.field.id, f.count])]).toEqual([4, [['sprache', 1], ['familien', 1]]]);
    expect(page.cards.map((c) => [c.finding.id, c.chapter.id, ids(c.fields)])).toEqual([
      ['prioritaet', 'erstes', ['sprache', 'familien']],
      ['beteiligung', 'erstes', []],
      ['folgebefragung-beteiligung', 'erstes', []],
      ['angebote', 'zweites', []],
    ]);
    expect(page.cards.every((c) => c.summary.length > 0)).toBe(true);
  });
});

describe('fieldsCatalogueView(project)', () => {
  it('gives the ranking finding and per field its formatted share, findings and actions', () => {
    const view = fieldsCatalogueView(project);
    expect(view.rankingId).toBe('prioritaet');
    expect(view.cards.map((c) => [c.field.id, c.share, c.findings, c.actions])).toEqual([['sprache', '67\u00a0%', 1, 2], ['familien', '48\u00a0%', 1, 1]]);
  });
});

describe('actions', () => {
  it('actionCards names the fields in the action\'s order and keeps an unknown id as it is', () => {
    const fields = [{ id: 'a', titel: 'Alpha' }, { id: 'b', titel: 'Beta' }] as Field[];
    const action = { id: 'x', handlungsfelder: ['b', 'a', 'c'] } as unknown as Action;
    expect(actionCards([action], fields)[0]!.fieldTitles).toEqual(['Beta', 'Alpha', 'c']);
  });

  it('actionsByFieldTable keeps only statuses that occur, counts per field and scales bars to the largest field', () => {
    const table = actionsByFieldTable(project.actions, project.fields);
    expect(table.statuses).toEqual(['in Umsetzung', 'noch nicht festgelegt']);
    expect(table.rows.map((r) => [r.field.id, r.counts, r.total, r.bar])).toEqual([['sprache', [1, 1], 2, 100], ['familien', [0, 1], 1, 50]]);
    expect(actionsByFieldTable([], project.fields).rows.map((r) => r.bar)).toEqual([0, 0]);
  });

  it('actionsCatalogueView groups the filter values by facet in the order of FACET_KEYS', () => {
    const view = actionsCatalogueView(project);
    expect([view.total, view.origins]).toEqual([2, '1 Vorschlag der Redaktion, 1 Beschluss']);
    expect(view.facets.map((g) => [g.key, g.label, g.values.map((v) => `${v.slug}:${v.count}`)])).toEqual([
      ['handlungsfeld', 'Handlungsfeld', ['sprache:2', 'familien:1']],
      ['zielgruppe', 'Zielgruppe', ['ehrenamt:1', 'hauptamt:1', 'migrantinnen-und-migranten:1']],
      ['herkunft', 'Herkunft', ['vorschlag-der-redaktion:1', 'beschluss:1']],
      ['status', 'Status', ['in-umsetzung:1', 'noch-nicht-festgelegt:1']],
    ]);
  });

  it('actionFilterRoutes gives one page per offered value with the matching actions as cards', () => {
    const routes = actionFilterRoutes(project);
    expect(routes).toHaveLength(9);
    const byKey = Object.fromEntries(routes.map((r) => [`${r.params.key}/${r.params.slug}`, ids(r.props.cards.map((c) => c.action))]));
    expect(byKey['handlungsfeld/familien']).toEqual(['sprachkurse']);
    expect(byKey['status/in-umsetzung']).toEqual(['arbeitskreise']);
    for (const r of routes) expect([r.props.total, r.props.cards.length]).toEqual([2, r.props.value.count]);
  });
});

describe('„Stand der Umsetzung“', () => {
  it('implementationView offers only field, origin and status, and groups every action by field', () => {
    const view = implementationView(project);
    expect(view.facets.map((g) => g.key)).toEqual(['handlungsfeld', 'herkunft', 'status']);
    expect(view.groups.map((g) => [g.id, g.rows.map((r) => r.id)])).toEqual([['sprache', ['arbeitskreise', 'sprachkurse']], ['familien', ['sprachkurse']]]);
  });

  it('implementationFilterRoutes keeps only the groups with a matching action', () => {
    const routes = implementationFilterRoutes(project);
    expect(routes.map((r) => `${r.params.key}/${r.params.slug}`)).not.toContain('zielgruppe/ehrenamt');
    const beschluss = routes.find((r) => r.params.slug === 'beschluss')!.props;
    expect([beschluss.value.label, beschluss.groups.map((g) => g.id), beschluss.total]).toEqual(['Beschluss', ['sprache'], 2]);
  });
});

describe('indicators, sources, data and changes', () => {
  it('indicatorCards gives each indicator its verdict and summary', () => {
    expect(indicatorCards(project).map((c) => [c.indicator.id, c.verdict])).toEqual([
      ['geschulte-ehrenamtliche', 'Ziel erreicht'],
      ['arbeitskreis-sitzungen', 'auf Kurs'],
      ['kurse-mit-kinderbetreuung', 'im Verzug'],
      ['wartezeit-beratung', 'noch keine Messung'],
    ]);
  });

  it('sourceCards counts the findings resting on each source', () => {
    expect(sourceCards(project).map((s) => [s.source.id, s.period, s.findings])).toEqual([
      ['folgebefragung-2024', '04.03.–12.04.2024', 1],
      ['bericht-2018', '19.06.–31.07.2018', 3],
    ]);
  });

  it('dataPageView gives every CSV its facts and a citation with the absolute URL, and the measured indicators', () => {
    const view = dataPageView(project, (path) => `https://example.org/${path}`);
    const first = view.datasets[0]!;
    expect([first.finding.id, first.chapterTitle, first.valued, first.base]).toEqual(['prioritaet', 'Erstes Kapitel', 2, '50 Fragebögen (alle ausgewerteten).']);
    expect(first.cite).toMatch(/„Prioritäre Handlungsfelder“.* https:\/\/example\.org\/daten\/handlungsfelder-prioritaet\.csv \(dl-de\/by-2-0\)$/);
    expect(view.datasets).toHaveLength(4);
    expect(ids(view.measured)).toEqual(['geschulte-ehrenamtliche', 'arbeitskreis-sitzungen', 'kurse-mit-kinderbetreuung']);
    expect(view.zipSize).toMatch(/^\d+\u00a0kB$/);
  });

  it('dataPageView puts 120 CSVs on pages of 50 (/daten/, /daten/seite/2/, …), the first page with everything else', () => {
    const many = { ...project, findings: Array.from({ length: 120 }, (_, i) => ({ ...project.findings[i % project.findings.length]!, id: `fiktiv-${i + 1}` })) };
    const first = dataPageView(many, (path) => path);
    const last = dataPageView(many, (path) => path, 3);
    expect([first.datasets.length, first.total, first.pages, first.basePath]).toEqual([DATASETS_PER_PAGE, 120, 3, 'daten']);
    expect([last.datasets.length, last.page, last.datasets.at(-1)!.finding.id]).toEqual([20, 3, 'fiktiv-120']);
    expect(laterDataPages(many)).toEqual([{ n: '2' }, { n: '3' }]);
    expect(laterDataPages(project)).toEqual([]);
    expect(() => dataPageView(many, (path) => path, 4)).toThrow(/No data page 4/);
  });

  it('changesView lists the significant changes newest first and counts the editorial ones', () => {
    const view = changesView(project);
    expect(view.significant.map((c) => c.path)).toEqual(['befunde/folgebefragung-beteiligung', 'quellen/folgebefragung-2024']);
    expect(view.significant.every((c) => c.art === 'wesentlich')).toBe(true);
    expect(view.editorial).toBe(1);
  });
});

describe('searchPageView(project)', () => {
  const view = searchPageView(project);
  const values = (key: string) => view.facets.find((f) => f.key === key)?.values;

  it('offers only filter values some page of the site has', () => {
    expect(values('Seitentyp')).toContain('Kennzahl');
    expect(values('Handlungsfeld')).toEqual(project.fields.map((f) => f.titel));
    expect(values('Herkunft')).toEqual([...new Set(project.actions.map((a) => a.herkunft))].sort((a, b) => ORIGINS.indexOf(a) - ORIGINS.indexOf(b)));
    expect(values('Status')!.every((s) => project.actions.some((a) => a.status === s))).toBe(true);
  });

  it('has no indicator filter on a site without indicators', () => {
    const none = searchPageView({ ...project, indicators: [] });
    expect(none.facets.find((f) => f.key === 'Seitentyp')?.values).not.toContain('Kennzahl');
  });
});
