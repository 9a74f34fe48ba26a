/** Splits editor files into front matter and body, and maps YAML paths back to file positions. */
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';

export interface YamlSource {
  /** Parsed data (YAML 1.2 core schema: dates stay strings). */
  data: unknown;
  /** Line and column of the value (or key) at a path; falls back to the nearest parent. */
  positionOf: (path: ReadonlyArray<string | number>, key?: boolean) => { line: number; column: number };
  /** YAML syntax errors with their positions. */
  errors: Array<{ line: number; column: number; code: string }>;
}

export interface SplitFile {
  /** undefined when the file does not start with a front matter block. */
  frontMatter: YamlSource | undefined;
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
}

/** Parses YAML text whose first line is `firstLine` of the file. */
export function parseYaml(text: string, firstLine = 1): YamlSource {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const pos = (offset: number) => {
    const p = counter.linePos(offset);
    return { line: p.line + firstLine - 1, column: p.col };
  };
  // One message per line is enough: the parser often reports the same mistake twice.
  const lines = text.split(/\r?\n/);
  const errors = doc.errors
    .map((e) => trueCause(lines, counter.linePos(e.pos[0]).line, { ...pos(e.pos[0]), code: e.code as string }, firstLine))
    .filter((e, i, all) => all.findIndex((o) => o.line === e.line) === i);
  return {
    data: errors.length > 0 ? undefined : doc.toJS(),
    errors,
    positionOf: (path, key = false) => pos(offsetOf(doc, path, key)),
  };
}

const INDENT = (line: string) => /^ */.exec(line)![0].length;

/**
 * The parser reports a line indented too far ("reihenfolge: 1" then "  titel: x") one line early,
 * as a value with a colon. Point at the indented line instead, with its own code.
 */
function trueCause(lines: string[], line: number, error: { line: number; column: number; code: string }, firstLine: number) {
  if (error.code !== 'BLOCK_AS_IMPLICIT_KEY' && error.code !== 'MULTILINE_IMPLICIT_KEY') return error;
  const here = lines[line - 1] ?? '';
  const nextIndex = lines.findIndex((l, i) => i >= line && l.trim() !== '' && !l.trim().startsWith('#'));
  const next = lines[nextIndex] ?? '';
  if (nextIndex < 0 || INDENT(next) <= INDENT(here) || !/^\s+[^\s#-][^:]*:(\s|$)/.test(next)) return error;
  return { line: nextIndex + firstLine, column: INDENT(next) + 1, code: 'INDENTED_LINE' };
}

function offsetOf(doc: Document, path: ReadonlyArray<string | number>, key: boolean): number {
  let node: unknown = doc.contents;
  let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
  for (const segment of path) {
    if (!isMap(node) && !(node && typeof node === 'object' && 'items' in node)) break;
    const items = (node as { items: unknown[] }).items;
    const next =
      typeof segment === 'number' && !isMap(node)
        ? items[segment]
        : items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === segment);
    if (next === undefined) break;
    if (isPair(next)) {
      const k = next.key as Node | null;
      const v = next.value as Node | null;
      offset = (key || !v?.range ? k?.range?.[0] : v.range[0]) ?? offset;
      node = next.value;
    } else {
      offset = (next as Node).range?.[0] ?? offset;
      node = next;
    }
  }
  return offset;
}

/** Splits `---\nyaml\n---\nbody` (LF or CRLF, optional BOM). */
export function splitFrontMatter(source: string): SplitFile {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(\r?\n|$)/.exec(text);
  if (!match) return { frontMatter: undefined, body: text, bodyLine: 1 };
  const yamlText = match[1]!;
  return {
    frontMatter: parseYaml(yamlText, 2),
    body: text.slice(match[0].length),
    bodyLine: text.slice(0, match[0].length).split('\n').length,
  };
}
