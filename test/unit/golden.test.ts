// Golden message tests: every folder in test/golden/ is one case. Its files are laid over a copy
// of the minimal fixture site (same relative paths; `entfernen.txt` lists files to delete), the
// project is loaded as `npm run check` does, and the problems the case adds to the fixture's own
// are compared with the case's `erwartet.txt`. A missing `erwartet.txt` is written (never in CI);
// on a mismatch `tatsaechlich.txt` is written next to it for review. Every message function in
// src/lib/errors/messages.ts must be produced by at least one case.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { msg } from '../../src/lib/errors/messages';
import { formatProblem, formatReport, type Problem } from '../../src/lib/errors/problem';
import { checkSite } from '../../src/lib/check-site';
import { loadProject } from '../../src/lib/project/load-project';
import { listFiles } from '../../src/lib/build/build-site';
import { FIXTURES } from '../helpers/fixture-site';

const GOLDEN = new URL('../golden/', import.meta.url).pathname;
const BASE = join(FIXTURES, 'minimal');
const EXPECTED = 'erwartet.txt';
const ACTUAL = 'tatsaechlich.txt';
const REMOVE = 'entfernen.txt';
const CASE_FILES = new Set([EXPECTED, ACTUAL, REMOVE]);

/** Cases whose problems are all warnings: `npm run check` passes. Every other case must fail. */
const PASSING = new Set(['datensatz-verwaist', 'kennzahl-messreihe-verwaist', 'platzhalter-in-einstellungen', 'windows-1252', 'werte-fehlen', 'ansi-markdown', 'utf16-unicode-text', 'unterordner-sicherung', 'uebersetzung-veraltet', 'leichte-sprache-luecken']);

const cases = readdirSync(GOLDEN).filter((name) => statSync(join(GOLDEN, name)).isDirectory()).sort();
/** Messages no content can cause, pinned by their own unit tests (Typst failing on valid content). */
const NOT_FROM_CONTENT = new Set(['pdfFailed']);

/** A frozen "today", so date rules give the same output on every day (like Framework's clock). */
const TODAY = '2026-11-26';
const baseline = new Set(loadProject(BASE, { today: TODAY }).problems.map(formatProblem));
// Spies see which message functions a case calls (loadProject looks them up on this object).
const messages = msg as unknown as Record<string, (...args: unknown[]) => unknown>;
const spies = Object.keys(msg).map((key) => [key, vi.spyOn(messages, key)] as const);
const produced = new Map<string, string[]>();
const ran = new Set<string>();

/** The problems of the fixture with the case's files laid over it, minus the fixture's own. */
function runCase(name: string): Problem[] {
  const root = mkdtempSync(join(tmpdir(), `golden-${name}-`));
  try {
    cpSync(BASE, root, { recursive: true });
    const dir = join(GOLDEN, name);
    for (const file of listFiles(dir).filter((f) => !CASE_FILES.has(f))) cpSync(join(dir, file), join(root, file));
    if (existsSync(join(dir, REMOVE))) {
      for (const file of readFileSync(join(dir, REMOVE), 'utf8').split('\n').filter(Boolean)) rmSync(join(root, file));
    }
    ran.add(name);
    for (const [, spy] of spies) spy.mockClear();
    // As `npm run check`: the project's rules and, once it is valid, the PDF's.
    const problems = checkSite(root, { today: TODAY }).problems.filter((p) => !baseline.has(formatProblem(p)));
    for (const [key, spy] of spies) if (spy.mock.calls.length > 0) produced.set(key, [...(produced.get(key) ?? []), name]);
    return problems;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('golden messages (test/golden/<case>/)', () => {
  it.each(cases)('%s', (name) => {
    const problems = runCase(name);
    const actual = `${formatReport(problems)}\n`;
    const expected = join(GOLDEN, name, EXPECTED);
    const changed = join(GOLDEN, name, ACTUAL);
    expect(problems.length, 'a case must produce at least one message').toBeGreaterThan(0);
    const errors = problems.filter((p) => p.severity === 'error').length;
    if (PASSING.has(name)) expect(errors, 'listed in PASSING: only warnings').toBe(0);
    else expect(errors, 'not listed in PASSING: must fail').toBeGreaterThan(0);
    if (!existsSync(expected)) {
      if (process.env.CI === 'true') throw new Error(`${name}: ${EXPECTED} is missing`);
      writeFileSync(expected, actual);
      console.warn(`! wrote ${expected}: review it before committing`);
      return;
    }
    if (actual !== readFileSync(expected, 'utf8')) writeFileSync(changed, actual);
    else if (existsSync(changed)) unlinkSync(changed);
    expect(actual).toBe(readFileSync(expected, 'utf8'));
  });

  it('pins every message of src/lib/errors/messages.ts with at least one case', () => {
    // Also when only some cases were selected (-t): run the others for the count.
    for (const name of cases) if (!ran.has(name)) runCase(name);
    const unpinned = Object.keys(msg).filter((key) => !produced.has(key) && !NOT_FROM_CONTENT.has(key));
    expect(unpinned, 'add a folder under test/golden/ that produces these messages').toEqual([]);
  });

  afterAll(() => vi.restoreAllMocks());
});
