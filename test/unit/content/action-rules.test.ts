// Origin, decision and status history of actions: every rule with its pinned German message.
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/errors/problem';
import { loadProject } from '../../../src/lib/project/load-project';
import { copyFixture, type FixtureCopy } from '../../helpers/fixture-site';

let site: FixtureCopy | undefined;
afterEach(() => site?.cleanup());

const FILE = 'src/content/massnahmen/arbeitskreise.md';
const HEAD = '---\ntitel: Arbeitskreise gründen\nhandlungsfelder: [sprache]\nzielgruppen: [Ehrenamt]\nbelege: [beteiligung]\n';

/** Errors after replacing the fixture action's front matter (after the common head) with `yaml`. */
function errorsFor(yaml: string, today = '2026-11-26'): string {
  site = copyFixture('minimal');
  site.write(FILE, `${HEAD}${yaml}---\nText.\n`);
  return loadProject(site.root, { today }).problems.filter((p) => p.severity === 'error').map(formatProblem).join('\n');
}

describe('action origin and decision', () => {
  it('accepts a complete decision with status history, lead, partners, period and milestones', () => {
    site = copyFixture('minimal');
    site.write(FILE, `${HEAD}herkunft: Beschluss
beschluss: { gremium: Kreistag, datum: 2026-03-18, vorlage: Drucksache 12/2026 }
federfuehrung: Kommunales Integrationszentrum
partner: [Volkshochschule]
beginn: 2026-04
ende_geplant: 2028
meilensteine:
  - { datum: 2026-05, text: Auftakt, erreicht: true }
  - { datum: 2027, text: Erster Bericht }
status:
  - { datum: 2018, stand: vorgeschlagen, quelle: Bericht }
  - { datum: 2026-03-18, stand: in Vorbereitung, quelle: "Kreistag, Drucksache 12/2026" }
  - { datum: 2026-06-01, stand: in Umsetzung, notiz: Erste Gruppe tagt }
---
Text.
`);
    const { project, problems } = loadProject(site.root, { today: '2026-11-26' });
    expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    const a = project.actions.find((x) => x.id === 'arbeitskreise')!;
    expect(a.status).toBe('in Umsetzung');
    expect(a.verlauf.map((e) => e.datum)).toEqual(['2018', '2026-03-18', '2026-06-01']);
    expect(a.beschluss).toEqual({ gremium: 'Kreistag', datum: '2026-03-18', vorlage: 'Drucksache 12/2026' });
  });

  it('names the allowed origins for an old or misspelt one', () => {
    expect(errorsFor('herkunft: Bericht\n')).toMatchInlineSnapshot(`
      "src/content/massnahmen/arbeitskreise.md:6:11 – Feld „herkunft“: „Bericht“ ist nicht erlaubt.
          → Einen dieser Werte eintragen: „Empfehlung des Berichts“, „Vorschlag der Redaktion“, „Beschluss“."
    `);
  });

  it('fails on a decision origin without a decision', () => {
    expect(errorsFor('herkunft: Beschluss\n')).toMatchInlineSnapshot(`
      "src/content/massnahmen/arbeitskreise.md:2:1 – Die Maßnahme hat „herkunft: Beschluss“, aber keinen Beschluss.
          → Den Beschluss eintragen: „beschluss:“ mit „gremium“, „datum“ und „vorlage“ (siehe src/content/massnahmen/_vorlage.md)."
    `);
  });

  it('fails on a decision without body and date, naming each', () => {
    expect(errorsFor('herkunft: Beschluss\nbeschluss:\n  vorlage: Drucksache 12/2026\n')).toMatchInlineSnapshot(`
      "src/content/massnahmen/arbeitskreise.md:8:3 – Beim Beschluss fehlt das Gremium.
          → Unter „beschluss:“ eine Zeile „gremium: …“ ergänzen, z. B. „gremium: Kreistag“.
      src/content/massnahmen/arbeitskreise.md:8:3 – Beim Beschluss fehlt das Datum.
          → Unter „beschluss:“ eine Zeile „datum: …“ ergänzen, z. B. „datum: 2027-03-18“."
    `);
  });

  it('fails on a decision without its document number', () => {
    expect(errorsFor('herkunft: Beschluss\nbeschluss: { gremium: Kreistag, datum: 2026-03-18 }\n')).toMatchInlineSnapshot(`
      "src/content/massnahmen/arbeitskreise.md:7:12 – Beim Beschluss fehlt die Nummer der Vorlage (Drucksache).
          → Unter „beschluss:“ eine Zeile „vorlage: …“ ergänzen, z. B. „vorlage: Drucksache 123/2027“."
    `);
  });

  it('fails on a decision block when the origin is not „Beschluss“', () => {
    expect(
      errorsFor('herkunft: Empfehlung des Berichts\nbeschluss: { gremium: Kreistag, datum: 2026-03-18, vorlage: Drucksache 12/2026 }\n'),
    ).toMatchInlineSnapshot(`
      "src/content/massnahmen/arbeitskreise.md:7:12 – Die Maßnahme nennt einen Beschluss, hat aber „herkunft: Empfehlung des Berichts“.
          → Nach dem Beschluss „herkunft: Beschluss“ schreiben oder den Block „beschluss:“ löschen."
    `);
  });

  it('fails on a decision dated in the future', () => {
    expect(errorsFor('herkunft: Beschluss\nbeschluss: { gremium: Kreistag, datum: 2027-01-10, vorlage: D 1 }\n')).toMatchInlineSnapshot(`
      "src/content/massnahmen/arbeitskreise.md:7:40 – Feld „beschluss → datum“: Das Datum „2027-01-10“ liegt in der Zukunft (heute ist der 26. November 2026).
          → Nur eintragen, was schon geschehen ist. Geplantes als Meilenstein ohne „erreicht: true“ oder als „ende_geplant“ eintragen."
    `);
  });
});

