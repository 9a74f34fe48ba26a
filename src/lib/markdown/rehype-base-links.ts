/** A rehype plugin: links that editors write as "/kapitel/x/" get the site's base path. */
import { joinUrl } from '../url';

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

const ATTRIBUTES: Record<string, string> = { a: 'href', img: 'src' };

function visit(node: HastNode, base: string): void {
  const attribute = node.type === 'element' && node.tagName ? ATTRIBUTES[node.tagName] : undefined;
  const value = attribute ? node.properties?.[attribute] : undefined;
  if (attribute && typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith(base)) {
    node.properties![attribute] = joinUrl(base, value);
  }
  node.children?.forEach((child) => visit(child, base));
}

/** Rewrites root-relative href/src in Markdown and MDX to live under `base` ('/' leaves them as they are). */
export function rehypeBaseLinks(options: { base: string }) {
  const base = joinUrl(options.base, '');
  return (tree: HastNode) => {
    if (base !== '/') visit(tree, base);
  };
}
