// Realistic German queries in the real search page: the expected page among the first results.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumPath } from '../helpers/browser';
import { useSite } from '../helpers/e2e';

/** Query, optional facet [name, value], and a path the top 5 results must contain. */
const QUERIES: Array<[string, [string, string] | undefined, string]> = [
  ['Sprachkurse', undefined, '/handlungsfelder/sprache/'], // inflected form
  ['Sprachkurs', undefined, '/massnahmen/sprachkurse-mit-kinderbetreuung/'],
  ['Kurs', undefined, '/massnahmen/sprachkurse-mit-kinderbetreuung/'], // compound part (head word)
  ['Kita', undefined, '/handlungsfelder/familien/'], // synonym / short form
  ['Kindertagesstätte', undefined, '/kapitel/einleitung/'],
  ['Gefluechtete', undefined, '/kapitel/resuemee/'], // umlaut typed as ue, synonym of Flüchtlinge
  ['Oeffnung', undefined, '/handlungsfelder/interkulturelle-oeffnung/'], // Ö typed as Oe
  ['Ehrenamtliche', undefined, '/befunde/zusammenarbeit-ehrenamt/'],
  ['Jugendmigrationsdienst', undefined, '/befunde/zusammenarbeit-partner/'],
  ['Wohnungsvermittlung', undefined, '/befunde/transparenz-angebote/'],
  ['Dolmetscher', undefined, '/kapitel/zukuenftige-gestaltung/'],
  ['DaZ', undefined, '/handlungsfelder/sprache/'], // abbreviation
  ['Deutsch als Zweitsprache', undefined, '/kapitel/unterstuetzung/'],
  ['Integrationsgipfel', undefined, '/kapitel/weitere-bemerkungen/'],
  ['Zugewanderte', undefined, '/handlungsfelder/familien/'],
  ['Migranten', ['Seitentyp', 'Befund'], '/befunde/zielgruppenspezifische-angebote/'], // with a facet
  ['Behörden', undefined, '/kapitel/resuemee/'],
  ['Ausbildung', ['Seitentyp', 'Handlungsfeld'], '/handlungsfelder/schule-ausbildung-studium/'], // with a facet
  ['Sprache', ['Seitentyp', 'Maßnahme'], '/massnahmen/'],
];

/** What citizens type, and the page that must come first (two pages: the first two, in either order). */
const FIRST: Array<[string, string[]]> = [
  ['Sprachkurs', ['/massnahmen/sprachkurse-mit-kinderbetreuung/']],
  ['Deutschkurs', ['/massnahmen/sprachkurse-mit-kinderbetreuung/']],
  ['Wohnung', ['/massnahmen/gefoerderter-wohnraum/']],
  ['Wohnungssuche', ['/massnahmen/gefoerderter-wohnraum/']],
  ['Arbeit', ['/handlungsfelder/arbeit-und-beruf/']],
  ['Ehrenamt', ['/massnahmen/ehrenamt-informieren/', '/massnahmen/haupt-und-ehrenamt-vernetzen/']],
  ['Kita', ['/massnahmen/kitaplaetze/']],
  ['Kindergarten', ['/massnahmen/kitaplaetze/']],
  ['Schule', ['/handlungsfelder/schule-ausbildung-studium/']],
  ['Beratung', ['/massnahmen/beratung-und-schulungen/']],
  ['Rechtsberatung', ['/massnahmen/auslaenderrecht-und-rechtsberatung/']],
  ['Anerkennung', ['/massnahmen/anerkennung-von-abschluessen/']],
  ['Praktikum', ['/massnahmen/praktikum-und-ausbildung/']],
  ['Dolmetscher', ['/massnahmen/sprach-und-kulturmittler/']],
];

/** Typos and the word „Meinten Sie …?“ offers. */
const TYPOS: Array<[string, string]> = [
  ['Integartion', 'Integration'],
  ['Sprachkurz', 'Sprachkurs'],
  ['Ehrenamtt', 'Ehrenamt'],
];

/** Sum of the layout shifts since the page started loading (Chromium's Layout Instability API). */
function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let sum = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) sum += (entry as PerformanceEntry & { value: number }).value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(sum), 300);
      }),
  );
}

