import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { dataZip } from '../../../src/lib/project/data-zip';
import { formatBytes, formatCount } from '../../../src/lib/format';
import { loadProject } from '../../../src/lib/project/load-project';
import { exportMeasurementsCsv } from '../../../src/lib/data/export-csv';
import { FIXTURES } from '../../helpers/fixture-site';

const { project } = loadProject('.');

describe('dataZip({ findings, indicators }, settings, homepage)', () => {
  const zip = dataZip(project, project.settings, 'https://example.org/daten/');
  const files = unzipSync(zip);

  it('holds every dataset as CSV and a datapackage.json with paths beside it', () => {
    const csvs = [...new Set(project.findings.map((f) => `${f.datensatz}.csv`))].sort();
    expect(Object.keys(files).sort()).toEqual([...csvs, 'datapackage.json'].sort());
    const pkg = JSON.parse(strFromU8(files['datapackage.json']!));
    expect(pkg.resources.map((r: { path: string }) => r.path).sort()).toEqual(csvs);
  });

  it('writes each CSV exactly as the single download (BOM, semicolons)', () => {
    const first = project.findings[0]!;
    const bytes = files[`${first.datensatz}.csv`]!;
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(strFromU8(bytes.slice(3))).toMatch(/^Kategorie;Gruppe;Wert/);
  });

  it('is the same file for the same content (no build clock inside)', () => {
    expect(dataZip(project, project.settings, 'https://example.org/daten/')).toEqual(zip);
  });
});

describe('dataZip of a site with indicator measurements', () => {
  const lively = loadProject(`${FIXTURES}lebendig`).project;
  const files = unzipSync(dataZip(lively, lively.settings, 'https://example.org/daten/'));
  const measured = lively.indicators.filter((i) => i.datei);

  it('holds each measurement CSV beside the datasets, described in datapackage.json', () => {
    const csvs = measured.map((i) => `kennzahlen/${i.id}.csv`);
    expect(csvs.length).toBeGreaterThan(0);
    expect(Object.keys(files)).toEqual(expect.arrayContaining(csvs));
    expect(strFromU8(files[csvs[0]!]!.slice(3))).toBe(exportMeasurementsCsv(measured[0]!.messungen).slice(1));
    const pkg = JSON.parse(strFromU8(files['datapackage.json']!));
    expect(pkg.resources.map((r: { path: string }) => r.path)).toEqual(expect.arrayContaining(csvs));
  });
});

describe('formatCount and formatBytes', () => {
  it.each([
    [formatCount(1, 'Zeile', 'Zeilen'), '1\u00a0Zeile'],
    [formatCount(13, 'Zeile', 'Zeilen'), '13\u00a0Zeilen'],
    [formatCount(0, 'Datei', 'Dateien'), '0\u00a0Dateien'],
    [formatCount(1234, 'Zeile', 'Zeilen'), '1.234\u00a0Zeilen'],
    [formatBytes(830), '830\u00a0Byte'],
    [formatBytes(4230), '4,2\u00a0kB'],
    [formatBytes(1_300_000), '1,3\u00a0MB'],
  ])('%j is %j', (actual, expected) => expect(actual).toBe(expected));
});
