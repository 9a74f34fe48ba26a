// The deploy recipes in docs/deploy/ as shipped, on real nginx and Apache httpd, at `/` and under
// /integrationskonzept/: types, compression, caching, security headers, 404 and search in Chromium.
// Mandatory on CI (CI=true) and with REQUIRE_SERVERS=1; elsewhere skipped when a server is missing.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, HEADER_ONLY_DIRECTIVES, SECURITY_HEADERS } from '../../src/lib/security/csp';
import { chromiumPath, launchBrowser } from '../helpers/browser';
import { REAL_SITE, SUBPATH, SUBPATH_SITE } from '../helpers/paths';
import { APACHE, NGINX, startApache, startNginx, type RealServer } from '../helpers/servers';

const required = process.env.CI === 'true' || process.env.REQUIRE_SERVERS === '1';
const available = existsSync(NGINX) && existsSync(APACHE);
if (required && !available) throw new Error('Deploy tests are mandatory here but nginx or apache2 is missing: apt-get install nginx apache2');
if (!available) console.warn('Deploy tests skipped: nginx or apache2 not installed (apt-get install nginx apache2).');

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A plain HTTP GET that shows the response as sent (no decompression, no redirects). */
function get(url: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((done, fail) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString('latin1') }));
    }).on('error', fail).end();
  });
}

/**
 * The largest file below `dir` whose site path matches `pattern` (servers rightly leave files of a
 * few bytes uncompressed, e.g. a 49-byte script entry; the largest shows what a reader downloads).
 */
function sample(dir: string, pattern: RegExp): string {
  const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [relative(dir, join(d, e.name))]));
  const size = (f: string) => statSync(join(dir, f)).size;
  const found = walk(dir).filter((f) => pattern.test(f)).sort((a, b) => size(b) - size(a) || a.localeCompare(b))[0];
  if (!found) throw new Error(`no file matching ${pattern} in ${dir}`);
  return found;
}

/** Path pattern, expected Content-Type, compressed. */
const TYPES: Array<[string, RegExp, RegExp, boolean]> = [
  ['HTML', /^kapitel\/[^/]+\/index\.html$/, /^text\/html; charset=utf-8$/i, true],
  ['CSS', /^_astro\/.+\.css$/, /^text\/css/, true],
  ['JS', /^_astro\/.+\.js$/, /^(application|text)\/javascript/, true],
  ['JSON', /^daten\/datapackage\.json$/, /^application\/json/, true],
  ['CSV', /^daten\/.+\.csv$/, /^text\/csv/, true],
  ['SVG', /^daten\/.+\.svg$/, /^image\/svg\+xml/, true],
  ['PDF', /\.pdf$/, /^application\/pdf$/, false],
  ['Pagefind JS', /^pagefind\/pagefind\.js$/, /^(application|text)\/javascript/, true],
  ['.pf_meta', /\.pf_meta$/, /^application\/octet-stream$/, false],
  ['.pf_index', /\.pf_index$/, /^application\/octet-stream$/, false],
  ['.pf_fragment', /\.pf_fragment$/, /^application\/octet-stream$/, false],
  ['wasm', /^pagefind\/wasm\.de\.pagefind$/, /^application\/octet-stream$/, false],
];

const CASES = [
  ['nginx', '/', startNginx, REAL_SITE],
  ['nginx', SUBPATH, startNginx, SUBPATH_SITE],
  ['Apache', '/', startApache, REAL_SITE],
  ['Apache', SUBPATH, startApache, SUBPATH_SITE],
] as const;

