/** Escaping text for Typst: markup content and string literals. */

// Control characters (except tab and newline) cannot appear in a PDF text layer; dropped.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

// Every ASCII character with a meaning in Typst markup (strong, emphasis, code, math, labels,
// references, headings, lists, comments, dashes, smart quotes, shorthands such as "..." and "~").
const MARKUP = /[\\#*_`$<>@=\-+/[\]~'".:]/g;

/**
 * Plain text as Typst markup that shows exactly these characters: every markup character is
 * escaped with a backslash, line breaks become spaces (the source's layout is noise).
 */
export function escapeMarkup(text: string): string {
  return text
    .replace(CONTROL, '')
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(MARKUP, (c) => `\\${c}`);
}

/** Plain text as a Typst string literal, quotes included: "…". */
export function typstString(text: string): string {
  const body = text
    .replace(CONTROL, '')
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/[\\"]/g, (c) => `\\${c}`);
  return `"${body}"`;
}

/** Plain text as a Typst content block: [escaped markup]. */
export const content = (text: string): string => `[${escapeMarkup(text)}]`;
