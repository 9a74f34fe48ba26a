/**
 * A rehype plugin: HTML in Markdown and MDX through the allow-list (defence in depth; the loader
 * already stops the build with a German message for anything this removes).
 */
import type { Root } from 'hast';
import rehypeSanitize from 'rehype-sanitize';
import { FORBIDDEN_TAGS, htmlSchema, isSafeUrl } from './html-schema';

interface Node {
  type: string;
  tagName?: string;
  name?: string | null;
  properties?: Record<string, unknown>;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: Node[];
}

const URL_PROPERTIES = new Set(['href', 'src', 'cite', 'action', 'formAction', 'poster', 'xlinkHref', 'srcSet', 'data']);
const allowedTags = new Set(htmlSchema.tagNames);

const isMdxElement = (n: Node) => n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement';
const hasMdx = (n: Node): boolean => isMdxElement(n) || n.type.startsWith('mdx') || (n.children ?? []).some(hasMdx);

/** Keeps a property unless it is an event handler, a style or a URL with a forbidden scheme. */
function safeAttribute(name: string, value: unknown): boolean {
  if (/^on/i.test(name) || name === 'style') return false;
  return !(URL_PROPERTIES.has(name) && typeof value === 'string' && !isSafeUrl(value));
}

/** Cleans one node in an MDX tree; returns the nodes that replace it. */
function clean(node: Node): Node[] {
  const name = node.type === 'element' ? node.tagName : isMdxElement(node) ? node.name : undefined;
  // Components (<Befund>) are ours and start with a capital letter; fragments have no name.
  const isComponent = isMdxElement(node) && (!name || /^[A-Z]/.test(name));
  if (name !== undefined && name !== null && !isComponent) {
    if (FORBIDDEN_TAGS.includes(name.toLowerCase())) return [];
    if (!allowedTags.has(name)) return (node.children ?? []).flatMap(clean);
  }
  if (node.properties) {
    for (const [k, v] of Object.entries(node.properties)) if (!safeAttribute(k, v)) delete node.properties[k];
  }
  if (node.attributes) {
    node.attributes = node.attributes.filter(
      (a) => a.type === 'mdxJsxAttribute' && a.name !== undefined && safeAttribute(a.name, a.value) || (isComponent && a.type === 'mdxJsxAttribute'),
    );
  }
  if (node.children) node.children = node.children.flatMap(clean);
  return [node];
}

/** rehype-sanitize with our schema for Markdown; the same allow-list, node by node, for MDX trees. */
export function rehypeSafeHtml() {
  const sanitize = rehypeSanitize(htmlSchema) as unknown as (tree: Root) => Root;
  return (tree: Root): Root => {
    const node = tree as unknown as Node;
    if (!hasMdx(node)) return sanitize(tree);
    node.children = (node.children ?? []).flatMap(clean);
    return tree;
  };
}
