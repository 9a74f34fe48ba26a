// PDF names, sizes, figure numbers and the German messages of the PDF step.
import { describe, expect, it } from 'vitest';
import { isListFinding } from '../../../src/lib/charts/list-view';
import { msg } from '../../../src/lib/errors/messages';
import { compilePdf, PdfError } from '../../../src/lib/pdf/compile';
import { formatFileSize, pdfDocuments, pdfNames } from '../../../src/lib/pdf/downloads';
import { figureLabel, figureNumbers } from '../../../src/lib/project/figures';
import { loadProject } from '../../../src/lib/project/load-project';
import { FIXTURES } from '../../helpers/fixture-site';

const { project } = loadProject(`${FIXTURES}minimal`);
const ctx = { root: `${FIXTURES}minimal`, code: '.', siteUrl: 'https://example.org/ik/' };

describe('pdfNames(project)', () => {
  it('names the files after the title in the settings, so another county gets its own', () => {
    expect(pdfNames(project)).toEqual({ full: 'testkonzept-musterkreis.pdf', short: 'testkonzept-musterkreis-kurzfassung.pdf' });
    const other = { ...project, settings: { ...project.settings, titel: 'Integrationskonzept Kreis Düren' } };
    expect(pdfNames(other).full).toBe('integrationskonzept-kreis-dueren.pdf');
  });
});

describe('formatFileSize(bytes)', () => {
  it.each([
    [400, 'PDF, 1\u00a0kB'],
    [105_911, 'PDF, 106\u00a0kB'],
    [999_000, 'PDF, 999\u00a0kB'],
    [1_234_567, 'PDF, 1,2\u00a0MB'],
    [12_050_000, 'PDF, 12,1\u00a0MB'],
  ])('%d → %j', (bytes, expected) => {
    expect(formatFileSize(bytes)).toBe(expected);
  });
});

describe('figureNumbers(project)', () => {
  it('numbers findings in report order: chapters in order, embeds in their order', () => {
    const numbers = figureNumbers(project);
    const expected = project.chapters.flatMap((c) => c.befunde);
    expect([...numbers.keys()]).toEqual(expected);
    expect([...numbers.values()]).toEqual(expected.map((_, i) => i + 1));
    expect(figureLabel(numbers.get(expected[0]!)!)).toBe('Abbildung 1');
  });
});

describe('pdfDocuments(project, ctx)', () => {
  it('gives every finding its site number, links to the site and no problems for a good site', () => {
    const { full, short, problems } = pdfDocuments(project, ctx);
    expect(problems).toEqual([]);
    for (const [id, n] of figureNumbers(project)) {
      expect(full.source).toContain(`nummer: ${n},`);
      // A finding without values is a list, as on the site; every other one a vector chart.
      expect(full.assets.has(`/abb/${id}.svg`)).toBe(!isListFinding(project.findings.find((f) => f.id === id)!));
    }
    expect(project.findings.some(isListFinding)).toBe(true);
    expect(full.source).toContain('#link("https://example.org/ik/kapitel/zweites/")');
    expect(short.source).toContain('title()');
  });
});

describe('compilePdf(doc, code)', () => {
  const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="5" height="5"/></svg>');
  const doc = (image: string) => ({ source: `#set document(title: "T")\n#image("/a.svg"${image})`, assets: new Map([['/a.svg', svg]]) });

  it('writes PDF/UA-1 when every image has alt text', () => {
    expect(compilePdf(doc(', alt: "Ein Quadrat"'), '.').subarray(0, 5).toString()).toBe('%PDF-');
  });

  it("refuses an image without alt text with Typst's reason (the last gate behind our own check)", () => {
    expect(() => compilePdf(doc(''), '.')).toThrow(PdfError);
    expect(() => compilePdf(doc(''), '.')).toThrow(/PDF\/UA-1 error: missing alt text/);
  });
});

describe('messages of the PDF step', () => {
  it('say what is wrong and how to fix it, in German', () => {
    expect(msg.pdfFigureWithoutAlt('/bilder/a.png')).toEqual({
      message: 'Das Bild „/bilder/a.png“ hat keinen Alternativtext; so kann die barrierefreie PDF-Fassung nicht entstehen.',
      hint: 'In die eckigen Klammern beschreiben, was das Bild zeigt: ![Was das Bild zeigt](/bilder/datei.png)',
    });
    expect(msg.pdfImageNotFound('/bilder/a.png')).toEqual({
      message: 'Die Bilddatei „/bilder/a.png“ gibt es nicht.',
      hint: 'Das Bild in den Ordner „public/“ legen und mit „/“ beginnend einbinden, z. B. ![Beschreibung](/bilder/datei.png).',
    });
    expect(msg.pdfUnsupportedMarkdown('footnoteReference')).toEqual({
      message: 'Dieses Markdown-Element (footnoteReference) kann die PDF-Fassung nicht darstellen.',
      hint: 'Den Text ohne dieses Element schreiben (Absätze, Überschriften, Listen, Tabellen, Hervorhebungen und Links gehen).',
    });
    expect(msg.pdfFailed('a.pdf', 'PDF/UA-1 error: missing alt text')).toEqual({
      message: 'Die PDF-Datei „a.pdf“ konnte nicht erzeugt werden: PDF/UA-1 error: missing alt text',
      hint: 'Die Meldung an die technische Betreuung der Website weitergeben; an den Inhalten liegt es nicht, wenn „npm run check“ keine Fehler meldet.',
    });
  });
});
