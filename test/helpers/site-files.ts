// Reading a built site: its pages as HTML text, their links, and the project model behind it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../src/lib/build/build-site';

export { listFiles };

/** The build's soft hyphens (U+00AD or &shy;, typography only) left out, so tests compare words. */
export const withoutSoftHyphens = (text: string): string => text.replace(/\u00ad|&shy;/g, '');

/** HTML pages of a built site: site path ('' for the start page, 'kapitel/x' …) → HTML (without soft hyphens). */
export function readPages(dir: string): Map<string, string> {
  const pages = new Map<string, string>();
  for (const file of listFiles(dir).filter((f) => f.endsWith('.html'))) {
    pages.set(file.replace(/(^|\/)index\.html$/, '').replace(/\.html$/, ''), withoutSoftHyphens(readFileSync(join(dir, file), 'utf8')));
  }
  return pages;
}

/** The HTML of one page by its site path, without soft hyphens (rawPage keeps them). */
export function page(dir: string, path: string): string {
  return withoutSoftHyphens(rawPage(dir, path));
}

/** The HTML of one page exactly as built. */
export function rawPage(dir: string, path: string): string {
  const file = join(dir, path, 'index.html');
  if (!existsSync(file)) throw new Error(`No page at ${path}`);
  return readFileSync(file, 'utf8');
}

/** Values of an attribute in HTML (href, src …), entities decoded for &amp;. */
export function attributeValues(html: string, name: string): string[] {
  return [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

/** Visible text of an HTML fragment, roughly: tags removed, entities for & < > " decoded, spaces folded. */
export function textOf(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}
