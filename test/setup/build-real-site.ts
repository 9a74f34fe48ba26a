// Builds the real site once per test run, at the root and under a sub-path, for the build and
// browser tests. Set SKIP_SITE_BUILD=1 to reuse an earlier build while working on tests.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { childEnv } from '../helpers/child-env';
import { REAL_SITE, SUBPATH_SITE, SUBPATH } from '../helpers/paths';

function build(out: string, env: Record<string, string>): void {
  if (process.env.SKIP_SITE_BUILD === '1' && existsSync(out)) return;
  const result = spawnSync('node_modules/.bin/tsx', ['scripts/build.ts', '--out', out], {
    env: childEnv(env),
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`Site build failed:\n${result.stdout}\n${result.stderr}`);
}

export default function setup(): void {
  build(REAL_SITE, { BASE_PATH: '/' });
  build(SUBPATH_SITE, { BASE_PATH: SUBPATH, SITE_URL: 'https://www.kreis-kleve.de' });
}
