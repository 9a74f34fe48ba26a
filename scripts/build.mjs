// Builds the site into a fresh folder, indexes it for search, and only then replaces the
// output folder: a failed build leaves the last good site exactly as it was.
// Usage: node scripts/build.mjs [--out dist]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const outArg = process.argv.indexOf('--out');
const out = resolve(outArg > 0 ? process.argv[outArg + 1] : 'dist');
const work = resolve(dirname(out), `.${out.split(/[\\/]/).pop()}-build`);
const next = resolve(work, 'site');
const previous = resolve(work, 'previous');
const bin = (name) => resolve('node_modules', '.bin', name);

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    rmSync(work, { recursive: true, force: true });
    console.error(
      `\nDer Bau ist fehlgeschlagen (${command.split(/[\\/]/).pop()}). Die bisher veröffentlichte Fassung in ${out} ist unverändert.`,
    );
    process.exit(result.status ?? 1);
  }
}

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
run(bin('astro'), ['build'], { BUILD_OUT_DIR: next });
run(bin('pagefind'), ['--site', next]);
if (existsSync(out)) renameSync(out, previous);
renameSync(next, out);
rmSync(work, { recursive: true, force: true });
console.log(`\nFertig: die Website liegt in ${out}.`);
