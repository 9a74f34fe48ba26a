import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireLock } from '../../../src/lib/publish/lock';

describe('acquireLock(path)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lock-'));
  const path = join(dir, 'build.lock');
  afterEach(() => rmSync(path, { force: true }));

  it('takes a free lock, writes its process id, and releases it', () => {
    const lock = acquireLock(path);
    expect(lock.ok).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe(String(process.pid));
    if (lock.ok) lock.release();
    expect(existsSync(path)).toBe(false);
  });

  it('refuses a lock held by a running process and names it', () => {
    writeFileSync(path, String(process.pid));
    expect(acquireLock(path)).toEqual({ ok: false, heldBy: process.pid });
  });

  it('replaces the lock of a process that is gone', () => {
    writeFileSync(path, '999999999');
    const lock = acquireLock(path);
    expect(lock.ok && lock.staleFrom).toBe(999_999_999);
  });

  it('replaces the lock of a killed build that is still a zombie', async () => {
    // The shell's background child exits at once; the exec'd sleep never collects it: a zombie.
    const parent = spawn('sh', ['-c', 'sleep 0 & echo $!; exec sleep 5'], { stdio: ['ignore', 'pipe', 'ignore'] });
    const pid = Number(await new Promise<string>((done) => parent.stdout.once('data', (d) => done(String(d).trim()))));
    await expect.poll(() => readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0]).toBe('Z');
    writeFileSync(path, String(pid));
    const lock = acquireLock(path);
    parent.kill();
    expect(lock.ok && lock.staleFrom).toBe(pid);
  });
});
