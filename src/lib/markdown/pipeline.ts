/** The Markdown/MDX plugins of the build, shared by astro.config.mjs and `npm run check`. */
import rehypeRaw from 'rehype-raw';
import remarkGfm from 'remark-gfm';
import remarkSmartypants from 'remark-smartypants';
import type { Root } from 'hast';
import type { Plugin, PluggableList } from 'unified';
import { rehypeBaseLinks } from './rehype-base-links';
import { rehypeSafeHtml } from './rehype-safe-html';
import { rehypeTableAlign } from './rehype-table-align';

/** The remark plugins Astro adds for Markdown and MDX (gfm and smartypants are on by default). */
export const remarkPlugins: PluggableList = [remarkGfm, remarkSmartypants];

/** A list both Astro's config and @mdx-js/mdx accept. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- unified's own plugin type uses any[].
type RehypePlugins = Array<Plugin<any[], Root> | [Plugin<any[], Root>, unknown]>;

/** Rehype plugins for MDX chapters: base-path links, alignment classes, allow-list sanitizer. */
export function mdxRehypePlugins(base: string): RehypePlugins {
  return [[rehypeBaseLinks, { base }], rehypeTableAlign, rehypeSafeHtml];
}

/** Rehype plugins for Markdown: raw HTML parsed first, so the sanitizer sees it as elements. */
export function markdownRehypePlugins(base: string): RehypePlugins {
  return [rehypeRaw, ...mdxRehypePlugins(base)];
}
