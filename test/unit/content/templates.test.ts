// The editors' templates, filled in as the guide says, pass every content rule.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { loadProject } from '../../../src/lib/project/load-project';
import { formatProblem } from '../../../src/lib/errors/problem';
import { copyFixture, type FixtureCopy } from '../../helpers/fixture-site';

let site: FixtureCopy | undefined;
afterEach(() => site?.cleanup());

const template = (path: string) => readFileSync(join('.', path), 'utf8');

it('templates for chapter, finding, dataset, source, field and action are valid once their names are filled in', () => {
  site = copyFixture('minimal');
  const names = (t: string) =>
    t.replace(/name-des-kapitels/g, 'neues-kapitel').replace(/name-des-befunds/g, 'neuer-befund').replace(/name-der-csv-datei/g, 'neuer-befund').replace(/name-der-quelle/g, 'neue-quelle')
      .replace(/\[sprache\]/g, '[sprache]').replace('Titel genau wie in data/handlungsfelder-prioritaet.csv', 'Familien');
  site.write('src/content/kapitel/neues-kapitel.mdx', names(template('src/content/kapitel/_vorlage.mdx')));
  site.write('src/content/befunde/neuer-befund.yaml', names(template('src/content/befunde/_vorlage.yaml')));
  site.write('data/neuer-befund.csv', template('data/_vorlage.csv'));
  site.write('src/content/quellen/neue-quelle.yaml', template('src/content/quellen/_vorlage.yaml'));
  site.write('src/content/massnahmen/neue-massnahme.md', names(template('src/content/massnahmen/_vorlage.md')));
  const { project, problems } = loadProject(site.root);
  expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
  expect(project.findings.map((f) => f.id)).toContain('neuer-befund');
  expect(project.actions.map((a) => a.id)).toContain('neue-massnahme');
  expect(project.findings.find((f) => f.id === 'neuer-befund')?.source.id).toBe('neue-quelle');
  // The field template only differs from a real field by its title, which must match the data.
  site.write('src/content/handlungsfelder/familien.md', names(template('src/content/handlungsfelder/_vorlage.md')).replace('reihenfolge: 99', 'reihenfolge: 2'));
  expect(loadProject(site.root).problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
});

it('the commented examples of the action template (decision, lead, milestones, status, goals) and the indicator and measurement templates are valid', () => {
  site = copyFixture('minimal');
  // Uncomment the example lines (YAML keys and list items are lower case; the explanations start upper case).
  const action = template('src/content/massnahmen/_vorlage.md')
    .replace('herkunft: Vorschlag der Redaktion\n', '')
    .replace(/^# (?=\s*(?:[a-z_]+:|- ))/gm, '')
    .replace('name-des-befunds', 'beteiligung')
    .replace('name-der-kennzahl', 'neue-kennzahl');
  site.write('src/content/massnahmen/beschlossen.md', action);
  for (const dir of ['src/content/kennzahlen', 'data/kennzahlen']) mkdirSync(join(site.root, dir));
  site.write('src/content/kennzahlen/neue-kennzahl.yaml', template('src/content/kennzahlen/_vorlage.yaml').replace('name-der-messreihe', 'neue-kennzahl'));
  site.write('data/kennzahlen/neue-kennzahl.csv', template('data/kennzahlen/_vorlage.csv'));
  const { project, problems } = loadProject(site.root, { today: '2026-11-26' });
  expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
  const decided = project.actions.find((a) => a.id === 'beschlossen')!;
  expect(decided.herkunft).toBe('Beschluss');
  expect(decided.beschluss?.vorlage).toBe('Drucksache 123/2026');
  expect(decided.status).toBe('in Vorbereitung');
  expect(decided.ziele[0]?.kennzahlen).toEqual(['neue-kennzahl']);
  expect(project.indicators.map((i) => [i.id, i.messungen.map((m) => [m.datum, m.wert])])).toEqual([['neue-kennzahl', [['2025-12-31', 24]]]]);
});
