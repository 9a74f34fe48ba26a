// WCAG 2.1 A/AA with axe-core on every page, plus what axe cannot see.
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumPath } from '../helpers/browser';
import { allPagePaths, followUpPagePaths, useSite, type Session } from '../helpers/e2e';
import { LEBENDIG_SITE } from '../helpers/paths';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const paths = allPagePaths();

/** Every WCAG 2.1 A/AA violation axe finds on the given pages of a site, as "/path rule: targets". */
async function axeViolations(site: Session, pagePaths: readonly string[]): Promise<string[]> {
  const context = await site.browser.newContext({ bypassCSP: true, locale: 'de-DE' });
  const page = await context.newPage();
  const violations: string[] = [];
  for (const path of pagePaths) {
    await page.goto(site.server.url + path);
    await page.addScriptTag({ path: axePath });
    const result = await page.evaluate(async () =>
      // @ts-expect-error axe is injected above
      (await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations.map(
        (v: { id: string; nodes: Array<{ target: string[] }> }) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`,
      ),
    );
    violations.push(...result.map((v: string) => `/${path} ${v}`));
  }
  await context.close();
  return violations;
}

describe.skipIf(!chromiumPath)('accessibility of every page', () => {
  const site = useSite();

  it(`axe finds no WCAG 2.1 A/AA violation on any of ${paths.length} pages`, { timeout: 600_000 }, async () => {
    expect(await axeViolations(site, paths)).toEqual([]);
  });

  it('has the right lang and dir (de, or the summary language under /<lang>/), one h1 and headings without skipped levels on every page', async () => {
    const page = await site.browser.newPage();
    const problems: string[] = [];
    for (const path of paths) {
      await page.goto(site.server.url + path);
      const { lang, dir, levels } = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        dir: document.documentElement.dir,
        levels: [...document.querySelectorAll('main h1, main h2, main h3, main h4, main h5, main h6')].map((h) => Number(h.tagName[1])),
      }));
      const expected = /^(en|tr|ar|uk|ru)\//.exec(path)?.[1] ?? 'de';
      if (lang !== expected) problems.push(`/${path}: lang=${lang}`);
      if (dir !== (expected === 'ar' ? 'rtl' : 'ltr')) problems.push(`/${path}: dir=${dir}`);
      if (levels.filter((l) => l === 1).length !== 1) problems.push(`/${path}: ${levels.filter((l) => l === 1).length} h1`);
      levels.forEach((l, i) => {
        if (i > 0 && l > levels[i - 1]! + 1) problems.push(`/${path}: h${levels[i - 1]} → h${l}`);
      });
    }
    await page.close();
    expect(problems).toEqual([]);
  });

  it('does not scroll sideways at 320 px, nor at 200 % text zoom on a 640 px window', async () => {
    const problems: string[] = [];
    for (const [width, zoom] of [[320, 1], [640, 2]] as const) {
      const page = await site.browser.newPage({ viewport: { width, height: 800 } });
      for (const path of paths) {
        await page.goto(site.server.url + path);
        if (zoom !== 1) await page.evaluate((z) => (document.documentElement.style.fontSize = `${z * 100}%`), zoom);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 1) problems.push(`/${path} at ${width}px ×${zoom}: ${overflow}px too wide`);
      }
      await page.close();
    }
    expect(problems).toEqual([]);
  });

  it('offers a skip link as first focus that moves to the main content, with a visible focus outline', async () => {
    const page = await site.open('kapitel/');
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement;
      const style = getComputedStyle(a);
      return { text: a.textContent, outline: style.outlineStyle, width: style.outlineWidth, top: a.getBoundingClientRect().top };
    });
    expect(skip.text).toBe('Zum Inhalt springen');
    expect(skip.outline).toBe('solid');
    expect(parseFloat(skip.width)).toBeGreaterThanOrEqual(2);
    expect(skip.top).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhalt');
    await page.context().close();
  });

  it('shows a focus outline on every link and button it tabs through', async () => {
    const page = await site.open('massnahmen/');
    const invisible: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const f = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const s = getComputedStyle(el);
        return { tag: el.tagName, text: (el.textContent ?? '').trim().slice(0, 30), visible: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 };
      });
      if (f.tag === 'BODY') break;
      if (!f.visible) invisible.push(`${f.tag} ${f.text}`);
    }
    expect(invisible).toEqual([]);
    await page.context().close();
  });

  it('honours reduced motion and prints without navigation, with tables', async () => {
    const moving = (p: Page) => p.evaluate(() => [...document.querySelectorAll('*')].filter((e) => getComputedStyle(e).transitionDuration.split(',').some((d) => d.trim() !== '0s')).length);
    // Precondition: links do fade without the preference, so the check below can fail.
    const normal = await site.open('handlungsfelder/sprache/', { reducedMotion: 'no-preference' });
    expect(await moving(normal)).toBeGreaterThan(0);
    await normal.context().close();
    const page = await site.open('handlungsfelder/sprache/', { reducedMotion: 'reduce' });
    expect(await moving(page)).toBe(0);
    await page.emulateMedia({ media: 'print' });
    const print = await page.evaluate(() => ({
      nav: getComputedStyle(document.querySelector('.site-nav')!).display,
      search: getComputedStyle(document.querySelector('.site-search')!).display,
      main: getComputedStyle(document.querySelector('main')!).display,
    }));
    expect(print).toEqual({ nav: 'none', search: 'none', main: 'block' });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    await page.context().close();
  });
});

describe.skipIf(!chromiumPath)('accessibility of the follow-up page types (fixture with decisions and indicators)', () => {
  const site = useSite(LEBENDIG_SITE);
  const followUp = followUpPagePaths(LEBENDIG_SITE);

  it(`axe finds no WCAG 2.1 A/AA violation on ${followUp.length} indicator, implementation and decision pages`, { timeout: 300_000 }, async () => {
    expect(followUp.filter((p) => p.startsWith('kennzahlen/')).length).toBeGreaterThan(1);
    expect(await axeViolations(site, followUp)).toEqual([]);
  });
});
