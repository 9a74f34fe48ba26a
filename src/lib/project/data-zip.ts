/** One ZIP of every CSV plus a datapackage.json that points at the files beside it. */
import { strToU8, zipSync } from 'fflate';
import type { Settings } from '../content/settings';
import { exportCsv, exportMeasurementsCsv } from '../data/export-csv';
import { dataFiles } from '../page-kinds';
import { dataPackage, measuredIndicators, type PackageContent } from './datapackage';
import type { Project } from './model';

/**
 * The ZIP's bytes: `<datensatz>.csv` for every dataset, `kennzahlen/<id>.csv` for every indicator
 * with measurements (as on /daten/), and `datapackage.json` with the same relative paths, so the
 * package also validates offline. Time stamps are the content's Stand, so the same content gives
 * the same file.
 */
export function dataZip(content: PackageContent, settings: Settings, homepage: string): Uint8Array {
  const mtime = new Date(`${settings.stand}T12:00:00Z`);
  const files: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const f of content.findings) files[dataFiles.csv(f.datensatz)] ??= [strToU8(exportCsv(f.rows)), { mtime }];
  for (const i of measuredIndicators(content.indicators)) files[dataFiles.indicatorCsv(i.id)] = [strToU8(exportMeasurementsCsv(i.messungen)), { mtime }];
  const pkg = dataPackage(content, settings, { homepage });
  files[dataFiles.dataPackage()] = [strToU8(`${JSON.stringify(pkg, null, 2)}\n`), { mtime }];
  return zipSync(files, { level: 9 });
}

const built = new WeakMap<Project, Uint8Array>();

/**
 * The site's data ZIP, built once per project: every page of /daten/ shows its size and
 * /daten/alle-daten.zip serves the same bytes (level-9 compression of every CSV is not free).
 */
export function projectDataZip(project: Project, homepage: string): Uint8Array {
  let zip = built.get(project);
  if (!zip) {
    zip = dataZip(project, project.settings, homepage);
    built.set(project, zip);
  }
  return zip;
}
