// npm run build: Astro's build (in this process) into a sibling folder (the site integration adds the search index,
// sitemap and PDF there), then a crash-safe swap into the output folder (src/lib/publish/swap.ts).
// A failed or interrupted build never loses the last good site; a lock stops a second build.
// Usage: tsx scripts/build.ts [--out dist] [--release]   (RELEASE=1 also selects release mode)
import { build } from 'astro';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { report } from '../src/lib/errors/messages';
import { formatReport, type Message } from '../src/lib/errors/problem';
import { checkSite } from '../src/lib/check-site';
import { acquireLock } from '../src/lib/publish/lock';
import { stepHook } from '../src/lib/publish/step-hook';
import { outputPaths, recoverOutput, swapIn } from '../src/lib/publish/swap';

const outArg = process.argv.indexOf('--out');
const out = resolve(outArg > 0 ? process.argv[outArg + 1]! : 'dist');
const release = process.argv.includes('--release') || process.env.RELEASE === '1';
const paths = outputPaths(out);
const step = stepHook(process.env);
const say = (m: Message) => console.error(`\n${m.message}\n    → ${m.hint}`);

if (release && !process.env.SITE_URL) {
  say(report.releaseWithoutSiteUrl());
  process.exit(1);
}
mkdirSync(dirname(out), { recursive: true });
const lock = acquireLock(paths.lock);
if (!lock.ok) {
  say(report.buildLocked(lock.heldBy));
  process.exit(1);
}
process.on('exit', lock.release);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));

step('locked');
if (recoverOutput(paths) === 'restored') say(report.outputRestored(out));

/** Astro's build in this process; an error is returned, not printed (Astro prints none itself). */
async function astroBuild(): Promise<Error | undefined> {
  process.env.BUILD_OUT_DIR = paths.next;
  if (release) process.env.RELEASE = '1';
  try {
    await build({ root: process.cwd() });
    return undefined;
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

step('building');
const error = await astroBuild();
if (error) {
  rmSync(paths.next, { recursive: true, force: true });
  // Content errors: the same report `npm run check` prints (errors and to-dos); anything else is
  // a technical fault whose original text the support needs.
  const { problems } = checkSite(process.cwd(), { release });
  if (problems.some((p) => p.severity === 'error')) console.error(`\n${formatReport(problems)}`);
  else say(report.unexpectedBuildError(error.message));
  console.error(`\n${report.buildFailed(out)}`);
  process.exit(1);
}
step('built');
swapIn(paths, step);
step('done');
console.log(`\n${report.buildDone(out)}`);
// Astro may keep handles open (file watchers of integrations); the build is done.
process.exit(0);
