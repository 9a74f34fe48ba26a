// Escaping for Typst: every character shows as itself, checked by compiling and reading the PDF's text.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePdf } from '../../../src/lib/pdf/compile';
import { escapeMarkup, typstString } from '../../../src/lib/pdf/escape';

const ASCII = Array.from({ length: 94 }, (_, i) => String.fromCharCode(33 + i)).join('');
/** Texts that mean something in Typst markup if left unescaped. */
const HOSTILE = [
  ASCII,
  '= Keine Überschrift',
  '- kein Listenpunkt',
  '+ keine Aufzählung',
  '/ kein Begriff: nein',
  '1. Juni 2018 -- 3 --- a...b ~ -? // kein Kommentar /* auch nicht */',
  '*nicht fett* _nicht kursiv_ `kein Code` $x^2$ #let a = 1 @ref <label>',
  '„Zitat“ mit "geraden" und \'einfachen\' Zeichen, 12,5 % \\ Ende',
  'Türkçe ğışİ, Русский, Українська ї, العربية',
];

describe('escapeMarkup(text)', () => {
  it.each([
    ['*a* _b_', '\\*a\\* \\_b\\_'],
    ['#let x = [1]', '\\#let x \\= \\[1\\]'],
    ['Zeile\r\n  zwei', 'Zeile zwei'],
    ['Steuer\u0007zeichen', 'Steuerzeichen'],
    ['äöü ß „“ – …', 'äöü ß „“ – …'],
  ])('%j → %j', (input, expected) => {
    expect(escapeMarkup(input)).toBe(expected);
  });
});

describe('typstString(text)', () => {
  it.each([
    ['a "b" c', '"a \\"b\\" c"'],
    ['C:\\pfad', '"C:\\\\pfad"'],
    ['zwei\nZeilen', '"zwei Zeilen"'],
  ])('%j → %j', (input, expected) => {
    expect(typstString(input)).toBe(expected);
  });
});

describe('escaped text in a real PDF', () => {
  it('shows every character as written, in markup and in strings', () => {
    const source = ['#set page(width: 40cm, height: auto)', '#set text(hyphenate: false)', '#set document(title: "Test")',
      ...HOSTILE.flatMap((t) => [`#block[${escapeMarkup(t)}]`, `#block[#${typstString(t)}]`])].join('\n');
    const dir = mkdtempSync(join(tmpdir(), 'typst-escape-'));
    try {
      writeFileSync(join(dir, 'a.pdf'), compilePdf({ source, assets: new Map() }, '.'));
      const text = spawnSync('pdftotext', ['-layout', join(dir, 'a.pdf'), '-'], { encoding: 'utf8' }).stdout;
      const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
      const expected = HOSTILE.flatMap((t) => [t, t]);
      // pdftotext writes Arabic in visual order; compare the rest exactly.
      expect(lines.slice(0, -2)).toEqual(expected.slice(0, -2));
      expect(lines.at(-1)).toContain('Türkçe ğışİ, Русский, Українська ї');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
