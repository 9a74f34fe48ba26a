// The fixture with fictitious follow-up data ('lebendig', built by test/setup) and the real site:
// decisions, status history, indicators and „Stand der Umsetzung“ as the pages show them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { progressOf } from '../../src/lib/project/indicator-view';
import { facetValues, matches } from '../../src/lib/project/filters';
import { IMPLEMENTATION_FACETS } from '../../src/lib/project/implementation';
import { loadProject } from '../../src/lib/project/load-project';
import { FIXTURES } from '../helpers/fixture-site';
import { LEBENDIG_SITE, REAL_SITE } from '../helpers/paths';
import { attributeValues, listFiles, page, readPages, textOf } from '../helpers/site-files';

const fixture = loadProject(`${FIXTURES}lebendig`).project;
const real = loadProject('.').project;

/** Visible text with the space that tag boundaries leave before punctuation removed. */
const plain = (html: string): string => textOf(html).replace(/ ([:;,.)])/g, '$1');

/** The text of the element that starts at `marker` up to its closing `</tag>`. */
function section(html: string, marker: string, tag: string): string {
  const start = html.indexOf(marker);
  expect(start, marker).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf(`</${tag}>`, start));
}

describe('an action with a decision and a status history (fixture)', () => {
  const html = page(LEBENDIG_SITE, 'massnahmen/arbeitskreise');

  it('shows origin, decision, current status with date and source, lead, partners and period', () => {
    const facts = textOf(section(html, '<dl class="facts"', 'dl'));
    expect(facts).toContain('Status in Umsetzung – laut Sachstandsbericht 2025 (Fiktiv – Testdaten), Oktober 2025');
    expect(facts).toContain('Beschluss: Kreistag (Fiktiv – Testdaten), 14. März 2024, Drucksache 99/2024 (fiktiv).');
    expect(facts).toContain('Federführung Fiktives Amt für Testdaten');
    expect(facts).toContain('Partner Fiktiver Verein A, Fiktiver Verein B');
    expect(facts).toContain('Zeitraum ab April 2024; geplantes Ende Dezember 2026');
    expect(textOf(section(html, '<p class="origin-label"', 'p'))).toBe('Beschluss');
  });

  it('shows the history as an ordered list in date order with machine-readable dates', () => {
    const list = section(html, '<ol class="timeline"', 'ol');
    expect(attributeValues(list, 'datetime')).toEqual(['2018', '2024-03-14', '2024-06-20', '2025-10']);
    expect(plain(list)).toMatch(/^2018: vorgeschlagen – laut Bericht \(Resümee\) 14\. März 2024: in Vorbereitung/);
  });

  it('shows each indicator of its goals with the verdict as computed, and a goal without indicator as such', () => {
    const goals = plain(section(html, '<ul class="goals"', 'section'));
    for (const id of ['arbeitskreis-sitzungen', 'geschulte-ehrenamtliche']) {
      const ind = fixture.indicators.find((i) => i.id === id)!;
      expect(goals).toContain(`${ind.titel}: Zuletzt`);
      expect(goals).toContain(progressOf(ind).verdict);
    }
    expect(goals).toContain('Ein Ziel ohne Kennzahl (Fiktiv – Testdaten) – noch keine Kennzahl festgelegt');
  });

  it('says „noch nicht festgelegt“ for an editors’ proposal without status, lead or period', () => {
    const facts = textOf(section(page(LEBENDIG_SITE, 'massnahmen/sprachkurse'), '<dl class="facts"', 'dl'));
    expect(facts).toContain('Status noch nicht festgelegt Herkunft Vorschlag der Redaktion, abgeleitet aus: Fehlende Angebote.');
    expect(facts).toContain('Federführung noch nicht festgelegt Partner noch nicht festgelegt Zeitraum noch nicht festgelegt');
  });
});

describe('indicator pages (fixture)', () => {
  it.each(fixture.indicators.map((i) => [i.id, i] as const))('%s shows its verdict as computed, chart, table, rule and download', (id, ind) => {
    const html = page(LEBENDIG_SITE, `kennzahlen/${id}`);
    expect(textOf(section(html, '<p class="kennzahl-urteil"', 'p'))).toBe(`Bewertung: ${progressOf(ind).verdict}`);
    expect(html.match(/<svg role="img"/g)).toHaveLength(3);
    expect(html).toMatch(/<caption[^>]*>Tabelle: Messwerte/);
    expect(textOf(html)).toContain('So wird der Fortschritt beurteilt');
    expect(html).toContain(`id="kennzahl-${id}"`);
    expect(existsSync(join(LEBENDIG_SITE, `daten/kennzahlen/${id}.csv`))).toBe(ind.datensatz !== undefined);
  });

  it('offers every measurement file on the open-data page', () => {
    const links = attributeValues(page(LEBENDIG_SITE, 'daten'), 'href');
    for (const i of fixture.indicators.filter((x) => x.datensatz)) expect(links).toContain(`/daten/kennzahlen/${i.id}.csv`);
  });

  it('covers every verdict, and the overview lists each indicator with it', () => {
    const verdicts = fixture.indicators.map((i) => progressOf(i).verdict).sort();
    expect(verdicts).toEqual(['Ziel erreicht', 'auf Kurs', 'im Verzug', 'noch keine Messung']);
    const overview = textOf(page(LEBENDIG_SITE, 'kennzahlen'));
    for (const i of fixture.indicators) expect(overview).toContain(`${i.titel} Bewertung: ${progressOf(i).verdict}`);
  });
});

