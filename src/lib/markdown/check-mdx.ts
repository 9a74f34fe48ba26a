/** Compiles an MDX chapter exactly as the build does and reports problems in German with positions. */
import { compileSync } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import { msg } from '../errors/messages';
import type { Message } from '../errors/problem';
import { findImportProblems, findUndefinedNames } from './mdx-names';
import { mdxRehypePlugins, remarkPlugins } from './pipeline';

export interface MdxPosition extends Message {
  line: number;
  column: number;
}

export interface MdxCheck {
  /** The Markdown tree; undefined when the file does not parse. */
  tree: Root | undefined;
  problems: MdxPosition[];
}

interface CompileError {
  reason?: string;
  message: string;
  ruleId?: string;
  source?: string;
  line?: number;
  column?: number;
  place?: { line: number; column: number } | { start: { line: number; column: number } };
}

/** Turns the compiler's message into one an editor can act on. */
function explain(e: CompileError): Message {
  const reason = e.reason ?? e.message;
  const tag = /`<([^>`]*)>`/.exec(reason)?.[1];
  if (e.source?.includes('mdx-expression')) return msg.mdxBrace();
  if (e.ruleId === 'end-tag-mismatch' && tag && /^Expected a closing tag/.test(reason)) return msg.mdxUnclosedTag(tag);
  if (e.source?.includes('mdx-jsx') && /before name|after name|unexpected-character|unexpected-lazy|unexpected-eof/.test(`${reason} ${e.ruleId}`)) return msg.mdxLessThan();
  if (e.ruleId === 'unexpected-closing-slash' || e.ruleId === 'end-tag-mismatch') return msg.mdxStrayClosingTag();
  return msg.mdxSyntax(reason);
}

function placeOf(e: CompileError): { line: number; column: number } {
  const p = e.place && 'start' in e.place ? e.place.start : e.place;
  // Some messages carry their position only in the text: "… for `<div>` (3:1-3:6)".
  const inText = /\((\d+):(\d+)-\d+:\d+\)/.exec(e.reason ?? e.message);
  return { line: p?.line ?? e.line ?? Number(inText?.[1] ?? 1), column: p?.column ?? e.column ?? Number(inText?.[2] ?? 1) };
}

/**
 * Compiles `text` (the whole file, front matter blanked so lines stay true) with the build's
 * plugins. `file` is the absolute path, for resolving imports.
 */
export function checkMdx(text: string, file: string): MdxCheck {
  let tree: Root | undefined;
  const capture = () => (t: Root) => {
    tree = t;
  };
  try {
    compileSync({ value: text, path: file }, { remarkPlugins: [...remarkPlugins, capture], rehypePlugins: mdxRehypePlugins('/') });
  } catch (error) {
    return { tree: undefined, problems: [{ ...placeOf(error as CompileError), ...explain(error as CompileError) }] };
  }
  const problems = tree ? [...findUndefinedNames(tree), ...findImportProblems(tree, file)] : [];
  return { tree, problems };
}

/** The file text with its front matter replaced by empty lines (positions stay those of the file). */
export function blankFrontMatter(body: string, bodyLine: number): string {
  return '\n'.repeat(bodyLine - 1) + body;
}