describe.skipIf(!available).each(CASES)('%s serving the site at %s', (_name, prefix, start, site) => {
  let server: RealServer;
  beforeAll(async () => {
    server = await start(site, prefix);
  });
  afterAll(() => server?.stop());
  const url = (path: string) => server.url + path.replace(/^\/?(index\.html)?/, '').replace(/\/index\.html$/, '/');

  it.each(TYPES)('serves %s with status 200, its Content-Type and compression', async (_kind, pattern, type, compressed) => {
    const file = sample(site, pattern);
    const r = await get(url(file), { 'Accept-Encoding': 'gzip' });
    expect(r.status, `${file}\n${server.log()}`).toBe(200);
    expect(String(r.headers['content-type'])).toMatch(type);
    if (compressed) expect(r.headers['content-encoding'], file).toBe('gzip');
  });

  it('caches hashed /_astro/ files for a year (immutable) and HTML not at all', async () => {
    const css = await get(url(sample(site, /^_astro\/.+\.css$/)));
    expect(css.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const html = await get(url(''));
    expect(html.headers['cache-control']).toBe('no-cache');
  });

  it('sends every security header, with the CSP the pages carry in their meta element', async () => {
    const r = await get(url('kapitel/'));
    for (const [name, value] of SECURITY_HEADERS) expect(r.headers[name.toLowerCase()], name).toBe(value);
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(r.body)?.[1]?.replaceAll('&#39;', "'");
    expect(meta).toBe(CONTENT_SECURITY_POLICY);
    expect(r.headers['content-security-policy']).toBe(`${meta}; ${HEADER_ONLY_DIRECTIVES}`);
  });

  it('answers a missing page with 404, the site\'s own 404 page and the security headers', async () => {
    const r = await get(url('gibt-es-nicht/'));
    expect(r.status).toBe(404);
    const title = /<title>([^<]+)<\/title>/.exec(readFileSync(join(site, '404.html'), 'latin1'))![1]!;
    expect(r.body).toContain(title);
    expect(r.headers['x-content-type-options']).toBe('nosniff');
  });

  it('without JavaScript, the search page repeats a plain query and links its letter (server-side includes)', async () => {
    const page = async (q: string) => Buffer.from((await get(url(`suche/?q=${q}`))).body, 'latin1').toString('utf8');
    const shown = (html: string) => /<p class="search-query">Ihre Suche: <strong>([^<]*)<\/strong><\/p>/.exec(html.replace(/<div hidden><p class="search-query">.*?<\/div>/s, ''))?.[1];
    const letter = (html: string) => /<p class="search-letter">[^<]*<a href="([^"]+)"/.exec(html.replace(/<div hidden><p class="search-letter">.*?<\/div>/s, ''))?.[1];
    const kita = await page('Kita');
    expect(shown(kita), server.log()).toBe('Kita');
    expect(letter(kita)).toBe(`${prefix}suche/k/`);
    expect(kita).not.toContain('<!--#');
    // nginx cannot URL-decode: it shows no garbled word, only the letter; Apache decodes.
    const umlaut = await page('%C3%9Cbersetzung');
    expect(shown(umlaut)).toBe(_name === 'Apache' ? 'Übersetzung' : undefined);
    expect(letter(umlaut)).toBe(`${prefix}suche/u/`);
    for (const attack of ['%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'K%22%3E%3Cimg%20src%3Dx%3E', 'Kita%26q%3D%3Cb%3E', '%FF%FE']) {
      const html = await page(attack);
      expect(html, attack).not.toMatch(/<script>alert|<img src=x|<b>/);
      expect(shown(html), attack).toBeUndefined();
    }
    // Without a query the page is the static one: nothing shown, no SSI error.
    const plain = await page('');
    expect(shown(plain)).toBeUndefined();
    expect(letter(plain)).toBeUndefined();
    for (const html of [kita, umlaut, plain]) expect(html).not.toContain('an error occurred');
  });

  it.skipIf(!chromiumPath)('a reader without JavaScript sees the query and follows its letter', async () => {
    const browser = await launchBrowser();
    try {
      const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
      await page.goto(url('suche/?q=Kita'));
      expect(await page.locator('.search-query').innerText()).toBe('Ihre Suche: Kita');
      await page.locator('.search-letter a').click();
      expect(new URL(page.url()).pathname).toBe(`${prefix}suche/k/`);
    } finally {
      await browser.close();
    }
  });

  it.skipIf(!chromiumPath)('finds results in Chromium under the served headers without a CSP violation', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const violations: string[] = [];
      page.on('console', (m) => {
        if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
      });
      await page.goto(url('suche/'));
      await page.evaluate(() => document.addEventListener('securitypolicyviolation', (e) => console.error(`Refused to load: CSP ${e.violatedDirective}`)));
      await page.fill('#search-q', 'Sprache');
      await page.press('#search-q', 'Enter');
      await page.waitForFunction(() => document.querySelectorAll('.search-list li h3 a').length > 0, undefined, { timeout: 20_000 });
      const first = await page.locator('.search-list li h3 a').first().getAttribute('href');
      expect(first?.startsWith(prefix)).toBe(true);
      expect(violations).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