describe('„Stand der Umsetzung“', () => {
  it.each([['fixture', LEBENDIG_SITE, fixture], ['real site', REAL_SITE, real]] as const)('%s: every filter page lists exactly the matching actions, as links', (_, dir, project) => {
    const values = facetValues(project.actions, project.fields).filter((v) => IMPLEMENTATION_FACETS.includes(v.key));
    for (const v of values) {
      const html = page(dir, `umsetzung/${v.key}/${v.slug}`);
      const listed = new Set(attributeValues(html.slice(html.indexOf('class="umsetzung-feld"')), 'href').filter((h) => /^\/massnahmen\/[a-z0-9-]+\/$/.test(h)));
      const expected = project.actions.filter((a) => matches(a, v.key, v.slug)).map((a) => `/massnahmen/${a.id}/`);
      expect([...listed].sort(), `${v.key}/${v.slug}`).toEqual(expected.sort());
    }
    const overview = page(dir, 'umsetzung');
    for (const a of project.actions) expect(overview).toContain(`href="/massnahmen/${a.id}/"`);
    // Filters are links, not a form; no script is needed to read or filter the page.
    expect(overview).not.toMatch(/<form[^>]*class="[^"]*action-filter/);
    for (const v of values) expect(overview).toContain(`href="/umsetzung/${v.key}/${v.slug}/"`);
  });

  it('prints one field per page: a section per field and a page break before each but the first', () => {
    const sections = page(REAL_SITE, 'umsetzung').match(/<section class="umsetzung-feld"/g) ?? [];
    expect(sections.length).toBe(real.fields.length + (real.actions.some((a) => a.handlungsfelder.length === 0) ? 1 : 0));
    const css = listFiles(REAL_SITE).filter((f) => f.endsWith('.css')).map((f) => readFileSync(join(REAL_SITE, f), 'utf8')).join('\n');
    expect(css).toMatch(/@media print\{[^@]*\.umsetzung-feld\+\.umsetzung-feld\{break-before:page\}/);
  });
});

describe('the real site', () => {
  const pages = readPages(REAL_SITE);

  it('says „noch keine Kennzahl festgelegt“ on every action and field and shows no indicator', () => {
    expect(real.indicators).toEqual([]);
    for (const a of real.actions) expect(textOf(page(REAL_SITE, `massnahmen/${a.id}`)), a.id).toContain('noch keine Kennzahl festgelegt');
    for (const f of real.fields) expect(textOf(page(REAL_SITE, `handlungsfelder/${f.id}`)), f.id).toContain('noch keine Kennzahl festgelegt');
    expect(textOf(page(REAL_SITE, 'kennzahlen'))).toContain('Es ist noch keine Kennzahl festgelegt.');
    expect([...pages.keys()].filter((p) => p.startsWith('kennzahlen/'))).toEqual([]);
  });

  it('contains no fictitious test data and no invented decision, and dates every status to its source', () => {
    for (const [path, html] of pages) expect(html, path).not.toMatch(/Fiktiv|fiktiv|Testdaten/);
    expect(real.actions.filter((a) => a.herkunft === 'Beschluss')).toEqual([]);
    for (const a of real.actions) {
      const facts = textOf(section(page(REAL_SITE, `massnahmen/${a.id}`), '<dl class="facts"', 'dl'));
      if (a.herkunft === 'Vorschlag der Redaktion') expect(facts, a.id).toContain('Status noch nicht festgelegt');
      else expect(facts, a.id).toMatch(/^Status (vorgeschlagen|im Aufbau) – laut Bericht \([^)]+\), 2018 /);
    }
  });

  it('labels the editors’ proposals wherever actions are listed', () => {
    const proposals = real.actions.filter((a) => a.herkunft === 'Vorschlag der Redaktion');
    expect(proposals).toHaveLength(11);
    const catalogue = page(REAL_SITE, 'massnahmen');
    for (const a of proposals) {
      // The card is the <li> that holds the link to the action.
      const card = textOf(section(catalogue.slice(catalogue.lastIndexOf('<li', catalogue.indexOf(`href="/massnahmen/${a.id}/"`))), '<li', 'li'));
      expect(card, a.id).toContain('Vorschlag der Redaktion');
      expect(card, a.id).toContain('Status: noch nicht festgelegt');
    }
    expect(textOf(page(REAL_SITE, 'leichte-sprache'))).not.toContain('Das will der Kreis Kleve machen');
    expect(textOf(page(REAL_SITE, ''))).not.toContain('die Maßnahmen, die daraus folgen');
  });
});
