// Builds the real site once per test run, at the root and under a sub-path, for the build and
// browser tests. Set SKIP_SITE_BUILD=1 to reuse an earlier build while working on tests.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildAt } from '../../src/lib/build/build-site';
import { REAL_SITE, SUBPATH_SITE, SUBPATH } from '../helpers/paths';

function build(out: string, env: Record<string, string>): void {
  if (process.env.SKIP_SITE_BUILD === '1' && existsSync(out)) return;
  // The build takes a minute or two: say so, or the run looks stuck.
  console.log(`[site] building the real site into ${out} (base ${env.BASE_PATH}) …`);
  const result = buildAt(resolve('.'), env, out);
  if (result.status !== 0) throw new Error(`Site build failed:\n${result.output}`);
  console.log(`[site] built in ${result.seconds.toFixed(0)} s`);
}

export default function setup(): void {
  build(REAL_SITE, { BASE_PATH: '/' });
  build(SUBPATH_SITE, { BASE_PATH: SUBPATH, SITE_URL: 'https://www.kreis-kleve.de' });
}