describe('action status history', () => {
  it('shows an action without history as „noch nicht festgelegt“ and does not warn', () => {
    site = copyFixture('minimal');
    site.write(FILE, `${HEAD}herkunft: Empfehlung des Berichts\n---\nText.\n`);
    const { project, problems } = loadProject(site.root);
    expect(project.actions.find((a) => a.id === 'arbeitskreise')!.status).toBe('noch nicht festgelegt');
    expect(problems.filter((p) => p.file === FILE)).toEqual([]);
  });

  it('fails on the old single-value status with a hint to write a list', () => {
    expect(errorsFor('herkunft: Empfehlung des Berichts\nstatus: im Aufbau\n')).toMatchInlineSnapshot(`
      "src/content/massnahmen/arbeitskreise.md:7:9 – Das Feld „status“ muss eine Liste sein.
          → Als Liste schreiben, z. B. „status: [eins, zwei]“."
    `);
  });

  it('fails on an entry without source or note', () => {
    expect(errorsFor('herkunft: Empfehlung des Berichts\nstatus:\n  - datum: 2018\n    stand: im Aufbau\n')).toMatchInlineSnapshot(`
      "src/content/massnahmen/arbeitskreise.md:8:5 – Der 1. Eintrag unter „status“ nennt weder eine Quelle noch eine Notiz.
          → Eine Zeile „quelle: …“ (woher der Stand bekannt ist, z. B. „Bericht (Resümee)“) oder „notiz: …“ ergänzen."
    `);
  });

  it('fails on entries out of date order, pointing at the later entry', () => {
    expect(
      errorsFor('herkunft: Empfehlung des Berichts\nstatus:\n  - { datum: 2020-05, stand: im Aufbau, quelle: A }\n  - { datum: 2019-12-31, stand: in Umsetzung, quelle: B }\n'),
    ).toMatchInlineSnapshot(`
      "src/content/massnahmen/arbeitskreise.md:9:14 – Der 2. Eintrag unter „status“ („2019-12-31“) ist älter als der Eintrag davor („2020-05“).
          → Die Einträge unter „status“ nach Datum ordnen: den ältesten zuerst, den neuesten zuletzt."
    `);
  });

  it('fails on an entry dated after the injected today, and accepts the same file a day later', () => {
    const yaml = 'herkunft: Empfehlung des Berichts\nstatus:\n  - { datum: 2026-11-27, stand: im Aufbau, quelle: A }\n';
    expect(errorsFor(yaml, '2026-11-26')).toMatchInlineSnapshot(`
      "src/content/massnahmen/arbeitskreise.md:8:14 – Feld „status → 1. Eintrag → datum“: Das Datum „2026-11-27“ liegt in der Zukunft (heute ist der 26. November 2026).
          → Nur eintragen, was schon geschehen ist. Geplantes als Meilenstein ohne „erreicht: true“ oder als „ende_geplant“ eintragen."
    `);
    expect(errorsFor(yaml, '2026-11-27')).toBe('');
  });

  it('fails on a date that is no date', () => {
    expect(errorsFor('herkunft: Empfehlung des Berichts\nstatus:\n  - { datum: 18.03.2026, stand: im Aufbau, quelle: A }\n')).toMatchInlineSnapshot(`
      "src/content/massnahmen/arbeitskreise.md:8:14 – Feld „status → 1. Eintrag → datum“: „18.03.2026“ ist kein Datum.
          → Datum als JJJJ-MM-TT schreiben, z. B. 2018-08-17."
    `);
  });

  it('fails on a milestone marked as reached whose date is in the future; a planned one may be', () => {
    expect(
      errorsFor('herkunft: Empfehlung des Berichts\nmeilensteine:\n  - { datum: 2030, text: Fertig, erreicht: true }\n  - { datum: 2031, text: Bericht }\n'),
    ).toMatchInlineSnapshot(`
      "src/content/massnahmen/arbeitskreise.md:8:14 – Feld „meilensteine → 1. Eintrag → datum“: Das Datum „2030“ liegt in der Zukunft (heute ist der 26. November 2026).
          → Nur eintragen, was schon geschehen ist. Geplantes als Meilenstein ohne „erreicht: true“ oder als „ende_geplant“ eintragen."
    `);
  });
});
