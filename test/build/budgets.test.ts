// Performance budgets of the real site: reading needs no JavaScript, and weights stay in budget.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BUDGETS, PAGES_WITH_SCRIPT } from '../../src/lib/budgets';
import { REAL_SITE } from '../helpers/paths';
import { attributeValues, listFiles, readPages } from '../helpers/site-files';

const pages = readPages(REAL_SITE);
const files = listFiles(REAL_SITE);
const size = (f: string) => statSync(join(REAL_SITE, f)).size;

describe('budgets', () => {
  it('reading pages ship no script at all; only the search pages have one', () => {
    const withScript = [...pages].filter(([, html]) => /<script\b/.test(html)).map(([p]) => p).sort();
    expect(withScript).toEqual([...PAGES_WITH_SCRIPT].sort());
    for (const [, html] of pages) expect(html).not.toContain('pagefind.js');
  });

  it('the word list for „Meinten Sie …?“ stays small (≤ 10 kB gzipped) and holds the site\'s words', () => {
    const words = readFileSync(join(REAL_SITE, 'suche/woerter.json'));
    expect(gzipSync(words).length).toBeLessThanOrEqual(10_000);
    expect(JSON.parse(words.toString('utf8'))).toContain('Integration');
  });

  it('no page has inline script or style (everything comes from files, for the CSP)', () => {
    for (const [path, html] of pages) {
      expect(html, path).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(html, path).not.toMatch(/<style\b/);
      expect(html, path).not.toMatch(/\sstyle="/);
    }
  });

  it('HTML of every page, the CSS and our scripts stay under budget', () => {
    const over: string[] = [];
    for (const [path] of pages) {
      const file = path === '' ? 'index.html' : path === '404' ? '404.html' : `${path}/index.html`;
      const budget = path === 'suche' ? BUDGETS.searchPageHtml : BUDGETS.readingPageHtml;
      if (size(file) > budget) over.push(`${file}: ${size(file)} > ${budget}`);
    }
    expect(over).toEqual([]);
    const css = files.filter((f) => f.startsWith('_astro/') && f.endsWith('.css')).reduce((s, f) => s + size(f), 0);
    expect(css).toBeLessThanOrEqual(BUDGETS.css);
    const own = files.filter((f) => f.startsWith('_astro/') && f.endsWith('.js')).reduce((s, f) => s + size(f), 0);
    expect(own).toBeLessThanOrEqual(BUDGETS.ownScript);
    expect(files.reduce((s, f) => s + size(f), 0)).toBeLessThanOrEqual(BUDGETS.site);
  });

  it('the build prints no warning (for example about CSS it could not minify)', () => {
    const log = readFileSync(`${REAL_SITE}.log`, 'utf8');
    expect(log.split('\n').filter((l) => /warn/i.test(l))).toEqual([]);
  });

  it('a first visit to any chapter transfers at most 12 kB (HTML and stylesheets, gzip level 6)', () => {
    const chapters = [...pages.keys()].filter((p) => /^kapitel\/[^/]+$/.test(p));
    expect(chapters.length).toBeGreaterThan(0);
    const over: string[] = [];
    for (const path of chapters) {
      // As served: the file with its soft hyphens (readPages drops them for comparisons).
      const html = readFileSync(join(REAL_SITE, path, 'index.html'));
      const sheets = [...html.toString('utf8').matchAll(/<link rel="stylesheet" href="\/([^"]+)"/g)].map((m) => m[1]!);
      const bytes = [html, ...sheets.map((s) => readFileSync(join(REAL_SITE, s)))].reduce((sum, b) => sum + gzipSync(b, { level: 6 }).length, 0);
      if (bytes > BUDGETS.chapterTransfer) over.push(`${path}: ${bytes} > ${BUDGETS.chapterTransfer}`);
    }
    expect(over).toEqual([]);
  });

  it('every page links at most two stylesheets of the site, and no font files or images from elsewhere', () => {
    for (const [path, html] of pages) {
      const sheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
      expect(sheets.length, path).toBeGreaterThanOrEqual(1);
      expect(sheets.length, path).toBeLessThanOrEqual(2);
      expect(sheets.every((h) => h.startsWith('/_astro/')), path).toBe(true);
      expect(attributeValues(html, 'src').every((s) => s.startsWith('/')), path).toBe(true);
    }
    expect(files.some((f) => /\.(woff2?|ttf|otf)$/.test(f))).toBe(false);
    for (const css of files.filter((f) => f.startsWith('_astro/') && f.endsWith('.css'))) {
      expect(readFileSync(join(REAL_SITE, css), 'utf8')).not.toMatch(/url\(\s*['"]?https?:/);
    }
  });
});
