/** Building a site from another process: what `npm run bench`, the test setup and the build tests share. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

/** The checkout whose code is built (the current working directory). */
const PROJECT = resolve('.');
/** Code and configuration copied into a fixture site; content and data come from the fixture. */
const CODE = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'scripts', 'src', 'public'];
// vitest puts Vite's own variables (BASE_URL, SITE, MODE …) into process.env; Astro would read
// BASE_URL and SITE from there instead of from BASE_PATH and SITE_URL.
const VITE_KEYS = ['BASE_URL', 'SITE', 'MODE', 'DEV', 'PROD', 'SSR', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'NODE_ENV'];

/** process.env without Vite's and vitest's variables, plus `extra`. */
function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of VITE_KEYS) delete env[key];
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

export interface SiteBuild {
  root: string;
  dist: string;
  status: number | null;
  output: string;
  /** Wall-clock seconds of the build. */
  seconds: number;
  /** Runs the build again (after changing files under root). */
  rebuild: () => SiteBuild;
  cleanup: () => void;
}

/** Copies this project's code plus `contentRoot`'s src/content and data/ into a temporary folder. */
export function prepareFixture(contentRoot: string): string {
  const root = mkdtempSync(join(tmpdir(), 'fixture-build-'));
  for (const entry of CODE) cpSync(join(PROJECT, entry), join(root, entry), { recursive: true });
  rmSync(join(root, 'src/content'), { recursive: true, force: true });
  cpSync(join(contentRoot, 'src/content'), join(root, 'src/content'), { recursive: true });
  if (existsSync(join(contentRoot, 'data'))) cpSync(join(contentRoot, 'data'), join(root, 'data'), { recursive: true });
  symlinkSync(join(PROJECT, 'node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}

/**
 * Runs `npm run build`'s script in `root`, writing to `out` (default root/dist). `wrapper` runs
 * the build inside another command (the bench uses /usr/bin/time for peak memory).
 */
export function buildAt(root: string, env: Record<string, string> = {}, out = join(root, 'dist'), wrapper: string[] = []): SiteBuild {
  const start = performance.now();
  const command = [...wrapper, join(PROJECT, 'node_modules/.bin/tsx'), 'scripts/build.ts', '--out', out];
  const result = spawnSync(command[0]!, command.slice(1), {
    cwd: root,
    env: childEnv(env),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return {
    root,
    dist: out,
    status: result.status,
    output: `${result.stdout}\n${result.stderr}`,
    seconds: (performance.now() - start) / 1000,
    rebuild: () => buildAt(root, env, out, wrapper),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** All files below dir, as paths relative to dir with forward slashes, sorted. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
}
