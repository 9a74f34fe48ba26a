// Publishing: the dist swap survives a SIGKILL at every step, a second build is refused by the
// lock, release mode refuses placeholders and a missing address, unexpected errors stay readable.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAt, listFiles, prepareFixture, type SiteBuild } from '../../src/lib/build/build-site';
import { outputPaths } from '../../src/lib/publish/swap';
import { FIXTURES } from '../helpers/fixture-site';

const TSX = resolve('node_modules/.bin/tsx');
/** process.env without the variables vitest adds (Astro would read BASE_URL from them). */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
  for (const key of ['BASE_URL', 'SITE', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID']) delete env[key];
  return env;
}

/** Hash over every file of a built site. */
function fingerprint(dir: string): string {
  const hash = createHash('sha256');
  for (const f of listFiles(dir)) hash.update(f).update(readFileSync(join(dir, f)));
  return hash.digest('hex');
}

/** Starts the build in its own process group, waits until it pauses at `step`, then kills the group. */
async function killAt(root: string, step: string): Promise<void> {
  const log = join(root, 'steps.log');
  writeFileSync(log, '');
  const child = spawn(TSX, ['scripts/build.ts'], {
    cwd: root,
    detached: true,
    stdio: 'ignore',
    env: cleanEnv({ BUILD_STEP_LOG: log, BUILD_PAUSE_AT: step }),
  });
  const closed = new Promise((done) => child.on('close', done));
  const deadline = Date.now() + 120_000;
  // 'building' is logged before astro starts: give it time to write part of the new site.
  while (!readFileSync(log, 'utf8').split('\n').includes(step) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (step === 'building') await new Promise((r) => setTimeout(r, 4000));
  const reached = readFileSync(log, 'utf8');
  expect(child.exitCode, `the build ended before pausing at ${step}; steps: ${reached}`).toBe(null);
  process.kill(-child.pid!, 'SIGKILL');
  await closed;
  expect(reached).toContain(step);
}

describe('publishing a built site', () => {
  let site: SiteBuild;
  let first: string;
  beforeAll(() => {
    site = buildAt(prepareFixture(join(FIXTURES, 'minimal')));
    first = fingerprint(site.dist);
  });
  afterAll(() => site.cleanup());

  it('keeps the last good site when killed at any step, and recovers on the next run', async () => {
    expect(site.status, site.output).toBe(0);
    const paths = outputPaths(site.dist);
    // A second, different site: the rebuilds below publish it.
    const chapter = join(site.root, 'src/content/kapitel/erstes.mdx');
    writeFileSync(chapter, readFileSync(chapter, 'utf8').replace('## Anlass', '## Anlass und Ziel'));

    await killAt(site.root, 'old-to-backup');
    expect(fingerprint(site.dist)).toBe(first);

    await killAt(site.root, 'new-to-out');
    // The old site waits as backup; dist is gone until the next run restores it.
    expect(existsSync(site.dist)).toBe(false);
    expect(fingerprint(paths.backup)).toBe(first);

    await killAt(site.root, 'remove-backup');
    const second = fingerprint(site.dist);
    expect(second).not.toBe(first);

    await killAt(site.root, 'building');
    expect(fingerprint(site.dist)).toBe(second);

    const last = site.rebuild();
    expect(last.status, last.output).toBe(0);
    expect(fingerprint(site.dist)).toBe(second);
    for (const leftover of [paths.next, paths.backup, paths.lock]) expect(existsSync(leftover), leftover).toBe(false);
  }, 600_000);

  it('refuses a second build while one runs, in German', () => {
    const paths = outputPaths(site.dist);
    writeFileSync(paths.lock, String(process.pid));
    try {
      const r = spawnSync(TSX, ['scripts/build.ts'], { cwd: site.root, encoding: 'utf8' });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`Es läuft bereits ein Bau (Prozess ${process.pid}).`);
      expect(fingerprint(site.dist)).toBeTruthy();
    } finally {
      writeFileSync(paths.lock, '999999999');
    }
  });

  it('release mode: refuses a missing address, then the placeholders, before publishing', () => {
    const before = fingerprint(site.dist);
    const noAddress = spawnSync(TSX, ['scripts/build.ts', '--release'], { cwd: site.root, encoding: 'utf8', env: cleanEnv({ SITE_URL: '' }) });
    expect(noAddress.status).toBe(1);
    expect(noAddress.stderr).toContain('Für die Veröffentlichung (--release) fehlt die Adresse der Website (SITE_URL).');
    const placeholders = buildAt(site.root, { RELEASE: '1', SITE_URL: 'https://fiktiver-kreis.example' });
    expect(placeholders.status).not.toBe(0);
    expect(placeholders.output).toContain('src/content/einstellungen.yaml:24:12 – Die Angabe „datenschutz.hosting“ ist noch nicht ausgefüllt („BITTE ERGÄNZEN“).');
    expect(placeholders.output).not.toMatch(/AstroUserError|Stack trace|Location:/);
    expect(fingerprint(site.dist)).toBe(before);
  });

  it('shows an unexpected error with its original text under a German headline, without stack trace', () => {
    writeFileSync(join(site.root, 'src/pages/kaputt.astro'), "---\nthrow new Error('Festplatte voll (fiktiv)');\n---\n");
    const r = site.rebuild();
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('Beim Bauen ist ein unerwarteter technischer Fehler aufgetreten. Originalmeldung:');
    expect(r.output).toContain('Festplatte voll (fiktiv)');
    expect(r.output).toContain('Diese Meldung bitte an die technische Betreuung weitergeben');
    expect(r.output).not.toMatch(/\[AstroUserError\]|Stack trace|^\s+at /m);
  });
});
