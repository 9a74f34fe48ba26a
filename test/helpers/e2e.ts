// Shared setup of browser suites: the real site served on 127.0.0.1 and one Chromium.
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { REAL_SITE } from './paths';
import { readPages } from './site-files';
import { serveStatic, type RunningServer } from './static-server';

export interface Session {
  server: RunningServer;
  browser: Browser;
  /** Opens a page in a fresh context (no state shared between pages). */
  open: (path: string, options?: BrowserContextOptions) => Promise<Page>;
}

/** Starts server and browser for the calling test file; both close after it. */
export function useSite(dir = REAL_SITE, base = '/'): Session {
  const session = {} as Session;
  beforeAll(async () => {
    session.server = await serveStatic(dir, base);
    session.browser = await launchBrowser();
    session.open = async (path, options = {}) => {
      const context = await session.browser.newContext({ locale: 'de-DE', ...options });
      const page = await context.newPage();
      await page.goto(session.server.url + path.replace(/^\//, ''));
      return page;
    };
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}

/** Pages of the follow-up fixture that only it has: indicators, decisions, goals with indicators. */
export function followUpPagePaths(dir: string): string[] {
  return allPagePaths(dir).filter((p) => /^(kennzahlen|umsetzung)\/|^massnahmen\/arbeitskreise\/$|^handlungsfelder\/familien\/$/.test(p));
}

/** Site paths of every built HTML page ('' = start page), 404 excluded. */
export function allPagePaths(dir = REAL_SITE): string[] {
  return [...readPages(dir).keys()].filter((p) => p !== '404').map((p) => (p === '' ? '' : `${p}/`));
}
