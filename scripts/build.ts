// npm run build: builds the site into a fresh folder, indexes it for search, writes the
// sitemap, and only then replaces the output folder. A failed build leaves the last good site
// exactly as it was. Usage: tsx scripts/build.ts [--out dist]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { renderSitemap, sitemapEntry, type SitemapEntry } from '../src/lib/sitemap';

const outArg = process.argv.indexOf('--out');
const out = resolve(outArg > 0 ? process.argv[outArg + 1]! : 'dist');
const work = resolve(dirname(out), `.${basename(out)}-build`);
const next = join(work, 'site');
const previous = join(work, 'previous');
const bin = (name: string) => resolve('node_modules', '.bin', name);

function fail(step: string, status: number | null): never {
  rmSync(work, { recursive: true, force: true });
  console.error(`\nDer Bau ist fehlgeschlagen (${step}). Die bisherige Fassung in ${out} ist unverändert.`);
  process.exit(status ?? 1);
}

function run(step: string, command: string, args: string[], env: Record<string, string> = {}): void {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) fail(step, result.status);
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
run('astro build', bin('astro'), ['build'], { BUILD_OUT_DIR: next });
run('pagefind', bin('pagefind'), ['--site', next]);
// The site has its own search interface: drop Pagefind's bundled UIs (about 300 kB never loaded).
for (const file of readdirSync(join(next, 'pagefind'))) {
  if (/^pagefind-(component-|modular-)?ui\./.test(file)) rmSync(join(next, 'pagefind', file));
}
const entries = htmlFiles(next)
  .map((file) => sitemapEntry(readFileSync(file, 'utf8')))
  .filter((e): e is SitemapEntry => e !== undefined);
writeFileSync(join(next, 'sitemap.xml'), renderSitemap(entries));
if (existsSync(out)) renameSync(out, previous);
renameSync(next, out);
rmSync(work, { recursive: true, force: true });
console.log(`\nFertig: die Website liegt in ${out}.`);
