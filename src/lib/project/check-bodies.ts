/** Checks the text of chapters (MDX) and of fields and actions (Markdown) as the build reads it. */
import { resolve } from 'node:path';
import { problemAt, type Problem } from '../errors/problem';
import { blankFrontMatter, checkMdx } from '../markdown/check-mdx';
import { findUnsafeHtml, parseMarkdown } from '../markdown/unsafe-html';
import type { CleanCache } from './clean-cache';

/**
 * Compiles a chapter with the build's compiler; returns false when it would not build. A chapter
 * `cache` knows as clean is not compiled again; one without problems and without imports (whose
 * targets may change on disk) is remembered.
 */
export function checkMdxBody(root: string, file: string, body: string, bodyLine: number, problems: Problem[], cache?: CleanCache): boolean {
  const path = resolve(root, file);
  const text = blankFrontMatter(body, bodyLine);
  const key = cache?.key(path, text);
  if (key && cache?.has(key)) return true;
  const result = checkMdx(text, path);
  const found = [...result.problems, ...(result.tree ? findUnsafeHtml(result.tree) : [])];
  problems.push(...found.map((p) => problemAt(file, p.line, p.column, p)));
  if (key && found.length === 0 && result.tree && !result.tree.children.some((n) => n.type === 'mdxjsEsm')) cache?.add(key);
  return found.length === 0;
}

/** Reports HTML and links in a Markdown body that could run code. */
export function checkMarkdownBody(file: string, body: string, bodyLine: number, problems: Problem[]): void {
  const found = findUnsafeHtml(parseMarkdown(blankFrontMatter(body, bodyLine)));
  problems.push(...found.map((p) => problemAt(file, p.line, p.column, p)));
}
