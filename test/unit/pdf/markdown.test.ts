// MDX and Markdown bodies as Typst markup: the node types editors use, embeds, and what the PDF refuses.
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../src/lib/errors/problem';
import { markdownToTypst, type ConvertOptions } from '../../../src/lib/pdf/markdown';

const options: ConvertOptions = {
  file: 'src/content/kapitel/x.mdx',
  bodyLine: 6,
  format: 'mdx',
  baseLevel: 2,
  finding: (id) => `#abbildung-${id}`,
  image: (src, alt) => (src === '/bilder/da.png' ? `#bild(${src}, ${alt})` : undefined),
  link: (href) => (href.startsWith('/') ? `https://example.org${href}` : href),
};

function convert(body: string, extra: Partial<ConvertOptions> = {}): { typst: string; problems: Problem[] } {
  const problems: Problem[] = [];
  return { typst: markdownToTypst(body, { ...options, ...extra }, problems), problems };
}

describe('markdownToTypst(body, options, problems)', () => {
  it.each([
    ['Ein *kursiver* und **fetter** Text.', 'Ein #emph[kursiver] und #strong[fetter] Text\\.'],
    ['Absatz eins\nmit Umbruch\n\nAbsatz zwei', 'Absatz eins mit Umbruch\n\nAbsatz zwei'],
    ['Siehe [Kapitel](/kapitel/a/) und [extern](https://x.de).', 'Siehe #link("https://example.org/kapitel/a/")[Kapitel] und #link("https://x.de")[extern]\\.'],
    ['- a\n- b *c*', '#list([a], [b #emph[c]])'],
    ['3. drei\n4. vier', '#enum(start: 3, [drei], [vier])'],
    ['> Zitat', '#quote(block: true)[Zitat]'],
    ['Code `a*b`', 'Code #raw("a*b")'],
    ['| Ehrenamt | Hauptamt |\n| --- | --- |\n| a | b |\n| c |', '#table(columns: 2,\n  table.header([Ehrenamt], [Hauptamt]),\n  [a], [b],\n  [c], [])'],
    ['<Befund id="ruecklauf" />', '#abbildung-ruecklauf'],
    ['<Redaktion>\nNicht aus dem Bericht.\n</Redaktion>', '#redaktion[Nicht aus dem Bericht\\.]'],
    ['Text mit #, $, @ und = als Zeichen', 'Text mit \\#, \\$, \\@ und \\= als Zeichen'],
  ])('%j', (body, expected) => {
    const { typst, problems } = convert(body);
    expect(problems).toEqual([]);
    expect(typst).toBe(expected);
  });

  it('maps the highest heading to the base level and never skips a level (PDF/UA)', () => {
    expect(convert('### Erst\n\n#### Dann\n\n### Wieder').typst).toBe(
      '#heading(level: 2)[Erst]\n\n#heading(level: 3)[Dann]\n\n#heading(level: 2)[Wieder]',
    );
    expect(convert('## Oben\n\n#### Zu tief').typst).toBe('#heading(level: 2)[Oben]\n\n#heading(level: 3)[Zu tief]');
    expect(convert('## Feld', { baseLevel: 3 }).typst).toBe('#heading(level: 3)[Feld]');
  });

  it('reads plain Markdown (fields, actions): braces stay text, HTML tags go, their text stays', () => {
    const { typst, problems } = convert('Werte {a} und <b>fett</b> bleiben Text.', { format: 'md' });
    expect(problems).toEqual([]);
    expect(typst).toBe('Werte {a} und fett bleiben Text\\.');
  });

  it('embeds an image with alt text through the caller', () => {
    expect(convert('![Karte des Kreises](/bilder/da.png)').typst).toBe('#bild(/bilder/da.png, Karte des Kreises)');
  });

  it('reports an image without alt text, a missing image and unsupported Markdown with file, line and column', () => {
    const { problems } = convert('Text\n\n![](/bilder/da.png)\n\nMehr ![Plan](/bilder/fehlt.png)\n\nFußnote[^1]\n\n[^1]: Anmerkung');
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`)).toEqual([
      'src/content/kapitel/x.mdx:8:1 Das Bild „/bilder/da.png“ hat keinen Alternativtext; so kann die barrierefreie PDF-Fassung nicht entstehen.',
      'src/content/kapitel/x.mdx:10:6 Die Bilddatei „/bilder/fehlt.png“ gibt es nicht.',
      'src/content/kapitel/x.mdx:12:8 Dieses Markdown-Element (footnoteReference) kann die PDF-Fassung nicht darstellen.',
      'src/content/kapitel/x.mdx:14:1 Dieses Markdown-Element (footnoteDefinition) kann die PDF-Fassung nicht darstellen.',
    ]);
  });
});
