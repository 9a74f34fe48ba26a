// npm run bench: how long builds take, how much memory they need and where the time goes, on the
// real site and on generated sites (default 100 and 1,000 chapters with one chart each), plus a
// rebuild after changing one CSV, `npm run check` and the bytes of a first search. A benchmark,
// not a test: it prints figures and the machine's load (other processes make them noisy) and
// writes nothing into the project (it only empties the cache of `npm run check` to time a cold
// run). Usage: nice tsx scripts/bench.ts [sizes…]; the column „größte HTML-Datei“ shows whether a
// page grows with the number of findings (catalogues are paginated, 50 entries a page).
import { cpus, loadavg } from 'node:os';
import { spawnSync } from 'node:child_process';
import { get as httpGet } from 'node:http';
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildAt, listFiles, prepareFixture, type SiteBuild } from '../src/lib/build/build-site';
import { parseBuildProfile } from '../src/lib/build/profile';
import { CLEAN_CACHE_DIR } from '../src/lib/project/clean-cache';
import { launchBrowser, chromiumPath } from '../test/helpers/browser';
import { NGINX, startNginx } from '../test/helpers/servers';
import { serveStatic } from '../test/helpers/static-server';
import { lighthouseScores, lighthouseTable } from './lighthouse';

const FIXTURE = 'test/fixtures/sites/minimal';
const TIME = '/usr/bin/time';
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const load = () => loadavg().map((l) => l.toFixed(2)).join(' / ');
const r1 = (n: number | undefined) => (n === undefined ? '–' : (Math.round(n * 10) / 10).toLocaleString('de-DE'));

/** A CSV of five categories for generated chapter i. */
const csv = (i: number, shift = 0) =>
  `Kategorie;Gruppe;Wert;Genauigkeit;Aussage im Bericht;Herkunft;Abschnitt\n${['A', 'B', 'C', 'D', 'E']
    .map((c, j) => `Kategorie ${c};;${(i * 7 + j * 13 + shift) % 100};;;Bericht;Test`).join('\n')}\n`;

/** Writes a site with n chapters, each embedding one bar chart. */
function generateSite(n: number): string {
  const root = prepareFixture(FIXTURE);
  const content = join(root, 'src/content');
  for (const dir of ['kapitel', 'befunde']) mkdirSync(join(content, dir), { recursive: true });
  for (let i = 1; i <= n; i++) {
    const id = `k-${String(i).padStart(4, '0')}`;
    writeFileSync(join(content, 'kapitel', `${id}.mdx`), `---\ntitel: Kapitel ${i}\nreihenfolge: ${i + 2}\nzusammenfassung: Erzeugtes Kapitel ${i}.\nhandlungsfelder: [sprache]\n---\n\n## Abschnitt\n\nText zu Kapitel ${i} über Sprachkurse und Kitaplätze.\n\n<Befund id="b-${id}" />\n`);
    writeFileSync(join(content, 'befunde', `b-${id}.yaml`), `titel: Befund ${i}\nkapitel: ${id}\nquelle: testbefragung\nbasis: alle\neinheit: anteil\ndiagramm: balken\ndatensatz: b-${id}\nabschnitt: Test\nhandlungsfelder: [sprache]\n`);
    writeFileSync(join(root, 'data', `b-${id}.csv`), csv(i));
  }
  return root;
}

interface Row { site: string; seconds: number; cpuSeconds?: number; maxRssMb?: number; pages: number; totalKb: number; searchKb: number; largestHtml: string; output: string; build: SiteBuild }

/** Budget for one HTML file (issue 12): pages that grow with the findings are paginated to stay under it. */
const HTML_BUDGET_KB = 200;

/** The largest HTML file of a built site, as "path (kB)", flagged when it is over the budget. */
function largestHtml(dist: string, pages: string[]): string {
  const [page, bytes] = pages.map((p) => [p, statSync(join(dist, p)).size] as const).sort((a, b) => b[1] - a[1])[0]!;
  const kb = Math.round(bytes / 102.4) / 10;
  return `${page} (${kb}${kb > HTML_BUDGET_KB ? ` – über ${HTML_BUDGET_KB} kB!` : ''})`;
}

