/** Finds HTML and links in a Markdown/MDX tree that could run code: script, iframe, on…, javascript:. */
import { createProcessor } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import { msg } from '../errors/messages';
import type { MdxPosition } from './check-mdx';
import { FORBIDDEN_TAGS, isSafeUrl } from './html-schema';
import { remarkPlugins } from './pipeline';

interface MdNode {
  type: string;
  name?: string | null;
  url?: string;
  value?: unknown;
  attributes?: Array<{ type: string; name?: string; value?: unknown; position?: MdNode['position'] }>;
  position?: { start: { line: number; column: number; offset?: number } };
  children?: MdNode[];
}

const URL_ATTRIBUTES = /^(href|src|action|formaction|poster|cite|data|xlink:href)$/i;

/** Line and column of `offset` characters into a node's text. */
function within(node: MdNode, text: string, offset: number): { line: number; column: number } {
  const start = node.position?.start ?? { line: 1, column: 1 };
  const before = text.slice(0, offset).split('\n');
  return before.length === 1
    ? { line: start.line, column: start.column + offset }
    : { line: start.line + before.length - 1, column: before.at(-1)!.length + 1 };
}

/** Raw HTML as Markdown keeps it (`html` nodes), checked by pattern. */
function checkRawHtml(node: MdNode, out: MdxPosition[]): void {
  const text = String(node.value);
  for (const m of text.matchAll(/<\s*([a-zA-Z][\w:-]*)/g)) {
    if (FORBIDDEN_TAGS.includes(m[1]!.toLowerCase())) out.push({ ...within(node, text, m.index), ...msg.unsafeTag(m[1]!.toLowerCase()) });
  }
  for (const m of text.matchAll(/\s(on[a-z]+|style)\s*=/gi)) out.push({ ...within(node, text, m.index + 1), ...msg.unsafeAttribute(m[1]!) });
  for (const m of text.matchAll(/\s([\w:-]+)\s*=\s*["']?([^"'\s>]*)/g)) {
    if (URL_ATTRIBUTES.test(m[1]!) && !isSafeUrl(m[2]!)) out.push({ ...within(node, text, m.index + 1), ...msg.unsafeUrl(m[2]!) });
  }
}

/** JSX elements of MDX: lower-case ones are HTML. */
function checkJsx(node: MdNode, out: MdxPosition[]): void {
  const at = node.position?.start ?? { line: 1, column: 1 };
  const name = node.name ?? '';
  if (FORBIDDEN_TAGS.includes(name.toLowerCase())) out.push({ line: at.line, column: at.column, ...msg.unsafeTag(name.toLowerCase()) });
  for (const a of node.attributes ?? []) {
    const where = a.position?.start ?? at;
    if (a.type !== 'mdxJsxAttribute' || !a.name) continue;
    if (/^on/i.test(a.name) || (a.name === 'style' && /^[a-z]/.test(name))) out.push({ line: where.line, column: where.column, ...msg.unsafeAttribute(a.name) });
    else if (URL_ATTRIBUTES.test(a.name) && typeof a.value === 'string' && !isSafeUrl(a.value)) out.push({ line: where.line, column: where.column, ...msg.unsafeUrl(a.value) });
  }
}

/** Every unsafe element, attribute and link in the tree, in document order. */
export function findUnsafeHtml(tree: Root): MdxPosition[] {
  const out: MdxPosition[] = [];
  const visit = (node: MdNode) => {
    if (node.type === 'html') checkRawHtml(node, out);
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') checkJsx(node, out);
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && node.url !== undefined && !isSafeUrl(node.url)) {
      const at = node.position?.start ?? { line: 1, column: 1 };
      out.push({ line: at.line, column: at.column, ...msg.unsafeUrl(node.url) });
    }
    node.children?.forEach(visit);
  };
  visit(tree as unknown as MdNode);
  return out;
}

const markdown = createProcessor({ format: 'md', remarkPlugins });

/** Parses a Markdown file (front matter blanked) as the build does, for `findUnsafeHtml`. */
export function parseMarkdown(text: string): Root {
  return markdown.parse(text) as Root;
}
