/** The allow-list for HTML in Markdown and MDX: what our content needs, nothing that runs code. */
import { defaultSchema } from 'rehype-sanitize';

type Schema = typeof defaultSchema;

/** Link schemes editors may use, in content and in settings. */
export const ALLOWED_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const;

/** Elements that run code or load other pages: never allowed, reported by the loader. */
export const FORBIDDEN_TAGS = ['script', 'iframe', 'frame', 'object', 'embed', 'style', 'link', 'meta', 'base', 'form', 'svg', 'math'];

/** GitHub's allow-list, with `abbr`, table-alignment classes, no `user-content-` prefixes and our schemes. */
export const htmlSchema: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []).filter((t) => t !== 'input'), 'abbr', 'figure', 'figcaption', 'caption'],
  clobber: [],
  attributes: {
    ...defaultSchema.attributes,
    abbr: ['title'],
    td: [...(defaultSchema.attributes?.td ?? []), ['className', 'align-left', 'align-right', 'align-center']],
    th: [...(defaultSchema.attributes?.th ?? []), ['className', 'align-left', 'align-right', 'align-center']],
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'id', 'lang', 'dir'],
  },
  protocols: { href: [...ALLOWED_SCHEMES], cite: ['http', 'https'], src: ['http', 'https'] },
};

/** True for a URL with an allowed scheme, or a relative one (path, #anchor, ?query). */
export function isSafeUrl(url: string): boolean {
  // Browsers ignore tabs, line breaks and leading spaces/control characters in a scheme.
  const clean = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(clean)?.[1];
  if (scheme === undefined) return true;
  return (ALLOWED_SCHEMES as readonly string[]).includes(scheme.toLowerCase());
}

/** True for an absolute link an editor may enter in settings: http(s)://host…, mailto:…, tel:…. */
export function isLinkUrl(url: string): boolean {
  return /^(https?:\/\/[^\s/?#]+[^\s]*|mailto:[^\s]+@[^\s]+|tel:\+?[\d][\d ()/-]*)$/i.test(url.trim());
}
