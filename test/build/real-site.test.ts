// The real site, built once by test/setup: every finding, field and action where it belongs.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isListFinding } from '../../src/lib/charts/list-view';
import { typeset } from '../../src/lib/text/hyphenate';
import { formatValue } from '../../src/lib/format';
import { fieldView } from '../../src/lib/project/fields';
import { facetValues, matches } from '../../src/lib/project/filters';
import { loadProject } from '../../src/lib/project/load-project';
import { REAL_SITE } from '../helpers/paths';
import { attributeValues, page, readPages, textOf } from '../helpers/site-files';

const { project, problems } = loadProject('.');
const pages = readPages(REAL_SITE);

describe('the real content', () => {
  it('has no errors and the whole report', () => {
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(project.chapters.length).toBeGreaterThanOrEqual(12);
    expect(project.findings.length).toBeGreaterThanOrEqual(15);
    expect(project.fields.map((f) => f.titel)).toEqual(['Schule, Ausbildung, Studium', 'Sprache', 'Arbeit und Beruf', 'Familien', 'Interkulturelle Öffnung']);
  });
});

describe('chapter pages', () => {
  it.each(project.chapters.map((c) => [c.id, c] as const))('%s shows every finding it embeds with its figures next to their labels', (_id, chapter) => {
    const html = page(REAL_SITE, `kapitel/${chapter.id}`);
    expect(html).toContain(`<h1 data-pagefind-weight="10">${chapter.titel}</h1>`);
    for (const id of chapter.befunde) {
      const finding = project.findings.find((f) => f.id === id)!;
      const figure = html.slice(html.indexOf(`id="befund-${id}"`));
      expect(figure.length, `figure ${id}`).toBeLessThan(html.length);
      const figureText = textOf(figure.slice(0, figure.indexOf('</figure>')));
      // A list the chapter's text already shows is not repeated: the labels stand before the figure.
      const listedAbove = figureText.includes('stehen in der Liste im Text oben');
      const text = listedAbove ? textOf(html.slice(0, html.indexOf(`id="befund-${id}"`))) : figureText;
      for (const row of finding.rows) {
        const label = textOf(typeset(row.kategorie));
        expect(text, `${id}: ${row.kategorie}`).toContain(label);
        if (row.wert !== null) {
          const value = formatValue(row.wert, finding.einheit, row.genauigkeit).replace(/[\u00a0\u202f]/g, ' ');
          // The value follows its label in the data table row.
          const rowText = text.slice(text.indexOf(label));
          expect(rowText, `${id}: ${row.kategorie}`).toContain(value);
        }
      }
    }
  });

  it('are linked in reading order with previous and next', () => {
    project.chapters.forEach((c, i) => {
      const links = attributeValues(page(REAL_SITE, `kapitel/${c.id}`), 'href');
      if (i > 0) expect(links).toContain(`/kapitel/${project.chapters[i - 1]!.id}/`);
      if (i < project.chapters.length - 1) expect(links).toContain(`/kapitel/${project.chapters[i + 1]!.id}/`);
    });
  });
});

