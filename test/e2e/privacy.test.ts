// No request leaves the site's origin, nothing is stored, the CSP holds and is never violated.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumPath } from '../helpers/browser';
import { allPagePaths, followUpPagePaths, useSite } from '../helpers/e2e';
import { LEBENDIG_SITE } from '../helpers/paths';

const paths = allPagePaths();
/**
 * Reading pages have no script (test/build/budgets.test.ts), so every request they make starts
 * before "load"; only pages with script are watched until the network is idle (0.5 s each).
 */
const settled = (path: string) => (/(^|\/)suche\/$/.test(path) ? 'networkidle' : 'load');

/** Collects every request to another origin and every CSP complaint of the page, as it navigates. */
function watch(page: Page, siteUrl: string): { foreign: string[]; violations: string[] } {
  const origin = new URL(siteUrl).origin;
  const foreign: string[] = [];
  const violations: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(`${page.url()} → ${url}`);
  });
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/.test(m.text())) violations.push(`${page.url()}: ${m.text()}`);
  });
  return { foreign, violations };
}

describe.skipIf(!chromiumPath)('privacy and security in the browser', () => {
  const site = useSite();

  it(`requests nothing from other origins, sets no cookie, stores nothing, breaks no CSP rule on ${paths.length} pages`, { timeout: 300_000 }, async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const { foreign, violations } = watch(page, site.server.url);
    for (const path of paths) {
      await page.goto(site.server.url + path, { waitUntil: settled(path) });
    }
    // The search page runs a real search, loading Pagefind's worker and WebAssembly under the CSP.
    await page.goto(`${site.server.url}suche/?q=Sprache`, { waitUntil: 'networkidle' });
    await page.waitForSelector('.search-list li', { timeout: 15_000 });
    const storage = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie }));
    expect(foreign).toEqual([]);
    expect(violations).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(storage).toEqual({ local: 0, session: 0, cookie: '' });
    await context.close();
  });

  it('has the same strict policy on every page, without unsafe-inline', async () => {
    const page = await site.browser.newPage();
    const policies = new Set<string>();
    for (const path of paths) {
      await page.goto(site.server.url + path);
      policies.add((await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content')) ?? 'missing');
    }
    await page.close();
    expect(policies.size).toBe(1);
    const [policy] = [...policies];
    expect(policy).toContain("default-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
  });
});

describe.skipIf(!chromiumPath)('privacy on the follow-up page types (fixture with decisions and indicators)', () => {
  const site = useSite(LEBENDIG_SITE);
  const followUp = followUpPagePaths(LEBENDIG_SITE);

  it(`requests nothing from other origins and breaks no CSP rule on ${followUp.length} pages, downloads included`, { timeout: 120_000 }, async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const { foreign, violations } = watch(page, site.server.url);
    for (const path of followUp) await page.goto(site.server.url + path, { waitUntil: settled(path) });
    const csv = await context.request.get(`${site.server.url}daten/kennzahlen/kurse-mit-kinderbetreuung.csv`);
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain('Datum;Wert;Quelle;Anmerkung');
    expect(foreign).toEqual([]);
    expect(violations).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });
});
