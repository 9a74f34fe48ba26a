/** Escaping for XML: SVG charts, the Atom feed and the sitemap. */

// Characters XML 1.0 forbids (control characters, U+FFFE/U+FFFF): dropped so the file stays well-formed.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for XML content and attribute values (& < > " '), dropping characters XML forbids. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
