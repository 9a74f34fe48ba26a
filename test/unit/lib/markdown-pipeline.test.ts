// The build's Markdown plugins: alignment as classes (no style attribute), HTML through the allow-list.
import { compileSync } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { isSafeUrl } from '../../../src/lib/markdown/html-schema';
import { markdownRehypePlugins, mdxRehypePlugins, remarkPlugins } from '../../../src/lib/markdown/pipeline';

const mdx = (text: string) => String(compileSync(text, { remarkPlugins, rehypePlugins: mdxRehypePlugins('/') }));
const md = (text: string) => String(compileSync(text, { format: 'md', remarkPlugins, rehypePlugins: markdownRehypePlugins('/') }));

describe('Markdown pipeline', () => {
  it('writes table alignment as a class, never as a style', () => {
    const out = mdx('| A | B |\n| :-- | --: |\n| x | 1 |\n');
    expect(out).toContain('"align-right"');
    expect(out).not.toMatch(/textAlign|style/);
  });

  it('removes script, iframe, event handlers and javascript: links from MDX (defence in depth)', () => {
    const out = mdx('<div onClick="x">a</div>\n\n<script>{"alert(1)"}</script>\n\n<iframe src="https://e.org" />\n\n[l](javascript:alert(1))\n\n<Befund id="x" />\n');
    expect(out).not.toMatch(/onClick|script|iframe|javascript/);
    expect(out).toContain('"Befund"');
  });

  it('parses raw HTML in Markdown and keeps only allowed elements', () => {
    const out = md('<abbr title="Kommunales Integrationszentrum">KI</abbr> <img src="x.png" onerror="alert(1)">\n\n<script>alert(2)</script>\n');
    expect(out).toContain('"abbr"');
    expect(out).not.toMatch(/onerror|onError|alert/);
  });

  it.each([
    ['https://example.org', true], ['mailto:a@b.de', true], ['tel:+492821', true], ['/kapitel/x/', true], ['#a', true],
    ['javascript:alert(1)', false], [' JaVa\tScRiPt:alert(1)', false], ['data:text/html,x', false], ['vbscript:x', false],
  ])('isSafeUrl(%j) is %s', (url, safe) => expect(isSafeUrl(url)).toBe(safe));
});
