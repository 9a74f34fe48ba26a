// No page or component spells a site path: every path comes from src/lib/page-kinds.ts through
// `routes`/`sitePaths` (src/site/url.ts), so a renamed page cannot leave a dead link behind.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_KINDS, SERVICE_PAGES, navEntry, sitePaths } from '../../../src/lib/page-kinds';

const SRC = new URL('../../../src/', import.meta.url).pathname;
/** The two files that may spell paths: the table and the URL builder. */
const HOMES = ['lib/page-kinds.ts', 'site/url.ts'];

/** Every .astro file, every page endpoint and every file of src/site. */
function scanned(): string[] {
  const files = readdirSync(SRC, { recursive: true }).map(String);
  return files
    .filter((f) => f.endsWith('.astro') || (/^(pages|site)\//.test(f) && f.endsWith('.ts')))
    .filter((f) => !HOMES.includes(f));
}

const SEGMENTS = [
  ...Object.values(PAGE_KINDS).map((k) => k.segment),
  ...Object.values(SERVICE_PAGES).map((p) => p.path).filter((p) => p !== ''),
];
const PATTERNS: ReadonlyArray<[string, RegExp]> = [
  ['url() or absoluteUrl() of a literal', /\b(?:url|absoluteUrl)\(\s*['"`]/],
  ['a root-relative href or action', /\b(?:href|action|src)=["']\//],
  ['a literal page path', /\bpath=(?:"|\{\s*['"`])/],
  ['a literal path of a page kind or service page', new RegExp(`['"\`](?:${SEGMENTS.join('|')})/`)],
];

/** The lines of `text` that spell a site path, with what they spell. */
function literalPaths(text: string): string[] {
  return text.split('\n').flatMap((line, i) =>
    PATTERNS.filter(([, re]) => re.test(line)).map(([what]) => `${i + 1}: ${what}: ${line.trim()}`));
}

describe('site paths', () => {
  it('finds each way of spelling a path (the check below can fail)', () => {
    expect(literalPaths(`<a href={url('impressum')}>`)).toHaveLength(1);
    expect(literalPaths('<a href="/daten/">')).toHaveLength(1);
    expect(literalPaths('<Page title="x" path="suche">')).toHaveLength(1);
    expect(literalPaths('const p = `befunde/handlungsfeld/${id}`;')).toHaveLength(1);
    expect(literalPaths("<a href={routes.service('imprint')}>")).toEqual([]);
    expect(literalPaths('<section aria-labelledby="massnahmen">')).toEqual([]);
  });

  it('no page, component or site helper spells a site path', () => {
    expect(scanned()).toEqual(expect.arrayContaining(['components/layout/Footer.astro', 'pages/index.astro', 'pages/robots.txt.ts']));
    const found = scanned().flatMap((f) => literalPaths(readFileSync(join(SRC, f), 'utf8')).map((l) => `src/${f}:${l}`));
    expect(found).toEqual([]);
  });

  it('gives every service page its own path, and navigation words from the table', () => {
    const paths = Object.values(SERVICE_PAGES).map((p) => p.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(navEntry({ service: 'data' }, 'nav')).toEqual({ path: 'daten', label: 'Daten' });
    expect(navEntry({ service: 'data' }, 'footer')).toEqual({ path: 'daten', label: 'Offene Daten' });
    expect(navEntry({ service: 'search' }, 'footer')).toEqual({ path: 'suche', label: 'Suche und Stichwörter' });
    expect(navEntry({ kind: 'source' }, 'footer')).toEqual({ path: 'quellen', label: 'Quellen' });
    expect(sitePaths.actionFilter('status', 'beschlossen')).toBe('massnahmen/status/beschlossen');
    expect(sitePaths.indicatorCsv('quote')).toBe('daten/kennzahlen/quote.csv');
    expect(sitePaths.summarySearch('en')).toBe('en/suche');
  });
});
