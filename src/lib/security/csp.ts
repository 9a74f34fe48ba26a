/** The Content-Security-Policy of every page: only the site itself, nothing inline. */

/**
 * Directives: scripts, styles, images, fonts and fetches from the site's own origin only.
 * 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search index; workers come from
 * the site (Pagefind's search worker). No 'unsafe-inline' anywhere: the build never inlines.
 */
export const CSP_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self' blob:"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

/** The policy as one header or meta value. */
export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.map(([k, v]) => `${k} ${v}`).join('; ');

/** Directives only a response header can carry (ignored in a meta element). */
export const HEADER_ONLY_DIRECTIVES = "frame-ancestors 'self'";

/** Security headers for the sample server configurations (docs/deploy/). */
export const SECURITY_HEADERS: ReadonlyArray<readonly [string, string]> = [
  ['Content-Security-Policy', `${CONTENT_SECURITY_POLICY}; ${HEADER_ONLY_DIRECTIVES}`],
  ['Strict-Transport-Security', 'max-age=31536000'],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['X-Frame-Options', 'SAMEORIGIN'],
];
