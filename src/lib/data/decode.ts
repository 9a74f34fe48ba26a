/** Turns the bytes of an editor's file into text, the way Excel and Windows editors write them. */
import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  /** Text without byte order mark, line breaks as LF (CRLF and classic Mac CR converted). */
  text: string;
  encoding: TextEncoding;
}

/**
 * UTF-16 with BOM (Excel's "Unicode-Text"), UTF-8 with or without BOM, and otherwise
 * Windows-1252 with its full table (€ „ “ – … in 0x80–0x9F), the code page of Excel's plain
 * "CSV (Trennzeichen-getrennt)" and of Windows editors saving as "ANSI".
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lines = (text: string) => text.replace(/\r\n?/g, '\n');
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return { text: lines(iconv.decode(buffer.subarray(2), 'utf-16le')), encoding: 'utf-16le' };
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return { text: lines(iconv.decode(buffer.subarray(2), 'utf-16be')), encoding: 'utf-16be' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buffer);
    return { text: lines(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text), encoding: 'utf-8' };
  } catch {
    return { text: lines(iconv.decode(buffer, 'windows-1252')), encoding: 'windows-1252' };
  }
}

/**
 * The first character that must never reach a page: U+FFFD (undecodable byte) or a control
 * character other than tab and line break. Line and column are 1-based.
 */
export function findUnreadable(text: string): { line: number; column: number; code: string } | undefined {
  // eslint-disable-next-line no-control-regex
  const m = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd]/.exec(text);
  if (!m) return undefined;
  const before = text.slice(0, m.index).split('\n');
  const code = `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  return { line: before.length, column: before.at(-1)!.length + 1, code };
}
