// Chapters are compiled as the build compiles them; Markdown bodies are checked for unsafe HTML.
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/errors/problem';
import { loadProject } from '../../../src/lib/project/load-project';
import { copyFixture, type FixtureCopy } from '../../helpers/fixture-site';

let site: FixtureCopy | undefined;
afterEach(() => site?.cleanup());

/** Appends `text` to a file of the minimal fixture and returns the error messages. */
function errorsWith(file: string, text: string): string[] {
  site = copyFixture('minimal');
  site.edit(file, (t) => `${t}\n${text}\n`);
  return loadProject(site.root).problems.filter((p) => p.severity === 'error').map(formatProblem);
}

const CHAPTER = 'src/content/kapitel/erstes.mdx';
const FIELD = 'src/content/handlungsfelder/sprache.md';

describe('MDX chapters compiled like the build', () => {
  it.each([
    ['a "<" in prose', 'In <10 Orten', `${CHAPTER}:17:5 – Ein „<“ im Text wird als Beginn eines HTML-Tags gelesen.\n    → Im Text „<“ als &lt; schreiben (z. B. „In &lt;10 Orten“) oder „weniger als“ schreiben.`],
    ['braces in prose', 'Zwischen {zwischen 1 und 5} Kursen.', `${CHAPTER}:17:19 – Geschweifte Klammern „{…}“ werden als Programmcode gelesen, hier aber steht Text.\n    → Im Text „{“ als \\{ schreiben und „}“ als \\} (z. B. „\\{zwischen 1 und 5\\}“) oder runde Klammern verwenden.`],
    ['an unclosed tag', '<div>\noffen', `${CHAPTER}:17:1 – Das Tag <div> wird nicht geschlossen.\n    → Ein schließendes </div> ergänzen; ist „<“ als Zeichen gemeint, als &lt; schreiben.`],
    ['an undefined name', 'Es sind {anzahl} Orte.', `${CHAPTER}:17:10 – Der Ausdruck in geschweiften Klammern verwendet „anzahl“, das es in dieser Datei nicht gibt.\n    → Den Wert direkt in den Text schreiben; sind die Klammern als Zeichen gemeint, als \\{ und \\} schreiben.`],
    ['a missing import', "import X from './fehlt.js'", `${CHAPTER}:17:15 – Der Import „./fehlt.js“ verweist auf eine Datei, die es nicht gibt.\n    → Die Import-Zeile löschen: Komponenten wie <Befund id="…" /> stehen ohne Import zur Verfügung.`],
    ['an iframe', '<iframe src="https://example.org"></iframe>', `${CHAPTER}:17:1 – Das HTML-Element <iframe> ist nicht erlaubt: Es würde Programmcode ausführen oder fremde Inhalte einbetten.\n    → Das Element <iframe> entfernen. Für Diagramme einen Befund einbinden, für Links [Text](https://…) schreiben.`],
  ])('reports %s with file, line, column and hint', (_, text, expected) => {
    expect(errorsWith(CHAPTER, text)).toEqual([expected]);
  });

  it('passes what `npm run check` passes: escaped characters, expressions over props', () => {
    expect(errorsWith(CHAPTER, 'In &lt;10 Orten \\{zwischen 1 und 5\\} {props.x ?? 1}')).toEqual([]);
  });
});

describe('unsafe HTML and links in Markdown and MDX', () => {
  it('stops on script, event handlers and javascript: links in a field, each at its line', () => {
    const errors = errorsWith(FIELD, '<script>alert(1)</script>\n\n<img src="x.png" onerror="alert(2)">\n\n[Link](javascript:alert(3))');
    expect(errors.map((e) => e.split(' – ')[0])).toEqual([`${FIELD}:9:1`, `${FIELD}:11:18`, `${FIELD}:13:1`]);
    expect(errors[1]).toContain('Das HTML-Attribut „onerror“ ist nicht erlaubt');
    expect(errors[2]).toContain('Die Adresse „javascript:alert(3)“ ist nicht erlaubt.');
  });

  it('stops on a javascript: link in a chapter', () => {
    expect(errorsWith(CHAPTER, '[hier](javascript:alert(1))')[0]).toMatch(/^src\/content\/kapitel\/erstes\.mdx:17:1 – Die Adresse „javascript:alert\(1\)“/);
  });
});
