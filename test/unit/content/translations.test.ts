import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem, sortProblems } from '../../../src/lib/errors/problem';
import { loadProject } from '../../../src/lib/project/load-project';
import { copyFixture, type FixtureCopy } from '../../helpers/fixture-site';

let site: FixtureCopy | undefined;
afterEach(() => site?.cleanup());

const FILE = 'src/content/uebersetzungen/en/kurzfassung.md';

/** A complete English summary for the minimal fixture (fictitious test text). */
function summary({ date = '2026-11-26', drop = '', extra = '' } = {}): string {
  const sections = ['konzept', 'befragung', 'handlungsfelder', 'massnahmen', 'beratung', 'original']
    .filter((k) => k !== drop)
    .map((k) => `## Heading ${k} {#${k}}\n\nTest text for ${k}.\n`)
    .join('\n');
  return `---
titel: "Test summary"
beschreibung: "Fictitious test translation."
uebersetzt_am: ${date}
grundlage: [erstes]
handlungsfelder:
  sprache: Language
  familien: Families
massnahmen:
  sprachkurse: More language courses
${extra}---
${sections}`;
}

function load(text: string, change?: (s: FixtureCopy) => void) {
  site = copyFixture('minimal');
  site.write(FILE, text);
  change?.(site);
  return loadProject(site.root);
}

const errors = (r: ReturnType<typeof load>) => sortProblems(r.problems.filter((p) => p.severity === 'error')).map(formatProblem).join('\n');

describe('readTranslations (src/content/uebersetzungen/<lang>/kurzfassung.md)', () => {
  it('loads a complete summary with its sections, field and action titles', () => {
    const { project, problems } = load(summary());
    expect(problems.filter((p) => p.file.includes('uebersetzungen'))).toEqual([]);
    const [t] = project.translations;
    expect(t?.lang).toBe('en');
    expect(t?.verfahren).toBe('redaktionell');
    expect(Object.keys(t!.sections)).toEqual(['konzept', 'befragung', 'handlungsfelder', 'massnahmen', 'beratung', 'original']);
    expect(t?.sections.konzept.blocks).toEqual([{ kind: 'p', lines: ['Test text for konzept.'] }]);
    expect(t?.outdated).toBeUndefined();
  });

  it('reports a date written the German way and a malformed id with the editors\' messages (no crash)', () => {
    const text = summary({ date: '26.11.2026' }).replace('  sprachkurse: More language courses', '  Sprach_Kurse: More language courses');
    const out = errors(load(text));
    expect(out).toContain('kurzfassung.md:4:16 – Feld „uebersetzt_am“: „26.11.2026“ ist kein Datum.');
    expect(out).toContain('Feld „massnahmen → Sprach_Kurse“');
  });

  it('reports a field without translated title, unknown actions and chapters, and unknown language folders', () => {
    const text = summary().replace('  familien: Families\n', '').replace('  sprachkurse: More language courses', '  sprachkurse: More language courses\n  gibtsnicht: Unknown').replace('grundlage: [erstes]', 'grundlage: [drittes]');
    expect(errors(load(text, (s) => s.write('src/content/uebersetzungen/fr/kurzfassung.md', 'x')))).toMatchInlineSnapshot(`
      "src/content/uebersetzungen/en/kurzfassung.md:5:13 – Das Kapitel „drittes“ gibt es nicht.
          → Einen vorhandenen Namen verwenden: „erstes“, „zweites“.
      src/content/uebersetzungen/en/kurzfassung.md:6:1 – Für das Handlungsfeld „familien“ fehlt der übersetzte Titel.
          → Unter „handlungsfelder:“ eine Zeile „familien: …“ mit dem übersetzten Titel ergänzen.
      src/content/uebersetzungen/en/kurzfassung.md:10:3 – Die Maßnahme „gibtsnicht“ gibt es nicht.
          → Einen vorhandenen Namen verwenden: „arbeitskreise“, „sprachkurse“.
      src/content/uebersetzungen/fr – Der Ordner „fr“ ist keine Sprache dieser Website.
          → Den Ordner nach dem Sprachkürzel benennen: „en“, „tr“, „ar“, „uk“, „ru“."
    `);
  });

  it('marks a translation older than its German source as outdated (a warning, and on the page)', () => {
    const { project, problems } = load(summary({ date: '2026-01-01' }), (s) =>
      s.edit('src/content/handlungsfelder/sprache.md', (t) => t.replace('titel: Sprache\n', 'titel: Sprache\naenderungen: [{ datum: 2026-03-15, art: wesentlich, text: Text zur Sprache ergänzt. }]\n')),
    );
    expect(project.translations[0]?.outdated).toEqual({ source: '2026-03-15' });
    expect(problems.filter((p) => p.file === FILE).map(formatProblem)).toEqual([
      'src/content/uebersetzungen/en/kurzfassung.md:4:16 – Warnung: Übersetzung veraltet (Englisch): Die deutsche Fassung wurde am 15. März 2026 geändert, die Übersetzung ist vom 1. Januar 2026.\n' +
        '    → Die Übersetzung an die deutsche Fassung anpassen und „uebersetzt_am“ auf das Datum der Anpassung setzen. Bis dahin zeigt die Seite „Übersetzung veraltet“.',
    ]);
  });
});
