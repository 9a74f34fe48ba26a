/** Turns the bytes of an editor's CSV into text, the way Excel in German writes it. */

export interface DecodedText {
  /** Text without a leading byte order mark. */
  text: string;
  encoding: 'utf-8' | 'windows-1252';
}

/**
 * Decodes UTF-8 (with or without BOM); bytes that are not valid UTF-8 are read as
 * Windows-1252, the code page of Excel's plain "CSV (Trennzeichen-getrennt)".
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodedText {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text: stripBom(text), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
