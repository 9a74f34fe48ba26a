import { Package } from 'datapackage';
import { describe, expect, it } from 'vitest';
import { dataPackage } from '../../../src/lib/project/datapackage';
import { loadProject } from '../../../src/lib/project/load-project';
import { FIXTURES } from '../../helpers/fixture-site';

const { project } = loadProject(`${FIXTURES}minimal`);
const options = { homepage: 'https://example.org/daten/' };

describe('dataPackage({ findings, indicators }, settings, options)', () => {
  it('is a valid Frictionless tabular data package', async () => {
    const descriptor = dataPackage(project, project.settings, options);
    const pkg = await Package.load(JSON.parse(JSON.stringify(descriptor)), { basePath: `${FIXTURES}minimal/data` });
    expect(pkg.errors.map(String)).toEqual([]);
    expect(pkg.valid).toBe(true);
  });

  it('describes every dataset with licence, German number format and missing-value markers', () => {
    const descriptor = dataPackage(project, project.settings, options);
    expect(descriptor.resources.map((r) => r.path)).toEqual(project.findings.map((f) => `${f.datensatz}.csv`));
    expect(descriptor.licenses[0]).toEqual({ name: 'DL-DE-BY-2.0', path: 'https://www.govdata.de/dl-de/by-2-0', title: 'Datenlizenz Deutschland – Namensnennung – Version 2.0' });
    const wert = descriptor.resources[0]!.schema.fields.find((f) => f.name === 'Wert');
    expect(wert).toMatchObject({ type: 'number', decimalChar: ',' });
    expect(descriptor.resources[0]!.schema.missingValues).toContain('');
    expect(descriptor.created).toBe('2020-01-31T00:00:00Z');
  });
});

describe('dataPackage of a site with indicator measurements', () => {
  const lively = loadProject(`${FIXTURES}lebendig`).project;
  const descriptor = dataPackage(lively, lively.settings, options);
  const measured = lively.indicators.filter((i) => i.datei);

  it('describes each measurement CSV with the measurement columns, and stays valid', async () => {
    expect(measured.length).toBeGreaterThan(0);
    const resources = descriptor.resources.filter((r) => r.name.startsWith('kennzahl-'));
    expect(resources.map((r) => r.path)).toEqual(measured.map((i) => `kennzahlen/${i.id}.csv`));
    expect(resources[0]!.schema.fields.map((f) => f.name)).toEqual(['Datum', 'Wert', 'Quelle', 'Anmerkung']);
    expect(resources[0]!.schema.fields[0]).toMatchObject({ type: 'string', constraints: { required: true, pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' } });
    expect(descriptor.title).toMatch(/Daten der Befunde und Kennzahlen$/);
    const pkg = await Package.load(JSON.parse(JSON.stringify(descriptor)), { basePath: `${FIXTURES}lebendig/data` });
    expect(pkg.errors.map(String)).toEqual([]);
    expect(pkg.valid).toBe(true);
  });
});
