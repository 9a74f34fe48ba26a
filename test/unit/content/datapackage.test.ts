import { Package } from 'datapackage';
import { describe, expect, it } from 'vitest';
import { dataPackage } from '../../../src/lib/project/datapackage';
import { loadProject } from '../../../src/lib/project/load-project';
import { FIXTURES } from '../../helpers/fixture-site';

const { project } = loadProject(`${FIXTURES}minimal`);
const options = { homepage: 'https://example.org/daten/', csvUrl: (d: string) => `https://example.org/daten/${d}.csv` };

describe('dataPackage(findings, settings, options)', () => {
  it('is a valid Frictionless tabular data package', async () => {
    const descriptor = dataPackage(project.findings, project.settings, options);
    const pkg = await Package.load(JSON.parse(JSON.stringify(descriptor)), { basePath: `${FIXTURES}minimal/data` });
    expect(pkg.errors.map(String)).toEqual([]);
    expect(pkg.valid).toBe(true);
  });

  it('describes every dataset with licence, German number format and missing-value markers', () => {
    const descriptor = dataPackage(project.findings, project.settings, options);
    expect(descriptor.resources.map((r) => r.path)).toEqual(project.findings.map((f) => `${f.datensatz}.csv`));
    expect(descriptor.licenses[0]).toEqual({ name: 'DL-DE-BY-2.0', path: 'https://www.govdata.de/dl-de/by-2-0', title: 'Datenlizenz Deutschland – Namensnennung – Version 2.0' });
    const wert = descriptor.resources[0]!.schema.fields.find((f) => f.name === 'Wert');
    expect(wert).toMatchObject({ type: 'number', decimalChar: ',' });
    expect(descriptor.resources[0]!.schema.missingValues).toContain('');
    expect(descriptor.created).toBe('2020-01-31T00:00:00Z');
  });
});
