import fs from 'node:fs';
import path from 'node:path';

/** Thrown when another live process already holds the embedded database folder. */
export class DataDirLockedError extends Error {
  constructor(readonly dataDir: string, readonly holderPid: number) {
    super(
      `The embedded database in ${dataDir} is in use by another Tavana process (pid ${holderPid}). ` +
        'Stop that process, or point TAVANA_DATA_DIR at another folder.',
    );
    this.name = 'DataDirLockedError';
  }
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM means the process exists but belongs to someone else: still alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes an exclusive lock on an embedded database folder. PGlite itself has no lock, and two
 * processes writing one folder silently lose writes, so a second process must fail loudly.
 * A lock left by a crashed process (its pid is gone) is taken over.
 * Returns the function that releases the lock.
 */
const lockedInThisProcess = new Set<string>();

export function lockDataDir(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  if (lockedInThisProcess.has(dataDir)) throw new DataDirLockedError(dataDir, process.pid);
  const lockPath = path.join(dataDir, 'tavana.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lockPath, 'wx');
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      lockedInThisProcess.add(dataDir);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        lockedInThisProcess.delete(dataDir);
        try {
          if (fs.readFileSync(lockPath, 'utf8').trim() === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {
          // Already gone: nothing to release.
        }
      };
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holderPid = Number.parseInt(fs.readFileSync(lockPath, 'utf8').trim(), 10);
      // Our own pid in the file is a leftover of an earlier run whose pid was reused (containers):
      // a live lock of this process would be in lockedInThisProcess.
      if (Number.isInteger(holderPid) && holderPid !== process.pid && isProcessAlive(holderPid)) {
        throw new DataDirLockedError(dataDir, holderPid);
      }
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not lock ${dataDir}`);
}
