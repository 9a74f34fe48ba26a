import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../src/lib/dates';
import { renderSitemap, sitemapEntry } from '../../../src/lib/build/sitemap';
import { closest, editDistance } from '../../../src/lib/text/closest';
import { slugify } from '../../../src/lib/text/slugify';
import { joinUrl } from '../../../src/lib/url';
import { chapterNeighbours } from '../../../src/lib/project/navigation';

describe('joinUrl(base, path)', () => {
  it.each([
    ['/', '', '/'],
    ['/', 'kapitel/a', '/kapitel/a/'],
    ['/integrationskonzept', 'kapitel/a', '/integrationskonzept/kapitel/a/'],
    ['/integrationskonzept/', '/kapitel/a/', '/integrationskonzept/kapitel/a/'],
    ['/ik/', 'daten/x.csv', '/ik/daten/x.csv'],
    ['/ik/', 'befunde/a#befund-a', '/ik/befunde/a/#befund-a'],
    ['/ik/', '', '/ik/'],
    ['/', 'suche?q=kita', '/suche?q=kita'],
  ])('joinUrl(%j, %j) is %j', (base, path, expected) => {
    expect(joinUrl(base, path)).toBe(expected);
  });
});

describe('slugify(label)', () => {
  it.each([
    ['Migrantinnen und Migranten', 'migrantinnen-und-migranten'],
    ['Interkulturelle Öffnung', 'interkulturelle-oeffnung'],
    ['im Aufbau', 'im-aufbau'],
    ['Schule, Ausbildung, Studium', 'schule-ausbildung-studium'],
    ['Straße – Größe', 'strasse-groesse'],
  ])('slugify(%j) is %j', (label, slug) => expect(slugify(label)).toBe(slug));
});

describe('closest(name, candidates)', () => {
  it('suggests a near miss and nothing for a far one', () => {
    expect(closest('titl', ['titel', 'reihenfolge'])).toBe('titel');
    expect(closest('Kategori', ['Kategorie', 'Wert'])).toBe('Kategorie');
    expect(closest('Anteil', ['Kategorie', 'Wert'])).toBeUndefined();
    expect(editDistance('Wert', 'wert')).toBe(0);
  });
});

describe('formatDate(iso)', () => {
  it('writes German dates without time zones', () => {
    expect(formatDate('2018-08-17')).toBe('17. August 2018');
    expect(formatDate('2026-03-01')).toBe('1. März 2026');
    expect(() => formatDate('17.08.2018')).toThrow();
  });
});

describe('sitemapEntry(html) and renderSitemap(entries)', () => {
  const page = (url: string, stand: string, extra = '') =>
    `<html><head>${extra}<link rel="canonical" href="${url}"></head><body><p class="stand" data-pagefind-ignore>Stand: <time datetime="${stand}">x</time></p></body></html>`;
  it('reads canonical URL and content date, skips noindex pages, sorts and escapes', () => {
    const entries = [
      sitemapEntry(page('https://x.de/b/?a=1&b=2', '2018-08-17')),
      sitemapEntry(page('https://x.de/a/', '2020-01-31')),
      sitemapEntry(page('https://x.de/404/', '2020-01-31', '<meta name="robots" content="noindex">')),
    ].filter((e) => e !== undefined);
    expect(entries).toHaveLength(2);
    const xml = renderSitemap(entries);
    expect(xml.indexOf('https://x.de/a/')).toBeLessThan(xml.indexOf('https://x.de/b/'));
    expect(xml).toContain('<loc>https://x.de/b/?a=1&amp;b=2</loc><lastmod>2018-08-17</lastmod>');
  });
});

describe('chapterNeighbours(chapters, id)', () => {
  const chapters = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  it.each([
    ['a', undefined, 'b'],
    ['b', 'a', 'c'],
    ['c', 'b', undefined],
  ])('around %j: previous %j, next %j', (id, previous, next) => {
    const n = chapterNeighbours(chapters, id);
    expect(n.previous?.id).toBe(previous);
    expect(n.next?.id).toBe(next);
  });
});
