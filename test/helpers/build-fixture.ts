// Builds a fixture site with this project's code: copies the code (not the content) and the
// fixture's content and data into a temporary folder and runs the real build script there.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { childEnv } from './child-env';

const PROJECT = resolve('.');
const CODE = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'scripts', 'src', 'public'];

export interface FixtureBuild {
  root: string;
  dist: string;
  status: number | null;
  output: string;
  /** Runs the build again (after changing files under root). */
  rebuild: () => FixtureBuild;
  cleanup: () => void;
}

/** Copies project code plus `contentRoot`'s src/content and data/ into a temp folder. */
export function prepareFixture(contentRoot: string): string {
  const root = mkdtempSync(join(tmpdir(), 'fixture-build-'));
  for (const entry of CODE) cpSync(join(PROJECT, entry), join(root, entry), { recursive: true });
  rmSync(join(root, 'src/content'), { recursive: true, force: true });
  cpSync(join(contentRoot, 'src/content'), join(root, 'src/content'), { recursive: true });
  if (existsSync(join(contentRoot, 'data'))) cpSync(join(contentRoot, 'data'), join(root, 'data'), { recursive: true });
  symlinkSync(join(PROJECT, 'node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}

/** Runs `npm run build`'s script in `root`. */
export function buildAt(root: string, env: Record<string, string> = {}): FixtureBuild {
  const result = spawnSync(join(PROJECT, 'node_modules/.bin/tsx'), ['scripts/build.ts'], {
    cwd: root,
    env: childEnv({ ...env, ASTRO_TELEMETRY_DISABLED: '1' }),
    encoding: 'utf8',
  });
  return {
    root,
    dist: join(root, 'dist'),
    status: result.status,
    output: `${result.stdout}\n${result.stderr}`,
    rebuild: () => buildAt(root, env),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}
