// Launches Debian's Chromium through playwright-core. On CI (REQUIRE_BROWSER=1) a missing
// browser fails the run; elsewhere the browser suites are skipped with a visible reason.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];

/** Path of a Chromium executable, or undefined. */
export const chromiumPath: string | undefined = CANDIDATES.find((p) => existsSync(p));

if (!chromiumPath && process.env.REQUIRE_BROWSER === '1') {
  throw new Error('Browser tests are mandatory here (REQUIRE_BROWSER=1) but no Chromium was found. Install it: apt-get install chromium');
}
if (!chromiumPath) console.warn('Browser tests skipped: no Chromium found (apt-get install chromium).');

/** The flags this closed network needs (no sandbox in the container, nothing fetched by Chromium itself). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/** Launches headless Chromium with the flags this closed network needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: [...CHROMIUM_FLAGS] });
}
