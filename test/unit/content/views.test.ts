import { describe, expect, it } from 'vitest';
import { actionView, byId, chapterToc, chapterView, findingView, pageRoutes, sourceView } from '../../../src/lib/project/views';
import { fieldView } from '../../../src/lib/project/fields';
import { indicatorView } from '../../../src/lib/project/indicator-view';
import { loadProject } from '../../../src/lib/project/load-project';
import { FIXTURES } from '../../helpers/fixture-site';

const { project, problems } = loadProject(`${FIXTURES}minimal`);
const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);

describe('page views of the minimal fixture', () => {
  it('loads without errors', () => expect(problems.filter((p) => p.severity === 'error')).toEqual([]));

  it('chapterView(project, id) gives neighbours in reading order, total and fields', () => {
    const first = chapterView(project, 'erstes');
    expect([first.previous?.id, first.chapter.id, first.next?.id, first.total]).toEqual([undefined, 'erstes', 'zweites', 2]);
    expect(ids(first.fields)).toEqual(['sprache']);
    const last = chapterView(project, 'zweites');
    expect([last.previous?.id, last.next?.id]).toEqual(['erstes', undefined]);
  });

  it('findingView(project, id) gives the embedding chapter, fields and the actions citing it', () => {
    const view = findingView(project, 'prioritaet');
    expect(view.chapter.id).toBe('erstes');
    expect(ids(view.fields).sort()).toEqual(['familien', 'sprache']);
    expect(ids(view.actions)).toEqual(['sprachkurse']);
    expect(findingView(project, 'beteiligung').fields).toEqual([]);
  });

  it('actionView(project, id) gives the evidence in the order the action cites it', () => {
    const view = actionView(project, 'sprachkurse');
    expect(ids(view.evidence)).toEqual(['prioritaet', 'angebote']);
    expect(ids(view.fields).sort()).toEqual(['familien', 'sprache']);
  });

  it('throws a developer error for an unknown id instead of rendering undefined', () => {
    expect(() => chapterView(project, 'gibt-es-nicht')).toThrow('Unknown chapter "gibt-es-nicht"');
    expect(() => byId(project.actions, undefined, 'action')).toThrow('Unknown action');
  });
});

describe('chapterToc(headings)', () => {
  it('keeps h2 and h3 and says whether there are sections', () => {
    const h = (depth: number, slug: string) => ({ depth, slug, text: slug });
    expect(chapterToc([h(2, 'a'), h(3, 'b'), h(4, 'c')])).toEqual({ toc: [h(2, 'a'), h(3, 'b')], hasSections: true });
    expect(chapterToc([h(3, 'b')]).hasSections).toBe(false);
  });
});

describe('page views of the lively fixture', () => {
  const lively = loadProject(`${FIXTURES}lebendig`).project;

  it('pageRoutes(entries, view) gives one route per entry with its view as props', () => {
    const routes = pageRoutes(lively.sources, (id) => sourceView(lively, id));
    expect(routes.map((r) => r.params.id)).toEqual(ids(lively.sources));
    for (const r of routes) {
      expect(r.props.source.id).toBe(r.params.id);
      expect(r.props.findings.every((f) => f.quelle === r.params.id)).toBe(true);
    }
    expect(routes.flatMap((r) => ids(r.props.findings)).sort()).toEqual(ids(lively.findings).sort());
  });

  it('resolves the indicators of goals, and the goals that use an indicator', () => {
    const goals = actionView(lively, 'arbeitskreise').goals;
    expect(goals.map((g) => ids(g.indicators))).toEqual([['arbeitskreis-sitzungen', 'geschulte-ehrenamtliche'], []]);
    expect(ids(fieldView(lively, 'familien').goals[0]!.indicators)).toEqual(['kurse-mit-kinderbetreuung', 'wartezeit-beratung']);
    const view = indicatorView(lively, 'arbeitskreis-sitzungen');
    expect(view.uses.map((u) => u.path)).toEqual(['massnahmen/arbeitskreise']);
    expect(() => indicatorView(lively, 'gibt-es-nicht')).toThrow('Unknown indicator');
  });
});
