// npm run build: `astro build` into a fresh folder (the site integration adds the search index,
// sitemap and PDF there), and only then replaces the output folder. A failed build leaves the
// last good site exactly as it was. Usage: tsx scripts/build.ts [--out dist]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { report } from '../src/lib/errors/messages';

const outArg = process.argv.indexOf('--out');
const out = resolve(outArg > 0 ? process.argv[outArg + 1]! : 'dist');
const work = resolve(dirname(out), `.${basename(out)}-build`);
const next = join(work, 'site');
const previous = join(work, 'previous');

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const astro = resolve('node_modules', '.bin', 'astro');
const result = spawnSync(astro, ['build'], { stdio: 'inherit', env: { ...process.env, BUILD_OUT_DIR: next } });
if (result.status !== 0) {
  rmSync(work, { recursive: true, force: true });
  console.error(`\n${report.buildFailed(out)}`);
  process.exit(result.status ?? 1);
}
if (existsSync(out)) renameSync(out, previous);
renameSync(next, out);
rmSync(work, { recursive: true, force: true });
console.log(`\n${report.buildDone(out)}`);
