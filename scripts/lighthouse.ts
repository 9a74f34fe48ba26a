// Lighthouse (mobile) on every page type of a built site: the four category scores per page.
// Part of `npm run bench`; alone: nice tsx scripts/lighthouse.ts [dist]. Needs Debian's Chromium.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { pathToFileURL } from 'node:url';
import { PAGE_TYPES } from '../test/helpers/page-types';
import { serveStatic } from '../test/helpers/static-server';
import { CHROMIUM_FLAGS, chromiumPath } from '../test/helpers/browser';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** Every page type, and the search page opened with a query (as the header search does): it runs Pagefind at once. */
const PAGES: Readonly<Record<string, string>> = { ...PAGE_TYPES, 'suche-mit-anfrage': 'suche/?q=Sprachkurse' };

/** Scores 0–100 per page type and category, plus the failed audits' titles below 100. */
export interface LighthouseRow {
  page: string;
  scores: Record<(typeof CATEGORIES)[number], number>;
  failed: string[];
}

/** Runs Lighthouse's mobile preset on one page of every page type of `dist` (and a search with a query). */
export async function lighthouseScores(dist: string): Promise<LighthouseRow[]> {
  const server = await serveStatic(dist, '/');
  const chrome = await launch({
    chromePath: chromiumPath,
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
  });
  const rows: LighthouseRow[] = [];
  try {
    for (const [page, path] of Object.entries(PAGES)) {
      const result = await lighthouse(server.url + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
      const lhr = result!.lhr;
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as LighthouseRow['scores'];
      const failed = Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
        .map((a) => a.id);
      rows.push({ page, scores, failed });
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  return rows;
}

/** The rows as a Markdown table (German headings, like the rest of the benchmark). */
export function lighthouseTable(rows: readonly LighthouseRow[]): string {
  const lines = ['| Seitentyp | Leistung | Barrierefreiheit | Best Practices | SEO | nicht bestanden |', '| --- | ---: | ---: | ---: | ---: | --- |'];
  for (const r of rows) lines.push(`| ${r.page} | ${CATEGORIES.map((c) => r.scores[c]).join(' | ')} | ${r.failed.join(', ') || '–'} |`);
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(lighthouseTable(await lighthouseScores(process.argv[2] ?? 'dist')));
}
