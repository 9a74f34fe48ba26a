/** Checks the text of chapters (MDX) and of fields and actions (Markdown) as the build reads it. */
import { resolve } from 'node:path';
import { problemAt, type Problem } from '../errors/problem';
import { blankFrontMatter, checkMdx } from '../markdown/check-mdx';
import { findUnsafeHtml, parseMarkdown } from '../markdown/unsafe-html';

/** Compiles a chapter with the build's compiler; returns false when it would not build. */
export function checkMdxBody(root: string, file: string, body: string, bodyLine: number, problems: Problem[]): boolean {
  const result = checkMdx(blankFrontMatter(body, bodyLine), resolve(root, file));
  const found = [...result.problems, ...(result.tree ? findUnsafeHtml(result.tree) : [])];
  problems.push(...found.map((p) => problemAt(file, p.line, p.column, p)));
  return found.length === 0;
}

/** Reports HTML and links in a Markdown body that could run code. */
export function checkMarkdownBody(file: string, body: string, bodyLine: number, problems: Problem[]): void {
  const found = findUnsafeHtml(parseMarkdown(blankFrontMatter(body, bodyLine)));
  problems.push(...found.map((p) => problemAt(file, p.line, p.column, p)));
}
