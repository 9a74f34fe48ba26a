// Search from the translated pages: the reader's own language finds their summary and German pages,
// and the entry words of suchbegriffe.yaml (andere_sprachen) lead to the right German pages.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumPath } from '../helpers/browser';
import { useSite } from '../helpers/e2e';

/** Language, query, and a path the top 5 results must contain. */
const QUERIES: Array<[string, string, string]> = [
  ['en', 'language course', '/handlungsfelder/sprache/'],
  ['en', 'survey', '/en/'],
  ['tr', 'dil kursu', '/handlungsfelder/sprache/'],
  ['tr', 'anket', '/tr/'],
  ['ar', 'دورة لغة', '/handlungsfelder/sprache/'],
  ['ar', 'الاستطلاع', '/ar/'],
  ['uk', 'мовний курс', '/handlungsfelder/sprache/'],
  ['uk', 'опитування', '/uk/'],
  ['ru', 'языковой курс', '/handlungsfelder/sprache/'],
  ['ru', 'опрос', '/ru/'],
  ['ru', 'детский сад', '/massnahmen/kitaplaetze/'],
  ['en', 'Sprachkurs', '/massnahmen/sprachkurse-mit-kinderbetreuung/'], // German words work from every language
];

async function search(page: Page, query: string): Promise<string[]> {
  await page.fill('#search-q', query);
  await page.press('#search-q', 'Enter');
  await page.waitForFunction(() => /\d/.test(document.querySelector('.search-status')?.textContent ?? '') || document.querySelector('.search-list li'), undefined, { timeout: 15_000 });
  await page.waitForFunction(() => !/…$/.test(document.querySelector('.search-status')?.textContent ?? ''), undefined, { timeout: 15_000 });
  return page.locator('.search-list li h3 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe.skipIf(!chromiumPath)('search in the translated languages', () => {
  const site = useSite();

  it.each(QUERIES)('/%s/suche/: „%s“ finds %s among the first five', async (lang, query, expected) => {
    const page = await site.open(`${lang}/suche/`);
    const results = await search(page, query);
    const top = results.slice(0, 5);
    expect(top.some((p) => p.startsWith(expected)), `${query}: ${top.join(', ')}`).toBe(true);
    await page.context().close();
  });

  it('labels German results as German and announces the count in the page language', async () => {
    const page = await site.open('tr/suche/');
    await search(page, 'dil kursu');
    expect(await page.locator('.search-status').textContent()).toMatch(/^“dil kursu” için \d+ sonuç\.$/);
    const german = page.locator('.search-list li[lang="de"]').first();
    expect(await german.locator('a').getAttribute('hreflang')).toBe('de');
    expect(await german.locator('.tag[lang="tr"]').textContent()).toBe('Deutsch');
    await page.context().close();
  });
});
