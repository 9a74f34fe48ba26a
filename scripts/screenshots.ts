// Full-page screenshots of every page type at 320 and 1280 px, from the built dist/ (no build here).
// Usage: npm run build && npm run screenshots  → screenshots/<page>-<width>.png (git-ignored).
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../test/helpers/browser';
import { PAGE_TYPES } from '../test/helpers/page-types';
import { serveStatic } from '../test/helpers/static-server';

const WIDTHS = [320, 1280];
const dist = 'dist';
const out = 'screenshots';
if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is empty: run `npm run build` first.');
mkdirSync(out, { recursive: true });

const server = await serveStatic(dist, '/');
const browser = await launchBrowser();
try {
  for (const width of WIDTHS) {
    const context = await browser.newContext({ locale: 'de-DE', viewport: { width, height: width < 600 ? 640 : 800 } });
    const page = await context.newPage();
    for (const [name, path] of Object.entries(PAGE_TYPES)) {
      const response = await page.goto(server.url + path);
      if (!response?.ok()) throw new Error(`${path}: HTTP ${response?.status()}`);
      const file = join(out, `${name}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
