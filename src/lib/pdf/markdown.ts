/** MDX chapters and Markdown bodies as Typst markup, for the PDF. */
import { createProcessor } from '@mdx-js/mdx';
import type { Nodes, Parent, Root, Table } from 'mdast';
import remarkGfm from 'remark-gfm';
import { msg } from '../errors/messages';
import { problemAt, type Problem } from '../errors/problem';
import { escapeMarkup, typstString } from './escape';

/** What the conversion needs from outside: embeds, images and links are resolved by the caller. */
export interface ConvertOptions {
  /** Path of the source file (for messages). */
  file: string;
  /** Line of the file where the body starts (after front matter). */
  bodyLine: number;
  /** 'mdx' for chapters (components allowed), 'md' for fields and actions. */
  format: 'mdx' | 'md';
  /** Typst level of the body's highest headings; deeper ones follow, never skipping a level (PDF/UA). */
  baseLevel: number;
  /** Typst for `<Befund id="…" />`. */
  finding: (id: string) => string;
  /** Typst for an image with its alt text, or undefined when the file is not there. */
  image: (src: string, alt: string) => string | undefined;
  /** Absolute URL for a link target (site paths get the site's address). */
  link: (href: string) => string;
}

const processors = {
  mdx: createProcessor({ format: 'mdx', remarkPlugins: [remarkGfm] }),
  md: createProcessor({ format: 'md', remarkPlugins: [remarkGfm] }),
};

/** Parses a body and returns its Typst markup; problems (e.g. an image without alt text) are collected. */
export function markdownToTypst(body: string, options: ConvertOptions, problems: Problem[]): string {
  const tree = processors[options.format].parse(body) as Root;
  const depths = [...new Set(headingDepths(tree))].sort();
  return new Converter(options, problems, depths).blocks(tree);
}

function headingDepths(node: Nodes): number[] {
  if (node.type === 'heading') return [node.depth];
  return 'children' in node ? node.children.flatMap((c) => headingDepths(c as Nodes)) : [];
}

class Converter {
  private lastLevel: number;

  constructor(
    private readonly o: ConvertOptions,
    private readonly problems: Problem[],
    private readonly depths: number[],
  ) {
    this.lastLevel = o.baseLevel - 1;
  }

  private at(node: Nodes): [number, number] {
    const start = node.position?.start;
    return start ? [this.o.bodyLine + start.line - 1, start.column] : [this.o.bodyLine, 0];
  }

  private report(node: Nodes, message: ReturnType<typeof msg.pdfFigureWithoutAlt>): string {
    const [line, column] = this.at(node);
    this.problems.push(problemAt(this.o.file, line, column, message));
    return '';
  }

  /** Block children, one per paragraph. */
  blocks(parent: Parent): string {
    return parent.children.map((c) => this.node(c as Nodes)).filter((s) => s !== '').join('\n\n');
  }

  inline(parent: Parent): string {
    return parent.children.map((c) => this.node(c as Nodes)).join('');
  }

  node(n: Nodes): string {
    switch (n.type) {
      case 'root':
      case 'blockquote':
        return n.type === 'root' ? this.blocks(n) : `#quote(block: true)[${this.blocks(n)}]`;
      case 'paragraph':
        return this.inline(n);
      case 'heading': {
        const level = Math.min(this.o.baseLevel + this.depths.indexOf(n.depth), this.lastLevel + 1);
        this.lastLevel = level;
        return `#heading(level: ${level})[${this.inline(n)}]`;
      }
      case 'text':
        return escapeMarkup(n.value);
      case 'emphasis':
        return `#emph[${this.inline(n)}]`;
      case 'strong':
        return `#strong[${this.inline(n)}]`;
      case 'delete':
        return `#strike[${this.inline(n)}]`;
      case 'inlineCode':
        return `#raw(${typstString(n.value)})`;
      case 'code':
        return `#raw(block: true, ${typstString(n.value)})`;
      case 'break':
        return '#linebreak()';
      case 'thematicBreak':
        return '#line(length: 100%, stroke: 0.5pt)';
      case 'link':
        return `#link(${typstString(this.o.link(n.url))})[${this.inline(n)}]`;
      case 'list': {
        const items = n.children.map((item) => `[${this.blocks(item)}]`).join(', ');
        return n.ordered ? `#enum(start: ${n.start ?? 1}, ${items})` : `#list(${items})`;
      }
      case 'table':
        return this.table(n);
      case 'image': {
        const alt = (n.alt ?? '').trim();
        if (alt === '') return this.report(n, msg.pdfFigureWithoutAlt(n.url));
        return this.o.image(n.url, alt) ?? this.report(n, msg.pdfImageNotFound(n.url));
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        return this.component(n);
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
      case 'html':
      case 'definition':
        // Imports, expressions and raw HTML have no printed form; link definitions are resolved by the parser.
        return '';
      default:
        return this.report(n, msg.pdfUnsupportedMarkdown(n.type));
    }
  }

  private component(n: Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>): string {
    if (n.name === 'Befund') {
      const id = n.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
      // A Befund without id is reported by the project's own checks (findEmbeds).
      return typeof id === 'string' ? this.o.finding(id) : '';
    }
    if (n.name === 'Redaktion') return `#redaktion[${this.blocks(n)}]`;
    // Unknown components are reported by the project's own checks.
    return '';
  }

  private table(t: Table): string {
    const [head, ...rows] = t.children;
    const columns = head?.children.length ?? 0;
    const cells = (row: Table['children'][number]) =>
      Array.from({ length: columns }, (_, i) => `[${row.children[i] ? this.inline(row.children[i]!) : ''}]`).join(', ');
    const body = rows.map(cells).join(',\n  ');
    return `#table(columns: ${columns},\n  table.header(${head ? cells(head) : ''}),\n  ${body})`;
  }
}
