// The PDFs of the real site (PDF/UA-1, fonts, text, figure numbers as on the site), their links with
// size, and a fixture whose image has no alt text stopping the build and the check.
import { spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatFileSize, pdfNames } from '../../src/lib/pdf/downloads';
import { PDF_DIR } from '../../src/lib/page-kinds';
import { figureLabel, figureNumbers } from '../../src/lib/project/figures';
import { loadProject } from '../../src/lib/project/load-project';
import { buildAt, prepareFixture } from '../../src/lib/build/build-site';
import { FIXTURES } from '../helpers/fixture-site';
import { REAL_SITE, SUBPATH, SUBPATH_SITE } from '../helpers/paths';
import { page, textOf } from '../helpers/site-files';

const { project } = loadProject('.');
const names = pdfNames(project);
const pdfPath = (site: string, name: string) => join(site, PDF_DIR, name);
const run = (command: string, ...args: string[]) => {
  const r = spawnSync(command, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${command} failed: ${r.stderr}`);
  return r.stdout;
};
/** pdftotext output with soft hyphens at line ends joined and white space folded. */
const pdfText = (file: string) => run('pdftotext', file, '-').replace(/\u00ad\s*/g, '').replace(/\s+/g, ' ');
const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The first sentence of a chapter's own text (its first paragraph line, not a heading, list, table or component). */
function firstSentence(body: string): string {
  const line = body.split('\n').find((l) => /^[A-ZÄÖÜa-zäöü0-9„]/.test(l.trim()))!;
  return fold(line).split(/(?<=[.!?])\s/)[0]!;
}

describe.each([
  ['whole concept', names.full, 30],
  ['Kurzfassung', names.short, 3],
])('the %s as PDF', (_label, name, minPages) => {
  const file = pdfPath(REAL_SITE, name);

  it('is tagged PDF/UA-1 in German with title, author and date from the settings', () => {
    const info = run('pdfinfo', file);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(new RegExp(`^Title:\\s+${project.settings.titel}`, 'm'));
    expect(info).toMatch(new RegExp(`^Author:\\s+${project.settings.anbieter.name}$`, 'm'));
    expect(info).toMatch(/^CreationDate:.*2026/m);
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(info)![1]);
    expect(pages).toBeGreaterThanOrEqual(minPages);
    if (name === names.short) expect(pages).toBeLessThanOrEqual(8);
    const meta = run('pdfinfo', '-meta', file);
    expect(meta).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(meta).toContain('<dc:language><rdf:Bag><rdf:li>de-DE</rdf:li></rdf:Bag></dc:language>');
    expect(readFileSync(file).toString('latin1')).toContain('/Lang (de-DE)');
  });

  it('embeds every font it uses (Noto Sans, subset, with Unicode map)', () => {
    const rows = run('pdffonts', file).split('\n').slice(2).filter((l) => l.trim() !== '');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row, row).toMatch(/\+NotoSans\S*\s.*\syes\s+yes\s+yes\s/);
  });
});

describe('the whole concept as PDF, read as text', () => {
  const text = pdfText(pdfPath(REAL_SITE, names.full));

  it('names the concept version (Fassung) on the title page, as citations do', () => {
    expect(text.slice(0, 2000)).toContain(`Ausgabe: ${project.settings.fassung}`);
    expect(pdfText(pdfPath(REAL_SITE, names.short)).slice(0, 1000)).toContain(`${project.settings.fassung}, Stand:`);
  });

  it.each(project.chapters.map((c) => [c.id, c] as const))('contains chapter %s with its first sentence', (_id, chapter) => {
    expect(text).toContain(chapter.titel);
    expect(text).toContain(firstSentence(chapter.body));
  });

  it('numbers every figure as the site does: "Abbildung N: title" at the figure, "Abbildung N title" in the list of figures', () => {
    const numbers = figureNumbers(project);
    expect(numbers.size).toBe(project.findings.length);
    for (const f of project.findings) {
      const caption = `${figureLabel(numbers.get(f.id)!)}: ${fold(f.titel)}`;
      expect(text, caption).toContain(caption);
      expect(text, caption).toContain(caption.replace(':', ''));
      expect(textOf(page(REAL_SITE, `kapitel/${f.kapitel}`)), caption).toContain(caption);
      // On its own page the h1 is the title; the figure starts with its number.
      const own = textOf(page(REAL_SITE, `befunde/${f.id}`));
      expect(own, caption).toContain(fold(f.titel));
      expect(own, caption).toMatch(new RegExp(`${figureLabel(numbers.get(f.id)!)}(?!\\d)`));
    }
  });

  it('shows every action with its status and every field', () => {
    for (const a of project.actions) expect(text).toContain(fold(a.titel));
    for (const f of project.fields) expect(text).toContain(f.titel);
    expect(text).toContain(project.settings.lizenz.name);
  });
});

describe('links to the PDFs', () => {
  const size = (name: string) => formatFileSize(statSync(pdfPath(REAL_SITE, name)).size);

  it.each(['', 'daten', ...project.chapters.map((c) => `kapitel/${c.id}`)])('on /%s: both files with type and size', (path) => {
    const html = page(REAL_SITE, path);
    for (const name of [names.full, names.short]) {
      expect(html).toContain(`href="/${PDF_DIR}/${name}" type="application/pdf"`);
      expect(html).toContain(`(${size(name)})`);
    }
  });

  it('point below the base path on a sub-path build', () => {
    expect(page(SUBPATH_SITE, '')).toContain(`href="${SUBPATH}${PDF_DIR}/${names.full}"`);
    expect(pdfText(pdfPath(SUBPATH_SITE, names.full))).toContain(`https://www.kreis-kleve.de${SUBPATH}`);
  });
});

describe('a fixture whose chapter has an image without alt text', () => {
  it('stops the check and the build with a German message naming file, line and column', () => {
    const root = prepareFixture(join(FIXTURES, 'minimal'));
    const chapter = 'src/content/kapitel/erstes.mdx';
    const line = readFileSync(join(root, chapter), 'utf8').split('\n').length + 1;
    appendFileSync(join(root, chapter), '\n![](/bilder/plan.png)\n');
    const expected = `${chapter}:${line}:1 – Das Bild „/bilder/plan.png“ hat keinen Alternativtext; so kann die barrierefreie PDF-Fassung nicht entstehen.`;
    const check = spawnSync(process.execPath, ['scripts/check.mjs', root], { encoding: 'utf8' });
    expect(check.status).toBe(1);
    expect(check.stdout).toContain(expected);
    const build = buildAt(root);
    try {
      expect(build.status).not.toBe(0);
      // Reported as the editor's error, the same as `npm run check`, not as a technical fault.
      expect(build.output).toContain(expected);
      expect(build.output).not.toContain('unerwarteter technischer Fehler');
    } finally {
      build.cleanup();
    }
  });
});
