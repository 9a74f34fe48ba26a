// npm run check: the same rules as the build, all problems at once, exit code 0 only when the build would pass.
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { copyFixture, FIXTURES, type FixtureCopy } from '../../helpers/fixture-site';

let site: FixtureCopy | undefined;
afterEach(() => site?.cleanup());

// As `npm run check` runs it: the bundled script (scripts/check.mjs), with its cache of clean chapters.
const check = (root: string) => {
  const r = spawnSync(process.execPath, ['scripts/check.mjs', root], { encoding: 'utf8' });
  return { status: r.status, output: r.stdout.replaceAll(root, '<site>') };
};

describe('npm run check', () => {
  it('passes a good site and lists the to-do items as warnings', () => {
    const { status, output } = check(`${FIXTURES}minimal`);
    expect(status).toBe(0);
    expect(output).toContain('Prüfung bestanden: 2 Kapitel, 3 Befunde, 2 Handlungsfelder, 2 Maßnahmen.');
    expect(output).toContain('data/angebote.csv:2 – Warnung: 2 Zeilen haben noch keinen Wert');
  }, 20_000);

  it('fails with every problem of every file in German', () => {
    site = copyFixture('minimal');
    site.edit('data/beteiligung.csv', (t) => t.replace('56', '5,6,'));
    site.edit('src/content/kapitel/erstes.mdx', (t) => t.replace('reihenfolge: 1', 'reihenfolge: 2'));
    site.edit('src/content/massnahmen/sprachkurse.md', (t) => t.replace('zielgruppen: [Migrantinnen und Migranten]', 'zielgruppen: [Migranten]'));
    const { status, output } = check(site.root);
    expect(status).toBe(1);
    expect(output).toMatchInlineSnapshot(`
      "3 Fehler in den Inhalten oder Daten:
      data/beteiligung.csv:2:23 – Spalte „Wert“: „5,6,“ ist keine Zahl.
          → Zahl im deutschen Format ohne Einheit schreiben, z. B. 12,5. Ohne Wert: Feld leer lassen oder „–“.
      src/content/kapitel/zweites.mdx:3:14 – Die Reihenfolge 2 hat auch „Erstes Kapitel“.
          → Jedem Eintrag eine eigene Zahl in „reihenfolge“ geben.
      src/content/massnahmen/sprachkurse.md:4:15 – Feld „zielgruppen → 1. Eintrag“: „Migranten“ ist nicht erlaubt.
          → Einen dieser Werte eintragen: „Ehrenamt“, „Hauptamt“, „Bildungseinrichtungen“, „Verwaltung“, „Migrantinnen und Migranten“.
      2 Hinweise (die Seite wird trotzdem gebaut):
      src/content/einstellungen.yaml:24:12 – Warnung: Die Angabe „datenschutz.hosting“ ist noch nicht ausgefüllt („BITTE ERGÄNZEN“).
          → Vor der Veröffentlichung die richtige Angabe des Kreises eintragen.
      data/angebote.csv:2 – Warnung: 2 Zeilen haben noch keinen Wert (Feld „Wert“ leer).
          → Den Wert eintragen, wenn eine Quelle ihn belegt. Ist er nicht zu haben (z. B. mit den Grafiken des Berichts verloren), „.“ eintragen (DIN 55301: Zahlenwert unbekannt); dann entfällt dieser Hinweis.

      Prüfung fehlgeschlagen: Die Seite würde so nicht gebaut. Die Fehler oben beheben.
      "
    `);
  }, 20_000);

  it('finds an error in a chapter that passed before (only clean chapters are remembered)', () => {
    site = copyFixture('minimal');
    expect(check(site.root).status).toBe(0);
    site.edit('src/content/kapitel/erstes.mdx', (t) => `${t}\nEin {unbekannt} Name.\n`);
    for (let run = 0; run < 2; run++) {
      const { status, output } = check(site.root);
      expect(status).toBe(1);
      expect(output).toContain('src/content/kapitel/erstes.mdx');
      expect(output).toContain('„unbekannt“');
    }
  }, 30_000);
});
