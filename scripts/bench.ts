// npm run bench: build time and page weights of the real site and of generated sites with 100
// and 1,000 chapters (one chart each), so growth is visible. Prints a table; writes nothing
// into the project. Usage: tsx scripts/bench.ts [sizes…]   (default: 100 1000; `4000` shows that
// no HTML file passes 200 kB at 4,000 findings, see the last column)
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildAt, listFiles, prepareFixture } from '../src/lib/build/build-site';


const FIXTURE = 'test/fixtures/sites/minimal';
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);

/** Writes a site with n chapters, each embedding one bar chart of five categories. */
function generateSite(n: number): string {
  const root = prepareFixture(FIXTURE);
  const content = join(root, 'src/content');
  for (const dir of ['kapitel', 'befunde']) mkdirSync(join(content, dir), { recursive: true });
  for (let i = 1; i <= n; i++) {
    const id = `k-${String(i).padStart(4, '0')}`;
    writeFileSync(join(content, 'kapitel', `${id}.mdx`), `---\ntitel: Kapitel ${i}\nreihenfolge: ${i + 2}\nzusammenfassung: Erzeugtes Kapitel ${i}.\nhandlungsfelder: [sprache]\n---\n\n## Abschnitt\n\nText zu Kapitel ${i} über Sprachkurse und Kitaplätze.\n\n<Befund id="b-${id}" />\n`);
    writeFileSync(join(content, 'befunde', `b-${id}.yaml`), `titel: Befund ${i}\nkapitel: ${id}\nbasis: alle\neinheit: anteil\ndiagramm: balken\ndatensatz: b-${id}\nabschnitt: Test\nhandlungsfelder: [sprache]\n`);
    const rows = ['A', 'B', 'C', 'D', 'E'].map((c, j) => `Kategorie ${c};;${(i * 7 + j * 13) % 100};;;Bericht;Test`).join('\n');
    writeFileSync(join(root, 'data', `b-${id}.csv`), `Kategorie;Gruppe;Wert;Genauigkeit;Aussage im Bericht;Herkunft;Abschnitt\n${rows}\n`);
  }
  return root;
}

/** The real site's code and content in a fresh build folder. */
const realSite = (): string => prepareFixture('.');

interface Row { site: string; seconds: number; pages: number; totalKb: number; htmlCssPerPageKb: number; maxPageKb: number; searchKb: number; largestHtml: string }

/** Budget for one HTML file (issue 12): pages that grow with the findings are paginated to stay under it. */
const HTML_BUDGET_KB = 200;

/** The largest HTML file of a built site, as "path (kB)", flagged when it is over the budget. */
function largestHtml(dist: string, pages: string[]): string {
  const [page, bytes] = pages.map((p) => [p, statSync(join(dist, p)).size] as const).sort((a, b) => b[1] - a[1])[0]!;
  const kb = Math.round(bytes / 102.4) / 10;
  return `${page} (${kb}${kb > HTML_BUDGET_KB ? ` – über ${HTML_BUDGET_KB} kB!` : ''})`;
}

function measure(site: string, root: string): Row {
  const start = performance.now();
  const build = buildAt(root);
  const seconds = (performance.now() - start) / 1000;
  if (build.status !== 0) throw new Error(`${site} failed:\n${build.output.slice(-3000)}`);
  const files = listFiles(build.dist);
  const size = (f: string) => statSync(join(build.dist, f)).size;
  const pages = files.filter((f) => f.endsWith('.html'));
  const css = files.filter((f) => f.endsWith('.css')).reduce((s, f) => s + size(f), 0);
  const pageWeights = pages.map((p) => size(p) + css);
  const row = {
    site,
    seconds: Math.round(seconds * 10) / 10,
    pages: pages.length,
    totalKb: Math.round(files.reduce((s, f) => s + size(f), 0) / 1024),
    htmlCssPerPageKb: Math.round(pageWeights.reduce((a, b) => a + b, 0) / pages.length / 102.4) / 10,
    maxPageKb: Math.round(Math.max(...pageWeights) / 102.4) / 10,
    searchKb: Math.round(files.filter((f) => f.startsWith('pagefind/')).reduce((s, f) => s + size(f), 0) / 1024),
    largestHtml: largestHtml(build.dist, pages),
  };
  build.cleanup();
  return row;
}

const rows: Row[] = [measure('echte Seite', realSite())];
for (const n of sizes.length > 0 ? sizes : [100, 1000]) rows.push(measure(`${n} Kapitel/Grafiken`, generateSite(n)));
console.log('\n| Site | Bauzeit (s) | Seiten | gesamt (kB) | HTML+CSS je Seite (kB) | größte Seite (kB) | Suchindex (kB) | größte HTML-Datei (kB) |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
for (const r of rows) console.log(`| ${r.site} | ${r.seconds} | ${r.pages} | ${r.totalKb} | ${r.htmlCssPerPageKb} | ${r.maxPageKb} | ${r.searchKb} | ${r.largestHtml} |`);
