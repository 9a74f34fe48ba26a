import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem, sortProblems } from '../../../src/lib/errors/problem';
import { loadProject } from '../../../src/lib/project/load-project';
import { easyActionGroups, easyActions } from '../../../src/lib/project/easy-language';
import { copyFixture, type FixtureCopy } from '../../helpers/fixture-site';

let site: FixtureCopy | undefined;
afterEach(() => site?.cleanup());

const ACTIONS = `---
massnahmen:
  sprachkurse: |
    Es soll mehr Sprach-Kurse geben.
    Das ist ein Test-Text.
---
Einleitung.
`;

function load(files: Record<string, string>) {
  site = copyFixture('minimal');
  for (const [name, text] of Object.entries(files)) site.write(`src/content/leichte-sprache/${name}`, text);
  return loadProject(site.root);
}

describe('readEasyLanguage (src/content/leichte-sprache)', () => {
  it('reads field pages and action texts; missing ones are to-dos', () => {
    const { project, problems } = load({ 'sprache.md': '---\ntitel: Sprache\n---\nText.\n', 'massnahmen.md': ACTIONS });
    expect(project.easyLanguage.fields.map((f) => f.id)).toEqual(['sprache']);
    expect(project.easyLanguage.actions).toEqual({ sprachkurse: ['Es soll mehr Sprach-Kurse geben.', 'Das ist ein Test-Text.'] });
    expect(sortProblems(problems.filter((p) => p.file.includes('leichte-sprache'))).map(formatProblem)).toMatchInlineSnapshot(`
      [
        "src/content/leichte-sprache – Warnung: Für das Handlungsfeld „familien“ gibt es keine Seite in Leichter Sprache.
          → Eine Datei „src/content/leichte-sprache/familien.md“ anlegen (Vorlage: _vorlage.md).",
        "src/content/leichte-sprache/massnahmen.md – Warnung: Die Maßnahme „arbeitskreise“ hat noch keinen Text in Leichter Sprache.
          → Unter „massnahmen:“ einen Eintrag „arbeitskreise: |“ mit kurzen Sätzen ergänzen, jeder Satz in einer eigenen Zeile.",
      ]
    `);
  });

  it('reports a file for an unknown field and an unknown action as errors', () => {
    const { problems } = load({ 'wohnen.md': '---\ntitel: Wohnen\n---\n', 'massnahmen.md': ACTIONS.replace('  sprachkurse: |', '  gibtsnicht: |') });
    expect(sortProblems(problems.filter((p) => p.severity === 'error')).map(formatProblem)).toMatchInlineSnapshot(`
      [
        "src/content/leichte-sprache/massnahmen.md:3:3 – Die Maßnahme „gibtsnicht“ gibt es nicht.
          → Einen vorhandenen Namen verwenden: „arbeitskreise“, „sprachkurse“.",
        "src/content/leichte-sprache/wohnen.md – Das Handlungsfeld „wohnen“ gibt es nicht.
          → Einen vorhandenen Namen verwenden: „sprache“, „familien“.",
      ]
    `);
  });

  it('says honestly when an action has no text yet, and states every action state with its date', () => {
    const { project } = load({ 'massnahmen.md': ACTIONS });
    const items = easyActions(project);
    expect(items.find((a) => a.id === 'arbeitskreise')?.lines).toEqual([]);
    for (const item of items) expect(item.state.length).toBeGreaterThan(0);
    expect(easyActionGroups(project).flatMap((g) => g.items).length).toBe(project.actions.length);
  });
});
