/** Typography of the built HTML: no-break spaces everywhere; soft hyphens only where narrow boxes break words. */
import { hyphenate, typeset } from './hyphenate';

/** Elements whose text may break inside long words on a phone. */
const HYPHENATE_IN = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'th', 'td', 'dt', 'dd', 'caption', 'summary']);
/** Boxes (by class) whose text is narrow: cards, key figures, breadcrumbs, lists of findings. */
const HYPHENATE_CLASSES = /\b(card|key-figure|breadcrumbs|befund-liste|facets)\b/;
/** Never touched: code, raw text, SVG (charts wrap their labels themselves), the document head. */
const NEVER = new Set(['script', 'style', 'svg', 'textarea', 'code', 'pre', 'title', 'head', 'template']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

interface Open {
  name: string;
  /** -1: never hyphenate inside; 1: hyphenate inside; 0: as the parent says. */
  mode: -1 | 0 | 1;
}

function modeOf(name: string, attrs: string): Open['mode'] {
  if (NEVER.has(name) || /\bleichte-sprache\b/.test(attrs) || /\blang="(?!de)/.test(attrs)) return -1;
  const cls = /\bclass="([^"]*)"/.exec(attrs)?.[1] ?? '';
  return HYPHENATE_IN.has(name) || HYPHENATE_CLASSES.test(cls) ? 1 : 0;
}

/**
 * No-break spaces in every text node ("79 %", "z. B."); soft hyphens (U+00AD) into long words of
 * text nodes inside headings, table cells, definition lists and cards. Attributes (data-pagefind-meta, alt, title) and everything else stay
 * as they are. Expects the well-formed HTML Astro writes.
 */
export function hyphenateHtml(html: string): string {
  const stack: Open[] = [];
  const active = () => {
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i]!.mode !== 0) return stack[i]!.mode === 1;
    return false;
  };
  const blocked = () => stack.some((o) => o.mode === -1);
  return html.replace(/<!--[\s\S]*?-->|<!doctype[^>]*>|<(\/?)([a-zA-Z][\w:-]*)([^>]*)>|[^<]+/gi, (token, close, tag, attrs) => {
    if (tag) {
      const name = (tag as string).toLowerCase();
      if (close) {
        const at = stack.map((o) => o.name).lastIndexOf(name);
        if (at >= 0) stack.length = at;
      } else if (!VOID.has(name) && !(attrs as string).endsWith('/')) stack.push({ name, mode: modeOf(name, attrs as string) });
      return token;
    }
    if (token.startsWith('<') || blocked()) return token;
    return active() ? hyphenate(typeset(token)) : typeset(token);
  });
}
