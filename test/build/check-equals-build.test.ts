// `npm run check` and `npm run build` on the same broken site: the same German messages, all at
// once, with file:line:column; no follow-on messages; nothing of Astro's English error frame.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAt, prepareFixture, type SiteBuild } from '../../src/lib/build/build-site';
import { FIXTURES } from '../helpers/fixture-site';

/** One mistake per defect class, each in its own file. */
const BREAKAGES: Array<[file: string, change: (text: string) => string]> = [
  ['src/content/kapitel/erstes.mdx', (t) => `${t}\nIn <10 Orten gibt es Kurse.\n`],
  ['src/content/kapitel/zweites.mdx', (t) => `${t}\nEs sind {anzahl} Orte.\n`],
  ['data/handlungsfelder-prioritaet.csv', (t) => t.replace(';67;', ';79 %;')],
  ['src/content/befunde/angebote.yaml', (t) => t.replace('kapitel: zweites', 'kapitel: zweites\n  basis: alle')],
  ['src/content/einstellungen.yaml', (t) => t.replace('url: https://www.govdata.de/dl-de/by-2-0', 'url: "javascript:alert(1)"')],
  ['src/content/handlungsfelder/familien.md', (t) => `${t}\n<iframe src="https://example.org"></iframe>\n`],
];

/** The lines that carry a position: `file:line:column – message`. */
const positioned = (output: string) => output.split('\n').filter((l) => /^[\w./-]+:\d+(:\d+)? – /.test(l)).sort();

describe('check and build on the same broken site', () => {
  let site: SiteBuild;
  let check: { status: number | null; output: string };
  beforeAll(() => {
    const root = prepareFixture(join(FIXTURES, 'minimal'));
    for (const [file, change] of BREAKAGES) writeFileSync(join(root, file), change(readFileSync(join(root, file), 'utf8')));
    // As `npm run check` runs it (the bundled script).
    const r = spawnSync(process.execPath, ['scripts/check.mjs', root], { encoding: 'utf8' });
    check = { status: r.status, output: r.stdout };
    site = buildAt(root);
  }, 300_000);
  afterAll(() => site.cleanup());

  it('both fail with every mistake, in German, each at its position', () => {
    expect(check.status).toBe(1);
    expect(site.status).not.toBe(0);
    expect(positioned(check.output).filter((l) => !l.includes('Warnung:'))).toEqual([
      'data/handlungsfelder-prioritaet.csv:2:10 – Spalte „Wert“: „79 %“ ist keine Zahl.',
      'src/content/befunde/angebote.yaml:3:3 – Die Angaben sind kein gültiges YAML: diese Zeile ist weiter eingerückt als die Zeile darüber.',
      'src/content/einstellungen.yaml:9:8 – Feld „lizenz → url“: „javascript:alert(1)“ ist keine erlaubte Webadresse.',
      'src/content/handlungsfelder/familien.md:8:1 – Das HTML-Element <iframe> ist nicht erlaubt: Es würde Programmcode ausführen oder fremde Inhalte einbetten.',
      'src/content/kapitel/erstes.mdx:17:5 – Ein „<“ im Text wird als Beginn eines HTML-Tags gelesen.',
      'src/content/kapitel/zweites.mdx:14:10 – Der Ausdruck in geschweiften Klammern verwendet „anzahl“, das es in dieser Datei nicht gibt.',
    ]);
  });

  it('the build prints exactly the messages check prints, and no English error frame', () => {
    expect(positioned(site.output)).toEqual(positioned(check.output));
    expect(site.output).not.toMatch(/AstroUserError|Stack trace|Location:|src\/site\/project\.ts|^\s+at /m);
    expect(site.output).toContain('Der Bau ist fehlgeschlagen. Die bisherige Fassung');
  });
});
