import { describe, expect, it } from 'vitest';
import { parseYaml, splitFrontMatter } from '../../../src/lib/content/front-matter';

describe('splitFrontMatter(source)', () => {
  it('splits LF and CRLF files and reports where the body starts', () => {
    for (const nl of ['\n', '\r\n']) {
      const s = splitFrontMatter(['---', 'titel: A', 'liste:', '  - x', '---', '', 'Text'].join(nl));
      expect(s.frontMatter?.data).toEqual({ titel: 'A', liste: ['x'] });
      expect(s.bodyLine).toBe(6);
      expect(s.body.trim()).toBe('Text');
    }
  });

  it('returns no front matter for a file without the opening ---', () => {
    expect(splitFrontMatter('titel: A\n').frontMatter).toBeUndefined();
  });

  it('maps paths to file positions, counting the opening --- line', () => {
    const s = splitFrontMatter('---\ntitel: A\nbelege:\n  - a\n  - b\n---\n');
    expect(s.frontMatter!.positionOf(['titel'])).toEqual({ line: 2, column: 8 });
    expect(s.frontMatter!.positionOf(['belege', 1])).toEqual({ line: 5, column: 5 });
    expect(s.frontMatter!.positionOf(['titel'], true)).toEqual({ line: 2, column: 1 });
  });
});

describe('parseYaml(text)', () => {
  it('keeps dates as strings (YAML 1.2 core schema)', () => {
    expect(parseYaml('stand: 2018-08-17\nja: ja\n').data).toEqual({ stand: '2018-08-17', ja: 'ja' });
  });

  it('reports one syntax error per line with its code', () => {
    const y = parseYaml('a: b: c\nd: [1\n');
    expect(y.data).toBeUndefined();
    expect(new Set(y.errors.map((e) => e.line)).size).toBe(y.errors.length);
    expect(y.errors[0]).toMatchObject({ line: 1 });
  });

  it('reports a duplicate key', () => {
    expect(parseYaml('a: 1\na: 2\n').errors.map((e) => e.code)).toEqual(['DUPLICATE_KEY']);
  });
});

describe('parseYaml(text) with a line indented too far', () => {
  it('reports the indented line itself, as an indentation problem', () => {
    const source = parseYaml('titel: X\nreihenfolge: 1\n  zusammenfassung: y\nb: 2\n');
    expect(source.errors).toEqual([{ line: 3, column: 3, code: 'INDENTED_LINE' }]);
  });

  it('keeps a colon inside a value as its own cause', () => {
    expect(parseYaml('titel: Ziel: mehr\n').errors.map((e) => e.code)).toEqual(['BLOCK_AS_IMPLICIT_KEY']);
  });
});