/** One build under /usr/bin/time: wall time, peak memory of the largest process, sizes. */
function measure(site: string, build: () => SiteBuild): Row {
  const b = build();
  if (b.status !== 0) throw new Error(`${site} failed:\n${b.output.slice(-3000)}`);
  const files = listFiles(b.dist);
  const size = (f: string) => statSync(join(b.dist, f)).size;
  const rss = /MAXRSS_KB=(\d+)/.exec(b.output)?.[1];
  const cpu = /CPU_S=([\d.]+)\+([\d.]+)/.exec(b.output);
  return {
    site,
    seconds: b.seconds,
    cpuSeconds: cpu ? Number(cpu[1]) + Number(cpu[2]) : undefined,
    maxRssMb: rss ? Number(rss) / 1024 : undefined,
    pages: files.filter((f) => f.endsWith('.html')).length,
    largestHtml: largestHtml(b.dist, files.filter((f) => f.endsWith('.html'))),
    totalKb: files.reduce((s, f) => s + size(f), 0) / 1024,
    searchKb: files.filter((f) => f.startsWith('pagefind/')).reduce((s, f) => s + size(f), 0) / 1024,
    output: b.output,
    build: b,
  };
}

// Peak memory of the largest process of the build and its processor time (user + system, all
// processes): the processor time changes less than the wall time when other work shares the machine.
const wrapper = existsSync(TIME) ? [TIME, '-f', 'MAXRSS_KB=%M CPU_S=%U+%S'] : [];
const timed = (root: string) => () => buildAt(root, {}, join(root, 'dist'), wrapper);

/**
 * `npm run check` on the real site: once cold (its bundle and the cache of clean chapters in
 * node_modules/.cache/kleve-check/ deleted, as after a change to the code), then the fastest of
 * three warm runs (an editor checking after editing content).
 */
function checkSeconds(): { cold: number; warm: number } {
  const run = () => {
    const start = performance.now();
    const r = spawnSync('npm', ['run', '--silent', 'check'], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`npm run check failed:\n${r.stdout}`);
    return (performance.now() - start) / 1000;
  };
  rmSync(resolve(CLEAN_CACHE_DIR), { recursive: true, force: true });
  const cold = run();
  return { cold, warm: Math.min(run(), run(), run()) };
}

/** One file a first search fetches and the bytes of its body as the server sends it. */
interface Fetched { path: string; bytes: number; gzip: boolean }

/** A GET as a browser sends it (gzip accepted): the body's length on the wire and whether it was gzipped. */
function wireBytes(url: string): Promise<{ bytes: number; gzip: boolean }> {
  return new Promise((done, fail) => {
    httpGet(url, { headers: { 'Accept-Encoding': 'gzip' } }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => done({ bytes, gzip: res.headers['content-encoding'] === 'gzip' }));
    }).on('error', fail);
  });
}

/**
 * What a first search on /suche/ (query „Sprachkurse“) transfers: every file it fetches (Pagefind's
 * script, WebAssembly, index, fragments; the word list for „Meinten Sie …?“ only if needed), each fetched again
 * as sent by Debian's nginx with docs/deploy/nginx.conf (gzip for text; Pagefind's binary files are
 * compressed already). Bodies only, without HTTP headers. Without nginx: the plain test server, no gzip.
 */
