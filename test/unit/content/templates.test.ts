// The editors' templates, filled in as the guide says, pass every content rule.
import { readFileSync } from 'node:fs';
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
