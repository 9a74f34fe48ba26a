// Figure and DataTable rendered by Astro per chart kind: what a page gets, checked as HTML.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import DataTable from '../../src/components/charts/DataTable.astro';
import Figure from '../../src/components/charts/Figure.astro';
import { CHART_LAYOUTS } from '../../src/lib/charts/model';
import { isListFinding } from '../../src/lib/charts/list-view';
import { takeaway } from '../../src/lib/charts/summary';
import { formatValue } from '../../src/lib/format';
import { CHART_CASES, finding } from '../unit/charts/fixtures';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

/** Astro's scoping attributes (data-astro-cid-…) removed, so assertions read like the markup. */
const render = async (...args: Parameters<AstroContainer['renderToString']>) =>
  (await container.renderToString(...args)).replace(/ data-astro-cid-[a-z0-9]+(="[^"]*")?/g, '');
const decode = (html: string) => html.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
const cases = CHART_CASES.map(([kind, rows, unit]) => [kind, finding(kind, rows, unit)] as const);

describe('<Figure> per chart kind', () => {
  it.each(cases)('%s: heading, takeaway, one SVG per layout width and a table (or one list), downloads', async (kind, f) => {
    const html = await render(Figure, {
      props: { finding: f, pageUrl: '/befunde/x/', csvUrl: '/daten/x.csv', svgUrl: '/daten/x.svg', headingLevel: 2, number: 3 },
    });
    expect(html).toMatch(new RegExp(`<figure id="befund-${f.id}" class="befund befund--${kind}"`));
    expect(html).toMatch(new RegExp(`<h2 id="befund-${f.id}-titel" class="befund-titel">.*Abbildung 3:.* ${f.titel}</h2>`));
    expect(decode(html)).toContain(takeaway(f));
    if (isListFinding(f)) {
      // Values lost: the categories as one list, no chart and no empty table.
      expect(html).not.toMatch(/<svg |<table /);
      for (const r of f.rows) expect(decode(html)).toContain(r.kategorie);
    } else {
      expect(html.match(/<svg /g)).toHaveLength(CHART_LAYOUTS.length);
      expect(html.match(/<table /g)).toHaveLength(1);
    }
    expect(html).toContain('href="/daten/x.csv"');
    // The figure's caption is its last child (HTML allows first or last only).
    expect(html.trimEnd()).toMatch(/<\/figcaption>\s*<\/figure>$/);
    // Strict CSP: no style attributes; no absolute paths of this machine.
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).not.toContain(process.cwd());
  });
});

describe('<DataTable> per chart kind', () => {
  it.each(cases)('%s: a caption, one body row per data row, every value in German format', async (_kind, f) => {
    const html = await render(DataTable, { props: { finding: f } });
    expect(html).toContain(`<caption>Tabelle: ${f.titel}</caption>`);
    const body = html.slice(html.indexOf('<tbody'));
    expect(body.match(/<tr/g)).toHaveLength(f.rows.length);
    for (const r of f.rows) {
      if (r.wert !== null) expect(decode(body)).toContain(formatValue(r.wert, f.einheit, r.genauigkeit));
      expect(decode(body)).toContain(r.kategorie);
    }
    if (f.rows.some((r) => r.wert === null)) expect(body).toContain('kein Wert im Bericht');
    // The Gruppe column appears exactly when a row has a group.
    expect(html.includes('>Gruppe<')).toBe(f.rows.some((r) => r.gruppe !== ''));
  });
});
