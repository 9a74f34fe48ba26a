// Every page type at 320, 768 and 1280 px: chart text on screen, chart width, broken words,
// title position on a phone, no sideways scrolling, card grids without a lonely last card.
// One page load per page and width.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from '../helpers/browser';
import { useSite } from '../helpers/e2e';
import { PAGE_TYPES } from '../helpers/page-types';

interface Measures {
  scrollWidth: number;
  clientWidth: number;
  titleTop: number;
  charts: Array<{ id: string; chartWidth: number; figureWidth: number; smallestText: number }>;
  brokenWords: string[];
  /** Table cells whose content is wider than the cell (it would spill into the next one). */
  overflowingCells: string[];
  /** Card grids: cards per row, and whether the last row's only card spans the grid. */
  grids: Array<{ name: string; rows: number[]; lastIsWide: boolean }>;
}

/** Runs in the page: every measurement at once. */
function measure(): Measures {
  const charts = [...document.querySelectorAll<HTMLElement>('.befund-grafik')].map((box) => {
    const svg = [...box.querySelectorAll<SVGSVGElement>('svg.chart')].find((s) => getComputedStyle(s).display !== 'none');
    if (!svg) return { id: box.closest('figure')?.id ?? '?', chartWidth: 0, figureWidth: box.clientWidth, smallestText: 0 };
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    const sizes = [...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
    return { id: box.closest('figure')?.id ?? '?', chartWidth: svg.getBoundingClientRect().width, figureWidth: box.clientWidth, smallestText: Math.min(...sizes) };
  });
  // A word broken across lines must break after a hyphen, soft hyphen, slash or dash.
  const brokenWords: string[] = [];
  // No filter callback: with JavaScript disabled for the page, callbacks cannot run.
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  const lines = (node: Node, from: number, to: number) => {
    range.setStart(node, from);
    range.setEnd(node, to);
    return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
  };
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('svg, script, style, .visually-hidden')) continue;
    const text = node.textContent ?? '';
    for (const m of text.matchAll(/\S{4,}/g)) {
      if (/:\/\/|www\.|@/.test(m[0])) continue; // addresses may break anywhere (citation lines)
      const end = m.index + m[0].length;
      if (lines(node, m.index, end) < 2) continue;
      // The first prefix of the word that spans two lines ends with the first character of the new line.
      let k = m.index + 2;
      while (k < end && lines(node, m.index, k) < 2) k++;
      if (!/[-\u00ad/–]/.test(text[k - 2]!)) brokenWords.push(`${m[0].replace(/\u00ad/g, '')} (nach „${text.slice(m.index, k - 1).replace(/\u00ad/g, '')}“)`);
    }
  }
  const grids = [...document.querySelectorAll<HTMLElement>('.cards, .key-figures')].map((grid, i) => {
    const items = [...grid.children].filter((c) => c.getBoundingClientRect().height > 0);
    const rows = new Map<number, number>();
    for (const item of items) {
      const top = Math.round(item.getBoundingClientRect().top);
      rows.set(top, (rows.get(top) ?? 0) + 1);
    }
    const last = items.at(-1)?.getBoundingClientRect();
    return {
      name: `${grid.className} #${i + 1}`,
      rows: [...rows.keys()].sort((a, b) => a - b).map((t) => rows.get(t)!),
      lastIsWide: !!last && last.width >= grid.clientWidth - 1,
    };
  });
  const overflowingCells = [...document.querySelectorAll<HTMLElement>('td, th')]
    .filter((c) => c.getClientRects().length > 0 && c.scrollWidth > c.clientWidth + 1)
    .map((c) => (c.textContent ?? '').trim().replace(/\u00ad/g, '').slice(0, 40));
  return {
    overflowingCells,
    grids,
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
    titleTop: document.querySelector('h1')?.getBoundingClientRect().top ?? -1,
    charts,
    brokenWords,
  };
}

const WIDTHS = [320, 768, 1280];

describe.skipIf(!chromiumPath)('reading layout on every page type', () => {
  const site = useSite();
  const results = new Map<string, Measures>();
  let page: Page;

  beforeAll(async () => {
    for (const width of WIDTHS) {
      const context = await site.browser.newContext({ locale: 'de-DE', viewport: { width, height: 640 }, javaScriptEnabled: false });
      page = await context.newPage();
      for (const [name, path] of Object.entries(PAGE_TYPES)) {
        await page.goto(site.server.url + path);
        results.set(`${name}@${width}`, await page.evaluate(measure));
      }
      await context.close();
    }
  });
  afterAll(() => results.clear());

  const cases = WIDTHS.flatMap((w) => Object.keys(PAGE_TYPES).map((name) => [name, w] as const));

  it.each(cases)('%s at %i px: no sideways scrolling', (name, width) => {
    const m = results.get(`${name}@${width}`)!;
    expect(m.scrollWidth).toBeLessThanOrEqual(m.clientWidth);
  });

  it.each(cases)('%s at %i px: every chart fills its figure, no chart text below 14 px', (name, width) => {
    for (const c of results.get(`${name}@${width}`)!.charts) {
      expect(Math.abs(c.chartWidth - c.figureWidth), c.id).toBeLessThanOrEqual(1);
      expect(c.smallestText, c.id).toBeGreaterThanOrEqual(13.95);
    }
  });

  it.each(cases)('%s at %i px: no table cell spills over into its neighbour', (name, width) => {
    expect(results.get(`${name}@${width}`)!.overflowingCells).toEqual([]);
  });

  it.each(cases)('%s at %i px: no word broken without a hyphen', (name, width) => {
    expect(results.get(`${name}@${width}`)!.brokenWords).toEqual([]);
  });

  // The rule of src/lib/card-grid.ts: below full rows, the last row holds at least two cards and at
  // least half a full row, or its one card spans the grid.
  it.each(cases)('%s at %i px: no card grid leaves a lonely card in its last row', (name, width) => {
    for (const g of results.get(`${name}@${width}`)!.grids) {
      const full = Math.max(...g.rows);
      const last = g.rows.at(-1)!;
      if (g.rows.length < 2 || full < 2 || g.lastIsWide) continue;
      expect(last, `${g.name}: ${g.rows.join('+')}`).toBeGreaterThanOrEqual(Math.max(2, full / 2));
    }
  });

  it.each(Object.keys(PAGE_TYPES))('%s at 320 px: the page title starts within the first 160 px', (name) => {
    const top = results.get(`${name}@320`)!.titleTop;
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThanOrEqual(160);
  });
});