describe('finding pages', () => {
  const charts = project.findings.filter((f) => !isListFinding(f));
  const lists = project.findings.filter((f) => isListFinding(f));

  it.each(charts.map((f) => [f.id, f] as const))('%s carries its SVG, summary, table, source line and downloads', (id, finding) => {
    const html = page(REAL_SITE, `befunde/${id}`);
    expect(html).toMatch(/<svg[^>]*role="img"/);
    expect(html).toMatch(/<title id="[^"]+">/);
    expect(html).toMatch(/<desc id="[^"]+">/);
    expect(html).toContain('class="befund-aussage"');
    expect(html).toMatch(/<table[\s\S]*<caption[\s\S]*<th scope="col"/);
    expect(textOf(html)).toContain(`Abschnitt „${finding.abschnitt}“`);
    expect(textOf(html)).toContain('19.06.–31.07.2018');
    expect(attributeValues(html, 'href')).toContain(`/daten/${finding.datensatz}.csv`);
    expect(attributeValues(html, 'href')).toContain(`/daten/${id}.svg`);
    expect(existsSync(join(REAL_SITE, 'daten', `${finding.datensatz}.csv`))).toBe(true);
    const svg = readFileSync(join(REAL_SITE, 'daten', `${id}.svg`), 'utf8');
    expect(svg).toMatch(/^<\?xml[\s\S]*<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    if (finding.rows.some((r) => r.wert === null)) expect(textOf(html)).toMatch(/nicht erhalten/);
  });

  it.each(lists.map((f) => [f.id, f] as const))('%s (values lost) is one plain list: no SVG, no table of empty values, no legend', (id, finding) => {
    const html = page(REAL_SITE, `befunde/${id}`);
    const figure = html.slice(html.indexOf('<figure'), html.indexOf('</figure>'));
    expect(figure).not.toMatch(/<svg|<table|kein Wert im Bericht/);
    expect(figure).toContain('class="befund-liste"');
    for (const r of finding.rows) expect(textOf(figure)).toContain(textOf(typeset(r.kategorie)));
    // Said once (by the takeaway or the list's note), not again by the context lines.
    expect(textOf(figure)).not.toContain('Werte, die nur in ihr standen');
    expect(textOf(figure)).toMatch(/nicht erhalten/);
    expect(attributeValues(html, 'href')).toContain(`/daten/${finding.datensatz}.csv`);
    expect(attributeValues(html, 'href')).not.toContain(`/daten/${id}.svg`);
    expect(existsSync(join(REAL_SITE, 'daten', `${id}.svg`))).toBe(false);
  });

  it('a chapter whose text lists the categories does not repeat them in the finding', () => {
    const text = textOf(page(REAL_SITE, 'kapitel/zukuenftige-gestaltung'));
    expect(text.split('Förderung der Partizipation')).toHaveLength(2);
    expect(text).toContain('Die 13 Kategorien stehen in der Liste im Text oben.');
  });

  it('the finding page does not repeat its title as the figure heading', () => {
    const html = page(REAL_SITE, 'befunde/handlungsfelder-prioritaet');
    expect(html.match(/<h[1-3][^>]*>Prioritäre Handlungsfelder für die nächsten zwei Jahre<\/h[1-3]>/g)).toHaveLength(1);
  });

  it('list the actions that cite them', () => {
    for (const f of project.findings) {
      const links = attributeValues(page(REAL_SITE, `befunde/${f.id}`), 'href');
      const citing = project.actions.filter((a) => a.belege.includes(f.id));
      for (const a of citing) expect(links, `${f.id} → ${a.id}`).toContain(`/massnahmen/${a.id}/`);
    }
  });
});

describe('fields and actions', () => {
  it('a field lists its findings and actions; an action lists its evidence and fields', () => {
    for (const field of project.fields) {
      const links = attributeValues(page(REAL_SITE, `handlungsfelder/${field.id}`), 'href');
      for (const f of project.findings.filter((x) => x.handlungsfelder.includes(field.id))) expect(links).toContain(`/befunde/${f.id}/`);
      const actions = project.actions.filter((a) => a.handlungsfelder.includes(field.id));
      expect(actions.length, field.id).toBeGreaterThan(0);
      for (const a of actions) expect(links).toContain(`/massnahmen/${a.id}/`);
    }
    for (const action of project.actions) {
      const links = attributeValues(page(REAL_SITE, `massnahmen/${action.id}`), 'href');
      for (const b of action.belege) expect(links).toContain(`/befunde/${b}/`);
      for (const f of action.handlungsfelder) expect(links).toContain(`/handlungsfelder/${f}/`);
    }
  });

  it('every filter page lists exactly the matching actions', () => {
    const values = facetValues(project.actions, project.fields);
    expect(values.length).toBeGreaterThanOrEqual(project.fields.length + 5 + 2);
    for (const v of values) {
      const html = page(REAL_SITE, `massnahmen/${v.key}/${v.slug}`);
      const listed = attributeValues(html.slice(html.indexOf('class="cards action-list"')), 'href')
        .filter((h) => /^\/massnahmen\/[a-z0-9-]+\/$/.test(h))
        .map((h) => h.split('/')[2]);
      const expected = project.actions.filter((a) => matches(a, v.key, v.slug)).map((a) => a.id);
      expect(new Set(listed), `${v.key}/${v.slug}`).toEqual(new Set(expected));
    }
  });

  it('offers no filter that would show no action (catalogue and „Stand der Umsetzung“)', () => {
    for (const path of ['massnahmen', 'umsetzung']) {
      expect(page(REAL_SITE, path), path).toMatch(/<span class="count">\(\d+\)<\/span>/);
      expect(page(REAL_SITE, path), path).not.toContain('<span class="count">(0)</span>');
    }
  });

  it('the catalogue lists every action with its filter attributes', () => {
    const html = page(REAL_SITE, 'massnahmen');
    expect(html.match(/class="card action-card"/g)?.length).toBe(project.actions.length);
  });

  it('lists the fields in descending order of their shares, each with its share from the ranking', () => {
    const view = fieldView(project, project.fields[0]!.id);
    const html = page(REAL_SITE, 'handlungsfelder');
    const cards = html.slice(html.indexOf('class="cards field-cards"'));
    const listed = [...cards.matchAll(/class="big-figure">([\d,]+)/g)].map((m) => Number(m[1]!.replace(',', '.')));
    const titles = [...cards.matchAll(/<h3><a href="[^"]+">([^<]+)<\/a>/g)].map((m) => m[1]);
    // The shares as the page shows them, in page order, must be those of the ranking file, largest first.
    const shareOf = (title: string | undefined) => view.ranking!.rows.find((r) => r.kategorie === title)?.wert;
    expect(listed).toHaveLength(project.fields.length);
    expect(listed).toEqual(titles.map(shareOf));
    expect(listed).toEqual([...listed].sort((a, b) => b - a));
  });

  it('the start page leads to every field, and to actions, findings, report, search and Leichte Sprache', () => {
    const links = attributeValues(page(REAL_SITE, ''), 'href');
    for (const f of project.fields) expect(links).toContain(`/handlungsfelder/${f.id}/`);
    for (const p of ['/massnahmen/', '/befunde/', '/kapitel/', '/suche/', '/leichte-sprache/', '/gebaerdensprache/']) expect(links).toContain(p);
    expect(textOf(page(REAL_SITE, ''))).toContain('98');
  });
});

describe('no dead ends', () => {
  it('every internal link of every page resolves to a built file', () => {
    const broken: string[] = [];
    for (const [path, html] of pages) {
      for (const href of [...attributeValues(html, 'href'), ...attributeValues(html, 'src')]) {
        if (!href.startsWith('/') || href.startsWith('//')) continue;
        const target = decodeURI(href.split('#')[0]!.split('?')[0]!);
        const file = target.endsWith('/') ? join(REAL_SITE, target, 'index.html') : join(REAL_SITE, target);
        if (!existsSync(file)) broken.push(`${path || '/'} → ${href}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('every page is reachable from the start page', () => {
    const seen = new Set<string>(['']);
    const queue = [''];
    while (queue.length > 0) {
      const html = pages.get(queue.shift()!)!;
      for (const href of attributeValues(html, 'href')) {
        if (!href.startsWith('/') || href.startsWith('//')) continue;
        const path = href.split('#')[0]!.split('?')[0]!.replace(/^\/|\/$/g, '');
        if (pages.has(path) && !seen.has(path)) {
          seen.add(path);
          queue.push(path);
        }
      }
    }
    const unreachable = [...pages.keys()].filter((p) => !seen.has(p) && p !== '404');
    expect(unreachable).toEqual([]);
  });
});

describe('search index and open data of the real site', () => {
  it('indexes every chapter, finding, field, action and source page, each with its page type', () => {
    const entry = JSON.parse(readFileSync(join(REAL_SITE, 'pagefind/pagefind-entry.json'), 'utf8'));
    const indexed = [...pages].filter(([, html]) => html.includes('data-pagefind-body') && html.includes('<html lang="de"'));
    expect(entry.languages.de.page_count).toBe(indexed.length);
    // One index per summary language (test/build/languages.test.ts checks those pages).
    expect(Object.keys(entry.languages).sort()).toEqual(['ar', 'de', 'en', 'ru', 'tr', 'uk']);
    const types = new Map<string, number>();
    for (const [, html] of indexed) {
      const type = /data-pagefind-filter="Seitentyp:([^"]+)"/.exec(html)?.[1] ?? 'none';
      types.set(type, (types.get(type) ?? 0) + 1);
    }
    expect(Object.fromEntries(types)).toEqual({
      Kapitel: project.chapters.length,
      Befund: project.findings.length,
      Handlungsfeld: project.fields.length,
      'Maßnahme': project.actions.length,
      Quelle: project.sources.length,
      // The introduction, one page per field and the actions in short form.
      'Leichte Sprache': 1 + project.easyLanguage.fields.length + 1,
    });
  });

  it('publishes a valid data package whose every resource exists', async () => {
    const { Package } = await import('datapackage');
    const descriptor = JSON.parse(readFileSync(join(REAL_SITE, 'daten/datapackage.json'), 'utf8'));
    const pkg = await Package.load(descriptor, { basePath: join(REAL_SITE, 'daten') });
    expect(pkg.errors.map(String)).toEqual([]);
    expect(pkg.valid).toBe(true);
    for (const r of descriptor.resources) expect(existsSync(join(REAL_SITE, 'daten', r.path)), r.path).toBe(true);
    expect(descriptor.resources).toHaveLength(project.findings.length);
  });
});

