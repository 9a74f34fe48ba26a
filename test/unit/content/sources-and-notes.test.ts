// Sources and change notes: every rule's German message, with its position, all at once.
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/errors/problem';
import { loadProject } from '../../../src/lib/project/load-project';
import { baseSurvey, citeSource, formatPeriod, sourceDate } from '../../../src/lib/sources/source';
import { copyFixture, type FixtureCopy } from '../../helpers/fixture-site';

let site: FixtureCopy | undefined;
afterEach(() => site?.cleanup());

const TODAY = '2026-11-26';
const SOURCE = 'src/content/quellen/testbefragung.yaml';

/** Loads a changed copy of the minimal fixture on a fixed "today" and returns its error messages. */
function errorsAfter(change: (s: FixtureCopy) => void): string {
  site = copyFixture('minimal');
  change(site);
  return loadProject(site.root, { today: TODAY })
    .problems.filter((p) => p.severity === 'error')
    .map(formatProblem)
    .join('\n');
}

describe('sources and change notes: messages', () => {
  it('the fixture has no errors on the fixed day', () => expect(errorsAfter(() => {})).toBe(''));

  it('names an unknown source and lists the known ones', () => {
    expect(errorsAfter((s) => s.edit('src/content/befunde/angebote.yaml', (t) => t.replace('quelle: testbefragung', 'quelle: befragung-2030'))))
      .toMatchInlineSnapshot(`
        "src/content/befunde/angebote.yaml:9:9 – Die Quelle „befragung-2030“ gibt es nicht.
            → Eine vorhandene Quelle aus src/content/quellen/ nennen: „testbefragung“. Eine neue Befragung als eigene Datei anlegen (Vorlage: src/content/quellen/_vorlage.yaml)."
      `);
  });

  it('requires a source on every finding', () => {
    expect(errorsAfter((s) => s.edit('src/content/befunde/angebote.yaml', (t) => t.replace('quelle: testbefragung\n', ''))))
      .toContain('src/content/befunde/angebote.yaml:1:1 – Das Pflichtfeld „quelle“ fehlt.');
  });

  it('reports a future date, a bad ISO date, a reversed period and a change note without text, all at once', () => {
    const errors = errorsAfter((s) => {
      s.edit(SOURCE, (t) => t.replace('von: 2019-05-01', 'von: 2019-06-15').replace(/aenderungen:[\s\S]*$/, '') +
        'aenderungen:\n  - datum: 2019-06-01\n    art: wesentlich\n    text: Gestern.\n  - datum: 2019-02-30\n    art: redaktionell\n    text: Kein Tag.\n  - datum: 2020-01-02\n    art: redaktionell\n');
      s.edit('src/content/befunde/angebote.yaml', (t) => `${t}aenderungen:\n  - datum: 2026-11-27\n    art: wesentlich\n    text: Morgen.\n`);
    });
    expect(errors).toMatchInlineSnapshot(`
      "src/content/quellen/testbefragung.yaml:6:8 – Der Zeitraum beginnt (von: 2019-06-15) nach seinem Ende (bis: 2019-05-31).
          → „von“ und „bis“ vertauschen oder das falsche Datum berichtigen.
      src/content/quellen/testbefragung.yaml:16:12 – Feld „aenderungen → 2. Eintrag → datum“: „2019-02-30“ ist kein Datum.
          → Datum als JJJJ-MM-TT schreiben, z. B. 2018-08-17.
      src/content/quellen/testbefragung.yaml:19:5 – Die Änderungsnotiz „aenderungen → 3. Eintrag“ hat keinen Text.
          → Unter „text:“ in einem Satz sagen, was sich geändert hat und warum.
      src/content/befunde/angebote.yaml:11:12 – Feld „aenderungen → 1. Eintrag → datum“: Das Datum „2026-11-27“ liegt in der Zukunft (heute ist der 26. November 2026).
          → Nur eintragen, was schon geschehen ist; das Datum berichtigen (Änderungen erst am Tag der Änderung vermerken)."
    `);
  });

  it('reports a date after the injected today, with the day it compared against', () => {
    const errors = errorsAfter((s) =>
      s.edit('src/content/kapitel/erstes.mdx', (t) => t.replace('reihenfolge: 1\n', 'reihenfolge: 1\naenderungen:\n  - datum: 2026-11-27\n    art: wesentlich\n    text: Morgen.\n')),
    );
    expect(errors).toMatchInlineSnapshot(`
      "src/content/kapitel/erstes.mdx:5:12 – Feld „aenderungen → 1. Eintrag → datum“: Das Datum „2026-11-27“ liegt in der Zukunft (heute ist der 26. November 2026).
          → Nur eintragen, was schon geschehen ist; das Datum berichtigen (Änderungen erst am Tag der Änderung vermerken)."
    `);
    site?.cleanup();
    expect(errorsAfter((s) => s.edit(SOURCE, (t) => t.replace('bis: 2019-05-31', 'bis: 2026-12-01')))).toContain(
      'src/content/quellen/testbefragung.yaml:7:8 – Feld „zeitraum → bis“: Das Datum „2026-12-01“ liegt in der Zukunft (heute ist der 26. November 2026).',
    );
  });
});

describe('source helpers', () => {
  it.each([
    [{ von: '2018-06-19', bis: '2018-07-31' }, '19.06.–31.07.2018'],
    [{ von: '2023-12-01', bis: '2024-01-31' }, '01.12.2023–31.01.2024'],
    [{ von: '2024-03-04' }, 'ab 04.03.2024'],
    [{ bis: '2024-03-04' }, 'bis 04.03.2024'],
    [{}, undefined],
    [undefined, undefined],
  ])('formatPeriod(%j) is %j', (period, text) => expect(formatPeriod(period)).toBe(text));

  it('citeSource and sourceDate', () => {
    expect(citeSource({ herausgeber: 'Kreis', titel: 'Befragung', jahr: 2024 })).toBe('Kreis: Befragung (2024)');
    expect(sourceDate({ jahr: 2018, zeitraum: { von: '2018-06-19', bis: '2018-07-31' } })).toBe('2018-07-31');
    expect(sourceDate({ jahr: 2024, zeitraum: { von: '2024-03-04' } })).toBe('2024-03-04');
    expect(sourceDate({ jahr: 2024 })).toBe('2024-12-31');
  });

  it('baseSurvey(sources) is the oldest source; undefined without sources', () => {
    const a = { jahr: 2024, zeitraum: { von: '2024-03-04', bis: '2024-04-12' } };
    const b = { jahr: 2018, zeitraum: { von: '2018-06-19', bis: '2018-07-31' } };
    expect(baseSurvey([a, b])).toBe(b);
    expect(baseSurvey([])).toBeUndefined();
  });
});
