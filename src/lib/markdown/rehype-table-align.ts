/** A rehype plugin: table alignment as a class (`align-right`), never a style attribute (CSP). */
interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

const ALIGN = /^text-align:\s*(left|right|center);?$/;

function visit(node: HastNode): void {
  if (node.type === 'element' && (node.tagName === 'td' || node.tagName === 'th') && node.properties) {
    const props = node.properties;
    const align = typeof props.align === 'string' ? props.align : ALIGN.exec(String(props.style ?? ''))?.[1];
    if (align) {
      const classes = Array.isArray(props.className) ? props.className : [];
      props.className = [...classes, `align-${align}`];
      delete props.align;
      delete props.style;
    }
  }
  node.children?.forEach(visit);
}

/** Replaces remark-gfm's `align`/`style="text-align:…"` on table cells with `align-left|right|center`. */
export function rehypeTableAlign() {
  return (tree: HastNode) => visit(tree);
}
