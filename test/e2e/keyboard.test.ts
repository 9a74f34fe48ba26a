// A council member's route with the keyboard only: start → field → action → evidence → back.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/lib/project/load-project';
import { chromiumPath } from '../helpers/browser';
import { useSite } from '../helpers/e2e';
import { withoutSoftHyphens } from '../helpers/site-files';

/** The page's h1 as words: the build's soft hyphens (typography only) left out. */
const heading = async (page: Page) => withoutSoftHyphens((await page.locator('h1').textContent()) ?? '');

const { project } = loadProject('.');

/** Presses Tab until the focused element is a link whose href ends with `hrefEnd`; fails after `max`. */
async function tabTo(page: Page, hrefEnd: string, max = 150): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href') ?? '');
    if (href.endsWith(hrefEnd)) return;
  }
  throw new Error(`No link to ${hrefEnd} reached with ${max} Tabs on ${page.url()}`);
}

async function follow(page: Page, hrefEnd: string): Promise<void> {
  await tabTo(page, hrefEnd);
  await Promise.all([page.waitForURL(`**${hrefEnd}`), page.keyboard.press('Enter')]);
}

describe.skipIf(!chromiumPath)('keyboard only', () => {
  const site = useSite();

  it('walks from the start page to a field, to an action, to its evidence and back', async () => {
    const field = project.fields[1]!;
    const action = project.actions.find((a) => a.handlungsfelder.includes(field.id))!;
    const evidence = action.belege[0]!;
    const page = await site.open('');
    await follow(page, `/handlungsfelder/${field.id}/`);
    expect(await heading(page)).toBe(field.titel);
    await follow(page, `/massnahmen/${action.id}/`);
    expect(await heading(page)).toBe(action.titel);
    await follow(page, `/befunde/${evidence}/`);
    expect(await page.locator(`#befund-${evidence}`).count()).toBe(1);
    await follow(page, `/massnahmen/${action.id}/`);
    await follow(page, `/handlungsfelder/${field.id}/`);
    expect(await heading(page)).toBe(field.titel);
    await page.context().close();
  });

  it('filters the catalogue with the keyboard by following a filter link', async () => {
    const page = await site.open('massnahmen/');
    await follow(page, '/massnahmen/status/im-aufbau/');
    const expected = project.actions.filter((a) => a.status === 'im Aufbau').length;
    expect(expected).toBeGreaterThan(0);
    expect(await page.locator('.action-card').count()).toBe(expected);
    expect(await page.locator('nav.facets a[aria-current="page"]').textContent()).toBe('im Aufbau');
    await page.context().close();
  });

  it('switches to every summary language and back with the keyboard, and reaches Leichte Sprache from a field', async () => {
    const page = await site.open('kapitel/einleitung/');
    for (const t of project.translations) {
      await follow(page, `/${t.lang}/`);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(t.lang);
      expect(await page.locator('h1').textContent()).toBe(t.titel);
    }
    await follow(page, '/handlungsfelder/sprache/');
    await follow(page, '/leichte-sprache/sprache/');
    expect(await page.locator('h1').textContent()).toBe('Sprache');
    await follow(page, '/leichte-sprache/massnahmen/');
    expect(await page.locator('h1').textContent()).toBe('Was kann man tun?');
    await page.context().close();
  });
});

describe.skipIf(!chromiumPath)('keyboard only, „Stand der Umsetzung“', () => {
  const site = useSite();

  it('reaches the page from the main navigation, follows a filter and an action', async () => {
    const page = await site.open('');
    await follow(page, '/umsetzung/');
    await follow(page, '/umsetzung/status/im-aufbau/');
    const action = project.actions.find((a) => a.status === 'im Aufbau')!;
    await follow(page, `/massnahmen/${action.id}/`);
    expect(await heading(page)).toBe(action.titel);
    await page.context().close();
  });
});
