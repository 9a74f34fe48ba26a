/** One ZIP of every CSV plus a datapackage.json that points at the files beside it. */
import { strToU8, zipSync } from 'fflate';
import type { Settings } from '../content/settings';
import type { SourcedFinding } from './model';
import { exportCsv } from '../data/export-csv';
import { dataPackage } from './datapackage';

/**
 * The ZIP's bytes: `<datensatz>.csv` for every dataset (as on /daten/) and `datapackage.json` with
 * relative paths, so the package also validates offline. Time stamps are the content's Stand, so
 * the same content gives the same file.
 */
export function dataZip(findings: readonly SourcedFinding[], settings: Settings, homepage: string): Uint8Array {
  const mtime = new Date(`${settings.stand}T12:00:00Z`);
  const files: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const f of findings) files[`${f.datensatz}.csv`] ??= [strToU8(exportCsv(f.rows)), { mtime }];
  const pkg = dataPackage(findings, settings, { homepage, csvUrl: (d) => `${d}.csv` });
  files['datapackage.json'] = [strToU8(`${JSON.stringify(pkg, null, 2)}\n`), { mtime }];
  return zipSync(files, { level: 9 });
}
