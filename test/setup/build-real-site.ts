// Builds the real site once per test run, at the root and under a sub-path, and the fixture site
// 'lebendig' (fictitious follow-up data), for the build and browser tests. Set SKIP_SITE_BUILD=1
// to reuse an earlier build while working on tests.
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildAt, prepareFixture } from '../../src/lib/build/build-site';
import { FIXTURES } from '../helpers/fixture-site';
import { LEBENDIG_SITE, REAL_SITE, SUBPATH_SITE, SUBPATH } from '../helpers/paths';

function build(out: string, env: Record<string, string>, fixture?: string): void {
  if (process.env.SKIP_SITE_BUILD === '1' && existsSync(out)) return;
  // The build takes a minute or two: say so, or the run looks stuck.
  console.log(`[site] building ${fixture ? `the fixture '${fixture}'` : 'the real site'} into ${out} (base ${env.BASE_PATH}) …`);
  const root = fixture ? prepareFixture(join(FIXTURES, fixture)) : resolve('.');
  const result = buildAt(root, env, out);
  if (fixture) rmSync(root, { recursive: true, force: true });
  // Kept beside the site for the build tests (no warnings, e.g. from CSS minification).
  writeFileSync(`${out}.log`, result.output);
  if (result.status !== 0) throw new Error(`Site build failed:\n${result.output}`);
  console.log(`[site] built in ${result.seconds.toFixed(0)} s`);
}

export default function setup(): void {
  build(REAL_SITE, { BASE_PATH: '/' });
  build(SUBPATH_SITE, { BASE_PATH: SUBPATH, SITE_URL: 'https://www.kreis-kleve.de' });
  build(LEBENDIG_SITE, { BASE_PATH: '/', SITE_URL: 'https://www.kreis-kleve.de' }, 'lebendig');
}
