// Print: every chapter and a finding page printed by Chromium to A4 (page.pdf), read back with
// pdftotext page by page. Each figure starts and ends on the same page with its number visible;
// navigation, search, breadcrumbs, pager and footer links do not print; links to other sites show
// their address.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from '../helpers/browser';
import { allPagePaths, useSite } from '../helpers/e2e';

interface Printed {
  /** Text of each printed page, folded for comparison (see `fold`). */
  pages: string[];
  figures: Array<{ id: string; label: string; end: string; breakInside: string }>;
  /** Elements that repeat the site around the content and must not print, if any is visible. */
  visibleChrome: string[];
  /** Links to other sites in the content whose printed address is missing. */
  linksWithoutAddress: string[];
}

/** Whitespace, hyphens and soft hyphens dropped: a word broken at a line end still matches. */
const fold = (text: string) => text.replace(/[\s\u00ad\u2010-]+/g, '');

const CHROME = ['.skip-link', '.site-search', '.site-nav', '.site-menu', '.language-switcher', '.breadcrumbs', '.toc', '.pager', '.site-footer nav', '.befund-links', '.permalink'];

/** Runs in the page (print media): the figures' first and last visible text, and what must not print. */
function inspect(chrome: string[]): Omit<Printed, 'pages'> {
  const shown = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const figures = [...document.querySelectorAll<HTMLElement>('figure.befund')].map((f) => {
    const lines = [...f.querySelectorAll<HTMLElement>('.befund-kontext li')].filter(shown);
    return {
      id: f.id,
      label: (f.querySelector('.befund-nummer')?.textContent ?? '').replace(/\u00ad/g, '').replace(/\s+/g, ' ').replace(/:$/, ''),
      end: lines.at(-1)?.textContent ?? '',
      breakInside: getComputedStyle(f).breakInside,
    };
  });
  const visibleChrome = chrome.flatMap((sel) => [...document.querySelectorAll(sel)].filter(shown).map(() => sel));
  const linksWithoutAddress = [...document.querySelectorAll<HTMLAnchorElement>('main a[href^="http"]')]
    .filter(shown)
    .filter((a) => !getComputedStyle(a, '::after').content.includes(a.getAttribute('href')!))
    .map((a) => a.href);
  return { figures, visibleChrome, linksWithoutAddress };
}

const pdfPages = (file: string): string[] => {
  const result = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pdftotext failed: ${result.stderr}`);
  return result.stdout.split('\f').map(fold);
};

describe.skipIf(!chromiumPath)('printing chapters and a finding', () => {
  const site = useSite();
  const paths = [...allPagePaths().filter((p) => /^kapitel\/[^/]+\/$/.test(p)), 'befunde/unterstuetzungsbedarf/'];
  const printed = new Map<string, Printed>();
  const dir = mkdtempSync(join(tmpdir(), 'print-'));

  beforeAll(async () => {
    const context = await site.browser.newContext({ locale: 'de-DE', javaScriptEnabled: false });
    const page = await context.newPage();
    await page.emulateMedia({ media: 'print' });
    for (const [i, path] of paths.entries()) {
      await page.goto(site.server.url + path);
      const file = join(dir, `${i}.pdf`);
      await page.pdf({ path: file, format: 'A4' });
      printed.set(path, { ...(await page.evaluate(inspect, CHROME)), pages: pdfPages(file) });
    }
    await context.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints twelve chapters and the finding, with figures', () => {
    expect(paths.length).toBe(13);
    expect(printed.size).toBe(13);
    expect([...printed.values()].filter((p) => p.figures.length > 0).length).toBeGreaterThanOrEqual(10);
  });

  it.each(paths)('%s: every figure starts and ends on one page, with its number („Abbildung N“)', (path) => {
    const { pages, figures } = printed.get(path)!;
    for (const f of figures) {
      expect(f.label, f.id).toMatch(/^Abbildung \d+$/);
      expect(f.breakInside, f.id).toBe('avoid');
      const label = fold(f.label);
      const at = pages.findIndex((p) => p.includes(label));
      expect(at, `${f.id}: „${f.label}“ printed`).toBeGreaterThanOrEqual(0);
      // From the number to the next figure's number (or the page end): the figure's last line is there.
      const after = pages[at]!.slice(pages[at]!.indexOf(label) + label.length);
      const until = after.search(/Abbildung\d+/);
      expect((until < 0 ? after : after.slice(0, until)).includes(fold(f.end)), `${f.id} ends on page ${at + 1}`).toBe(true);
    }
  });

  it.each(paths)('%s: prints no navigation, search, breadcrumbs, pager or footer links', (path) => {
    const { pages, visibleChrome } = printed.get(path)!;
    expect(visibleChrome).toEqual([]);
    const text = pages.join('');
    for (const chrome of ['Zum Inhalt springen', 'Menü', 'Hauptnavigation', 'Vorheriges Kapitel', 'Nächstes Kapitel', 'Daten als CSV herunterladen', 'Datenschutz', 'Barrierefreiheit'].map(fold)) {
      expect(text, chrome).not.toContain(chrome);
    }
  });

  it.each(paths)('%s: links to other sites print their address', (path) => {
    expect(printed.get(path)!.linksWithoutAddress).toEqual([]);
  });
});