async function firstSearch(dist: string): Promise<{ files: Fetched[]; server: string } | undefined> {
  if (!chromiumPath) return undefined;
  const nginx = existsSync(NGINX);
  const server = nginx ? await startNginx(dist, '/') : await serveStatic(dist, '/');
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}suche/`, { waitUntil: 'networkidle' });
    const urls: string[] = [];
    // The browser's own request for the tab icon is not the search's.
    page.on('request', (req) => !req.url().endsWith('/favicon.svg') && urls.push(req.url()));
    await page.fill('#search-q', 'Sprachkurse');
    await page.press('#search-q', 'Enter');
    await page.waitForFunction(() => document.querySelector('.search-status')?.textContent?.includes('„Sprachkurse“'), null, { timeout: 30_000 });
    await page.waitForSelector('.search-suggestion[data-query="Sprachkurse"]', { state: 'attached' });
    await page.waitForLoadState('networkidle');
    const files = await Promise.all(urls.map(async (u) => ({ path: new URL(u).pathname, ...(await wireBytes(u)) })));
    return { files, server: nginx ? 'nginx mit docs/deploy/nginx.conf' : 'Testserver ohne gzip (nginx fehlt)' };
  } finally {
    await browser.close();
    await ('stop' in server ? server.stop() : server.close());
  }
}

console.log(`Maschine: ${cpus().length} Kerne, Last (1/5/15 min) vor dem Lauf: ${load()}`);
console.log('Andere Prozesse auf derselben Maschine verfälschen die Zeiten; die Last steht bei jeder Messung.\n');

const real = measure('echte Seite', timed(prepareFixture('.')));
console.log(`gemessen: echte Seite (Last ${load()})`);
const check = checkSeconds();
const search = await firstSearch(real.build.dist);
const searchKb = search && search.files.reduce((sum, f) => sum + f.bytes, 0) / 1000;
// Lighthouse on the site just built (never on an older dist/).
const lighthouse = chromiumPath ? await lighthouseScores(real.build.dist) : undefined;
real.build.cleanup();
const rows: Row[] = [real];
let rebuild: { clean: number; again: number } | undefined;
for (const n of sizes.length > 0 ? sizes : [100, 1000]) {
  const root = generateSite(n);
  const row = measure(`${n} Kapitel/Grafiken`, timed(root));
  rows.push(row);
  console.log(`gemessen: ${row.site} (Last ${load()})`);
  if (n === Math.max(...(sizes.length > 0 ? sizes : [100, 1000]))) {
    // One editor saves one CSV: how long until the site is rebuilt?
    writeFileSync(join(root, 'data', 'b-k-0001.csv'), csv(1, 5));
    const again = measure(`${n} Kapitel, eine CSV geändert`, () => row.build.rebuild());
    rows.push(again);
    rebuild = { clean: row.seconds, again: again.seconds };
    console.log(`gemessen: ${again.site} (Last ${load()})`);
  }
  row.build.cleanup();
}

console.log('\n| Site | Bauzeit (s) | Rechenzeit (s) | Spitze Speicher (MB) | Seiten | gesamt (kB) | Suchindex (kB) | größte HTML-Datei (kB) |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
for (const r of rows) console.log(`| ${r.site} | ${r1(r.seconds)} | ${r1(r.cpuSeconds)} | ${r1(r.maxRssMb)} | ${r.pages} | ${Math.round(r.totalKb)} | ${Math.round(r.searchKb)} | ${r.largestHtml} |`);

console.log('\nWohin die Zeit geht (aus dem Protokoll von astro build, Sekunden):\n');
console.log('| Site | Inhalte prüfen + Typen | Bündeln (Vite) | Seiten rendern | davon PDF (Typst) | Suchindex | Silbentrennung | astro gesamt | Start und Rest |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  const p = parseBuildProfile(r.output);
  const rest = p.totalSeconds === undefined ? undefined : r.seconds - p.totalSeconds;
  console.log(`| ${r.site} | ${r1(p.syncSeconds)} | ${r1(p.bundleSeconds)} | ${r1(p.renderSeconds)} | ${r1(p.steps.pdf)} | ${r1(p.steps['search index'])} | ${r1(p.steps.typography)} | ${r1(p.totalSeconds)} | ${r1(rest)} |`);
}

const big = rows.find((r) => r.site.startsWith('1000 '));
const verdict = (ok: boolean | undefined) => (ok === undefined ? 'nicht gemessen' : ok ? 'erreicht' : 'verfehlt');
console.log('\nZiele (2 Kerne):');
console.log(`- 1.000 Kapitel ≤ 24 s: ${r1(big?.seconds)} s – ${verdict(big && big.seconds <= 24)}`);
console.log(`- 1.000 Kapitel ≤ 1 GB Speicher: ${r1(big?.maxRssMb)} MB – ${verdict(big?.maxRssMb === undefined ? undefined : big.maxRssMb <= 1024)}`);
console.log(`- Neubau nach einer CSV ≤ 40 % des sauberen Baus: ${rebuild ? `${Math.round((rebuild.again / rebuild.clean) * 100)} %` : '–'} – ${verdict(rebuild && rebuild.again <= 0.4 * rebuild.clean)}`);
console.log(`- npm run check (echte Seite) ≤ 1 s: ${r1(check.warm)} s – ${verdict(check.warm <= 1)}; erster Lauf nach einer Änderung am Code (Bündeln, alle Kapitel übersetzen): ${r1(check.cold)} s – ${verdict(check.cold <= 1)}`);
console.log(`- erste Suche ≤ 90 kB übertragen: ${r1(searchKb)} kB – ${verdict(searchKb === undefined ? undefined : searchKb <= 90)}`);
if (search) {
  console.log(`\nErste Suche („Sprachkurse“ auf /suche/), übertragen von ${search.server}, ohne HTTP-Header (1 kB = 1.000 Byte):\n`);
  console.log('| Datei | kB | gzip |');
  console.log('| --- | ---: | --- |');
  for (const f of search.files) console.log(`| ${f.path} | ${r1(f.bytes / 1000)} | ${f.gzip ? 'ja' : 'nein'} |`);
}
if (lighthouse) {
  console.log('\nLighthouse (mobil) je Seitentyp, die eben gebaute echte Seite:\n');
  console.log(lighthouseTable(lighthouse));
}
console.log(`\nLast nach dem Lauf: ${load()}`);
