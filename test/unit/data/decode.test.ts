// Every file Excel or a Windows editor writes is read right, or refused by name.
import { describe, expect, it } from 'vitest';
import { decodeText, findUnreadable } from '../../../src/lib/data/decode';
import { readDataset } from '../../../src/lib/data/dataset';

const HEADER = 'Kategorie;Gruppe;Wert;Genauigkeit;Aussage im Bericht;Herkunft;Abschnitt';
const bytes = (...b: number[]) => Uint8Array.from(b);

describe('decodeText(bytes)', () => {
  it('reads Windows-1252 with its full table, 0x80–0x9F included (never C1 control characters)', () => {
    const { text, encoding } = decodeText(bytes(0x80, 0x82, 0x84, 0x85, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0xe4, 0xdf));
    expect(encoding).toBe('windows-1252');
    expect(text).toBe('€‚„…‘’“”–—äß');
    expect(findUnreadable(text)).toBeUndefined();
  });

  it('reads UTF-16 LE and BE with BOM (Excel "Unicode-Text")', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Kategorie\tWert\r\nÄrzte\t5\r\n', 'utf16le')]);
    expect(decodeText(le)).toEqual({ text: 'Kategorie\tWert\nÄrzte\t5\n', encoding: 'utf-16le' });
    const be = Buffer.from(Buffer.from('„x“', 'utf16le')).swap16();
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual({ text: '„x“', encoding: 'utf-16be' });
  });

  it('strips a UTF-8 BOM and turns CRLF and classic Mac CR into LF', () => {
    expect(decodeText(Buffer.from('\ufeffa\r\nb\rc\n', 'utf8'))).toEqual({ text: 'a\nb\nc\n', encoding: 'utf-8' });
  });

  it('finds undecodable bytes and control characters with their position', () => {
    expect(findUnreadable(decodeText(bytes(0x61, 0x0a, 0x62, 0x81)).text)).toEqual({ line: 2, column: 2, code: 'U+FFFD' });
    expect(findUnreadable('ok\n\u0093')).toEqual({ line: 2, column: 1, code: 'U+0093' });
  });
});

describe('readDataset with Excel quirks', () => {
  const expect_ = { unit: 'anteil', kind: 'balken' } as const;
  it('accepts the trailing empty column Excel adds', () => {
    const csv = `${HEADER};\nSprache;;67;;;Bericht;Zukunft;\n`;
    const r = readDataset('data/x.csv', Buffer.from(csv), expect_);
    expect(r.problems).toEqual([]);
    expect(r.rows.map((row) => row.wert)).toEqual([67]);
  });

  it('accepts classic Mac line endings with true line numbers', () => {
    const csv = `${HEADER}\rSprache;;67;;;Bericht;Zukunft\rFamilien;;4x;;;Bericht;Zukunft\r`;
    const r = readDataset('data/x.csv', Buffer.from(csv), expect_);
    expect(r.problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual(['3:11 Spalte „Wert“: „4x“ ist keine Zahl.']);
  });

  it('reads Excel "Unicode-Text" (UTF-16, tabs, CRLF) with a warning, umlauts and quotes intact', () => {
    const tsv = `${HEADER.replaceAll(';', '\t')}\r\n„Ärzte“ – Beratung\t\t67\t\t\tBericht\tZukunft\r\n`;
    const r = readDataset('data/x.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tsv, 'utf16le')]), expect_);
    expect(r.problems.map((p) => p.severity)).toEqual(['warning']);
    expect(r.rows[0]!.kategorie).toBe('„Ärzte“ – Beratung');
  });
});

describe('readDataset limits', () => {
  it('refuses a file over 1 MB before decoding it, with how to split or aggregate', () => {
    const big = Buffer.alloc(1_000_001, 'a');
    const r = readDataset('data/x.csv', big, { unit: 'anteil', kind: 'balken' });
    expect(r.problems.map((p) => p.message)).toEqual(['Die Datei ist zu groß für einen Befund (1.001 kB, höchstens 1.000 kB).']);
    expect(r.problems[0]!.hint).toContain('zusammenfassen');
  });
});
