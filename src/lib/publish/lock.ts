/** A build lock: one file holding the builder's process id; a lock whose process is gone is stale. */
import { openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';

/**
 * True when a process with this id is running (signal 0 only checks). A zombie (a killed build
 * whose parent has not collected it yet, common in containers) still answers signal 0 but is dead.
 */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  return !zombie(pid);
}

/** Linux: the state field of /proc/<pid>/stat is "Z" for a zombie; elsewhere no zombie is seen. */
function zombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) === 'Z';
  } catch {
    return false;
  }
}

export type LockResult = { ok: true; release: () => void; staleFrom?: number } | { ok: false; heldBy: number };

/** Takes the lock at `path`, replacing a stale one; reports the holder when another build runs. */
export function acquireLock(path: string): LockResult {
  let staleFrom: number | undefined;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return { ok: true, staleFrom, release: () => rmSync(path, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number.parseInt(readFileSync(path, 'utf8'), 10);
      if (Number.isInteger(pid) && pid > 0 && alive(pid)) return { ok: false, heldBy: pid };
      staleFrom = Number.isInteger(pid) ? pid : 0;
      rmSync(path, { force: true });
    }
  }
  throw new Error(`could not take the build lock ${path}`);
}
