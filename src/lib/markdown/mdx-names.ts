/** Names an MDX file uses in `{…}` expressions and imports that the build could not resolve. */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import type { Program } from 'estree';
import type { Root } from 'mdast';
import { msg } from '../errors/messages';
import type { MdxPosition } from './check-mdx';

/** Globals an expression may use; `props` and `frontmatter` are provided by MDX and Astro. */
const GLOBALS = new Set(['props', 'frontmatter', 'Math', 'Number', 'String', 'Date', 'Intl', 'JSON', 'Array', 'Object', 'undefined', 'NaN', 'Infinity']);

/** The parts of an estree node the walkers read. */
type EsNode = { type: string; name?: string; computed?: boolean; loc?: { start: { line: number; column: number } } | null };

type MdNode = { type: string; data?: { estree?: Program | null }; children?: MdNode[]; attributes?: MdNode[]; value?: unknown };

/** Every estree program in the tree, with the node type it came from. */
function programs(node: MdNode, out: Array<{ type: string; program: Program }> = []): Array<{ type: string; program: Program }> {
  if (node.data?.estree) out.push({ type: node.type, program: node.data.estree });
  const value = node.value as MdNode | undefined;
  if (value && typeof value === 'object' && value.data?.estree) out.push({ type: value.type, program: value.data.estree });
  for (const child of [...(node.attributes ?? []), ...(node.children ?? [])]) programs(child, out);
  return out;
}

/** Identifiers declared anywhere in a program (imports, exports, parameters, variables). */
function declared(node: unknown, names: Set<string>): Set<string> {
  walk(node, (n, parent, key) => {
    if (n.type !== 'Identifier' || !n.name) return;
    const p = parent?.type;
    if ((p === 'VariableDeclarator' && key === 'id') || p?.endsWith('Specifier') || (p?.includes('Function') && key === 'params')
      || (p === 'ArrowFunctionExpression' && key === 'params') || (p === 'FunctionDeclaration' && key === 'id')) names.add(n.name);
  });
  return names;
}

/** Identifiers used as values (not property names, not declarations). */
function used(node: unknown): Array<{ name: string; line: number; column: number }> {
  const out: Array<{ name: string; line: number; column: number }> = [];
  walk(node, (n, parent, key) => {
    if (n.type !== 'Identifier' || !n.loc || !n.name) return;
    if (parent?.type === 'MemberExpression' && key === 'property' && !parent.computed) return;
    if (parent?.type === 'Property' && key === 'key' && !parent.computed) return;
    out.push({ name: n.name, line: n.loc.start.line, column: n.loc.start.column + 1 });
  });
  return out;
}

function walk(node: unknown, visit: (n: EsNode, parent: EsNode | undefined, key: string) => void, parent?: EsNode, key = ''): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) return node.forEach((n) => walk(n, visit, parent, key));
  const n = node as EsNode;
  if (typeof n.type !== 'string') return;
  visit(n, parent, key);
  for (const [k, v] of Object.entries(n)) if (k !== 'loc' && k !== 'range' && v && typeof v === 'object') walk(v, visit, n, k);
}

/** `{anzahl}` where nothing in the file defines `anzahl`: the build would fail at render time. */
export function findUndefinedNames(tree: Root): MdxPosition[] {
  const all = programs(tree as unknown as MdNode);
  const names = new Set(GLOBALS);
  for (const { type, program } of all) if (type === 'mdxjsEsm') declared(program, names);
  return all
    .filter((p) => p.type !== 'mdxjsEsm')
    .flatMap(({ program }) => {
      const local = declared(program, new Set());
      return used(program).filter((u) => !names.has(u.name) && !local.has(u.name));
    })
    .map((u) => ({ line: u.line, column: u.column, ...msg.mdxUndefinedName(u.name) }));
}

const EXTENSIONS = ['', '.ts', '.js', '.mjs', '.astro', '.mdx', '.md', '.json'];

/** Imports whose file or package does not exist. */
export function findImportProblems(tree: Root, file: string): MdxPosition[] {
  const require = createRequire(file);
  const out: MdxPosition[] = [];
  for (const { type, program } of programs(tree as unknown as MdNode)) {
    if (type !== 'mdxjsEsm') continue;
    for (const statement of program.body) {
      if (statement.type !== 'ImportDeclaration' || typeof statement.source.value !== 'string') continue;
      const source = statement.source.value;
      const found = source.startsWith('.') || source.startsWith('/')
        ? EXTENSIONS.some((ext) => existsSync(resolve(dirname(file), source + ext)))
        : resolvable(require, source);
      const at = statement.source.loc?.start;
      if (!found) out.push({ line: at?.line ?? 1, column: (at?.column ?? 0) + 1, ...msg.mdxMissingImport(source) });
    }
  }
  return out;
}

function resolvable(require: NodeRequire, source: string): boolean {
  try {
    require.resolve(source);
    return true;
  } catch {
    return source.startsWith('astro:');
  }
}