async function search(page: Page, query: string): Promise<string[]> {
  await page.fill('#search-q', query);
  await page.press('#search-q', 'Enter');
  await page.waitForFunction((q) => document.querySelector('.search-status')?.textContent?.includes(`„${q}“`), query, { timeout: 15_000 });
  return page.locator('.search-list li h3 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe.skipIf(!chromiumPath)('search in the browser', () => {
  const site = useSite();

  it.each(QUERIES)('„%s“ (facet %j) finds %s among the first five', async (query, facet, expected) => {
    const page = await site.open('suche/');
    if (facet) await page.check(`.search-facets input[name="${facet[0]}"][value="${facet[1]}"]`);
    const results = await search(page, query);
    const top = results.slice(0, 5);
    expect(top.some((p) => p.startsWith(expected)), `${query}: ${top.join(', ')}`).toBe(true);
    if (facet?.[1] === 'Maßnahme') expect(results.every((p) => p.startsWith('/massnahmen/'))).toBe(true);
    await page.context().close();
  });

  it.each(FIRST)('„%s“ shows %j first', async (query, expected) => {
    const page = await site.open('suche/');
    const top = (await search(page, query)).slice(0, expected.length);
    expect(top.sort(), query).toEqual([...expected].sort());
    await page.context().close();
  });

  it.each(TYPOS)('„%s“ offers „Meinten Sie „%s“?“', async (typo, meant) => {
    const page = await site.open('suche/');
    await search(page, typo);
    await page.waitForSelector(`.search-suggestion[data-query="${typo}"]`, { state: 'attached' });
    expect(await page.locator('.search-suggestion a').textContent()).toBe(`„${meant}“`);
    await page.context().close();
  });

  // Lighthouse's mobile run lost 7 points to a shift of 0.16 when the script unhid the facets and
  // removed the no-script note; results arriving must not push what the reader sees either.
  it.each([
    ['suche/', 0.01],
    ['suche/?q=Sprachkurse', 0.01],
    ['en/suche/?q=language%20course', 0.1],
  ] as const)('opening %s moves almost nothing (layout shift below %s) at 320 and 1280 px', async (path, limit) => {
    for (const width of [320, 1280]) {
      const page = await site.open(path, { viewport: { width, height: width === 320 ? 640 : 800 } });
      if (path.includes('q=')) await page.waitForSelector('.search-list li');
      await page.waitForLoadState('networkidle');
      expect(await layoutShift(page), `${path} at ${width} px`).toBeLessThan(limit);
      await page.context().close();
    }
  });

  it('narrows results with a facet and announces the count to screen readers', async () => {
    const page = await site.open('suche/');
    const status = page.locator('.search-status');
    const count = async () => Number(/^(\d+) Treffer/.exec((await status.textContent()) ?? '')?.[1]);
    await search(page, 'Integration');
    const all = await count();
    await page.check('.search-facets input[name="Seitentyp"][value="Kapitel"]');
    await page.waitForFunction((n) => {
      const m = /^(\d+) Treffer/.exec(document.querySelector('.search-status')?.textContent ?? '');
      return m !== null && Number(m[1]) !== n;
    }, all);
    const chapters = await count();
    expect(await status.getAttribute('role')).toBe('status');
    expect(chapters).toBeGreaterThan(0);
    expect(all).toBeGreaterThan(chapters);
    const links = await page.locator('.search-list li h3 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links.every((p) => p.startsWith('/kapitel/'))).toBe(true);
    expect(await status.textContent()).toMatch(/^\d+ Treffer für „Integration“\.$/);
    await page.context().close();
  });

  it('offers „Meinten Sie …?“ for a typo, and the suggestion finds pages', async () => {
    const page = await site.open('suche/');
    await search(page, 'Integartion');
    const suggestion = page.locator('.search-suggestion a');
    await suggestion.waitFor({ state: 'visible' });
    expect(await suggestion.textContent()).toBe('„Integration“');
    await Promise.all([page.waitForURL(/q=Integration$/), suggestion.click()]);
    await page.waitForSelector('.search-list li');
    await page.waitForFunction(() => document.querySelector('.search-status')?.textContent?.includes('„Integration“'));
    expect(await page.locator('.search-suggestion').isVisible()).toBe(false);
    await page.context().close();
  });

  it('downloads the word list for „Meinten Sie …?“ only when a query word is not marked in the excerpts', async () => {
    const page = await site.open('suche/');
    const lists: string[] = [];
    page.on('request', (r) => r.url().endsWith('/woerter.json') && lists.push(r.url()));
    await search(page, 'Sprachkurse');
    await page.waitForSelector('.search-suggestion[data-query="Sprachkurse"]', { state: 'attached' });
    expect(lists).toEqual([]);
    await search(page, 'Integartion');
    await page.waitForSelector('.search-suggestion[data-query="Integartion"]', { state: 'attached' });
    expect(lists).toHaveLength(1);
    await page.context().close();
  });

  it('offers no suggestion for words the site uses', async () => {
    const page = await site.open('suche/');
    await search(page, 'Dolmetscher');
    await page.waitForSelector('.search-suggestion[data-query="Dolmetscher"]', { state: 'attached' });
    expect(await page.locator('.search-suggestion').isVisible()).toBe(false);
    await page.context().close();
  });

  it('marks the hit in the excerpt and opens a query from the address (header form)', async () => {
    const page = await site.open('suche/?q=Ehrenamt');
    await page.waitForSelector('.search-list li');
    expect(await page.locator('.search-list li mark').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('loads no search code on a reading page until asked', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(`${site.server.url}kapitel/einleitung/`, { waitUntil: 'networkidle' });
    expect(requested.filter((u) => u.includes('pagefind') || u.endsWith('.js'))).toEqual([]);
    await context.close();
  });
});
