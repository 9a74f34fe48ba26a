/** URL helpers that work under a sub-path (BASE_PATH) as well as at the root. */

/**
 * Joins the site's base path and a site-relative path into a root-relative URL with a
 * trailing slash for pages: ("/ik/", "kapitel/a") → "/ik/kapitel/a/". Paths with a file
 * extension or a #fragment keep their form.
 */
export function joinUrl(base: string, path: string): string {
  const b = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const [pathPart = '', fragment] = path.split('#', 2) as [string, string?];
  const p = pathPart.replace(/^\/+/, '');
  const isFile = /\.[a-z0-9]+$/i.test(p);
  const full = p === '' ? b : `${b}${p}${isFile || p.endsWith('/') || p.includes('?') ? '' : '/'}`;
  return fragment !== undefined ? `${full}#${fragment}` : full;
}
