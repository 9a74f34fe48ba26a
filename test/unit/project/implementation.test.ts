// „Stand der Umsetzung“ and the indicator wording, on the fixture with fictitious follow-up data.
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../../src/lib/project/load-project';
import { implementationGroups } from '../../../src/lib/project/implementation';
import { goalsUsing, layoutIndicator, summarizeIndicator } from '../../../src/lib/project/indicator-view';
import { FIXTURES } from '../../helpers/fixture-site';

const { project } = loadProject(`${FIXTURES}lebendig`, { today: '2026-11-26' });
const indicator = (id: string) => project.indicators.find((i) => i.id === id)!;

describe('implementationGroups(project, filter)', () => {
  it('lists every action per field in rank order, with origin, lead, dated status, next milestone and indicators', () => {
    const groups = implementationGroups(project);
    expect(groups.map((g) => [g.id, g.rows.map((r) => r.id)])).toEqual([
      ['sprache', ['arbeitskreise', 'sprachkurse']],
      ['familien', ['sprachkurse']],
    ]);
    const decided = groups[0]!.rows[0]!;
    expect(decided).toMatchObject({
      herkunft: 'Beschluss',
      federfuehrung: 'Fiktives Amt für Testdaten',
      status: 'in Umsetzung',
      beleg: 'laut Sachstandsbericht 2025 (Fiktiv – Testdaten), Oktober 2025',
      naechsterMeilenstein: 'Dezember 2026: Abschlussbericht (Fiktiv – Testdaten)',
    });
    expect(decided.kennzahlen.map((k) => [k.id, k.verdict])).toEqual([['arbeitskreis-sitzungen', 'auf Kurs'], ['geschulte-ehrenamtliche', 'Ziel erreicht']]);
    expect(groups[0]!.rows[1]).toMatchObject({ herkunft: 'Vorschlag der Redaktion', federfuehrung: 'noch nicht festgelegt', status: 'noch nicht festgelegt', naechsterMeilenstein: 'noch nicht festgelegt', kennzahlen: [] });
  });

  it('filters by origin and status and drops groups left empty', () => {
    expect(implementationGroups(project, { key: 'herkunft', slug: 'beschluss' }).map((g) => [g.id, g.rows.map((r) => r.id)])).toEqual([['sprache', ['arbeitskreise']]]);
    expect(implementationGroups(project, { key: 'status', slug: 'noch-nicht-festgelegt' }).map((g) => g.id)).toEqual(['sprache', 'familien']);
    expect(implementationGroups(project, { key: 'status', slug: 'umgesetzt' })).toEqual([]);
  });
});

describe('indicator wording', () => {
  it.each([
    ['arbeitskreis-sitzungen', 'Zuletzt 8 (30. Juni 2025): auf Kurs, erwartet waren 7,5. Basiswert 0 (2023); Ziel 12 bis 31. Dezember 2026.'],
    ['kurse-mit-kinderbetreuung', 'Zuletzt 25\u00a0% (2024): im Verzug, erwartet waren 35\u00a0%. Basiswert 20\u00a0% (2022); Ziel 50\u00a0% bis 2026.'],
    ['geschulte-ehrenamtliche', 'Zuletzt 45 (1. März 2025): Ziel erreicht. Basiswert 0 (2023); Ziel 40 bis 2027.'],
    ['wartezeit-beratung', 'Noch keine Messung. Basiswert 30 (2024); Ziel 10 bis 2028.'],
  ])('summarizeIndicator(%s)', (id, text) => {
    expect(summarizeIndicator(indicator(id))).toBe(text);
  });

  it('describes the chart with the takeaway and every measurement, and names the goals that use it', () => {
    const chart = layoutIndicator(indicator('kurse-mit-kinderbetreuung'), 400);
    expect(chart.kind).toBe('zeitreihe');
    expect(chart.desc).toContain('Messwerte: 2023: 22,5\u00a0%; 2024: 25\u00a0%; 2025: ohne Wert.');
    expect(goalsUsing(project, 'kurse-mit-kinderbetreuung')).toEqual([
      { path: 'handlungsfelder/familien', titel: 'Handlungsfeld Familien', ziel: 'Mehr Sprachkurse mit Kinderbetreuung (Fiktiv – Testdaten)' },
    ]);
  });
});
