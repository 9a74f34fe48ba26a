// What a reader without JavaScript gets: every chart, every filter, the A–Z index.
import { describe, expect, it } from 'vitest';
import { isListFinding } from '../../src/lib/charts/list-view';
import { loadProject } from '../../src/lib/project/load-project';
import { chromiumPath } from '../helpers/browser';
import { useSite } from '../helpers/e2e';
import { LEBENDIG_SITE } from '../helpers/paths';
import { withoutSoftHyphens } from '../helpers/site-files';

const { project } = loadProject('.');
const fixture = loadProject('test/fixtures/sites/lebendig').project;

describe.skipIf(!chromiumPath)('without JavaScript', () => {
  const site = useSite();

  it('every finding page shows its chart (or its list of categories), summary and table', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const f of project.findings) {
      await page.goto(`${site.server.url}befunde/${f.id}/`);
      expect(await page.locator(`#befund-${f.id} .befund-aussage`).isVisible()).toBe(true);
      if (isListFinding(f)) {
        expect(await page.locator(`#befund-${f.id} .befund-liste`).isVisible(), f.id).toBe(true);
        continue;
      }
      const chart = page.locator(`#befund-${f.id} svg[role="img"]:visible`);
      expect(await chart.isVisible(), f.id).toBe(true);
      const box = await chart.boundingBox();
      expect(box!.height, f.id).toBeGreaterThan(40);
      expect(await page.locator(`#befund-${f.id} table`).isVisible()).toBe(true);
    }
    await context.close();
  });

  it('source pages, change notes and the changes page work without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}quellen/bericht-2018/`);
    expect(await page.locator('dl.facts').isVisible()).toBe(true);
    const own = project.findings.filter((f) => f.quelle === 'bericht-2018').length;
    expect(await page.locator('section[aria-labelledby="befunde"] a[href*="/befunde/"]').count()).toBe(own);
    await page.goto(`${site.server.url}befunde/transparenz-angebote/`);
    expect(await page.locator('section.aenderungen').isVisible()).toBe(true);
    expect(await page.locator('section.aenderungen').textContent()).toContain('Zuletzt geändert am');
    await page.goto(`${site.server.url}aenderungen/`);
    expect(withoutSoftHyphens((await page.locator('h1').textContent()) ?? '')).toBe('Änderungen');
    expect(await page.locator('main a[href$="aenderungen.xml"]').isVisible()).toBe(true);
    await context.close();
  });

  it('the action catalogue filters by following links (the only filter there is)', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}massnahmen/`);
    expect(await page.locator('main form').count()).toBe(0);
    await page.getByRole('link', { name: 'im Aufbau' }).click();
    expect(page.url()).toMatch(/\/massnahmen\/status\/im-aufbau\/$/);
    const cards = await page.locator('.action-card').count();
    expect(cards).toBe(project.actions.filter((a) => a.status === 'im Aufbau').length);
    await context.close();
  });

  it('„Stand der Umsetzung“ filters by following links and lists the matching actions', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}umsetzung/`);
    expect(await page.locator('.umsetzung-massnahme').count()).toBeGreaterThanOrEqual(project.actions.length);
    // Printed as a briefing: every field after the first starts a new page; filters are not printed.
    await page.emulateMedia({ media: 'print' });
    const print = await page.evaluate(() => ({
      breaks: [...document.querySelectorAll('.umsetzung-feld')].map((e) => getComputedStyle(e).breakBefore),
      filters: getComputedStyle(document.querySelector('nav.facets')!).display,
    }));
    expect(print.breaks[0]).not.toBe('page');
    expect(print.breaks.slice(1).every((b) => b === 'page')).toBe(true);
    expect(print.filters).toBe('none');
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('navigation', { name: 'Stand der Umsetzung filtern' }).getByRole('link', { name: 'Vorschlag der Redaktion' }).click();
    expect(page.url()).toMatch(/\/umsetzung\/herkunft\/vorschlag-der-redaktion\/$/);
    const listed = new Set((await page.locator('.umsetzung-massnahme h3 a').allTextContents()).map(withoutSoftHyphens));
    expect([...listed].sort()).toEqual(project.actions.filter((a) => a.herkunft === 'Vorschlag der Redaktion').map((a) => a.titel).sort());
    await context.close();
  });

  it('the header search lands on a page that explains and leads to the A–Z index, one letter per page', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(site.server.url);
    await page.locator('.site-menu > summary').click();
    await page.locator('#site-search-q').fill('Kita');
    await page.locator('#site-search-q').press('Enter');
    expect(new URL(page.url()).searchParams.get('q')).toBe('Kita');
    expect(await page.locator('#search-nojs').isVisible()).toBe(true);
    // This test server has no server-side includes: their parts stay hidden, their commands are comments.
    expect(await page.locator('.search-query').isVisible()).toBe(false);
    expect(await page.locator('.search-letter').isVisible()).toBe(false);
    expect(await page.locator('#search-nojs').innerText()).not.toMatch(/<!--|Ihre Suche|Passende Seiten/);
    expect(await page.locator('input[type="search"]').count()).toBe(1);
    expect(await page.locator('.search-facets').isVisible()).toBe(false);
    await page.getByRole('link', { name: /^K \(/ }).click();
    expect(page.url()).toMatch(/\/suche\/k\/$/);
    const kita = page.locator('.keyword-list dt', { hasText: /^Kita$/ });
    expect(await kita.count()).toBe(1);
    const link = page.locator('.keyword-list dt:text-is("Kita") + dd a').first();
    await link.click();
    expect(await page.locator('h1').count()).toBe(1);
    await context.close();
  });

  it('reaches every Leichte Sprache page from the start page by following links', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.server.url);
    await page.getByRole('link', { name: 'Leichte Sprache: Was steht auf dieser Seite?' }).click();
    for (const f of project.easyLanguage.fields) {
      await page.getByRole('main').getByRole('link', { name: f.titel, exact: true }).click();
      expect(await page.locator('h1').textContent()).toBe(f.titel); // Leichte Sprache: no soft hyphens
      expect(await page.locator('.easy-actions > li').count()).toBe(project.actions.filter((a) => a.handlungsfelder.includes(f.id)).length);
      await page.goBack();
    }
    await page.getByRole('link', { name: 'Was kann man tun?' }).click();
    expect(await page.locator('.easy-actions > li').count()).toBe(project.actions.length);
    await context.close();
  });

  it('switches language with plain links and shows the Arabic summary right to left', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.server.url);
    await page.locator('.language-switcher a[hreflang="ar"]').click();
    expect(page.url()).toMatch(/\/ar\/$/);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('main h1')!).direction)).toBe('rtl');
    await context.close();
  });
});

describe.skipIf(!chromiumPath)('without JavaScript, the follow-up page types (fixture)', () => {
  const site = useSite(LEBENDIG_SITE);

  it('every indicator page shows its chart, verdict and table; an action shows its timeline', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const ind of fixture.indicators) {
      await page.goto(`${site.server.url}kennzahlen/${ind.id}/`);
      const chart = page.locator('.kennzahl-grafik svg[role="img"]:visible');
      expect(await chart.count(), ind.id).toBe(1);
      expect((await chart.boundingBox())!.height, ind.id).toBeGreaterThan(100);
      expect(await page.locator('.kennzahl-urteil').textContent()).toMatch(/^Bewertung: /);
      expect(await page.locator('.kennzahl-tabelle').isVisible()).toBe(true);
    }
    await page.goto(`${site.server.url}massnahmen/arbeitskreise/`);
    expect(await page.locator('ol.timeline > li').count()).toBe(fixture.actions.find((a) => a.id === 'arbeitskreise')!.verlauf.length);
    await context.close();
  });
});
