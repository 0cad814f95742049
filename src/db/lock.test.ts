import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './connection.ts';
import { DataDirLockedError, lockDataDir } from './lock.ts';

const folders: string[] = [];
const releases: (() => void)[] = [];

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tavana-lock-'));
  folders.push(dir);
  return dir;
}

function lock(dir: string): () => void {
  const release = lockDataDir(dir);
  releases.push(release);
  return release;
}

/** The pid of a process that has certainly exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  const pid = Number(child.stdout);
  expect(Number.isInteger(pid) && pid > 0).toBe(true);
  return pid;
}

afterEach(() => {
  for (const release of releases.splice(0)) release();
  for (const dir of folders.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('lockDataDir', () => {
  it('writes a lock file with this process id, and removes it on release', () => {
    const dir = tempDir();
    const release = lock(dir);
    const lockFile = path.join(dir, 'tavana.lock');
    expect(fs.readFileSync(lockFile, 'utf8')).toBe(String(process.pid));
    release();
    expect(fs.existsSync(lockFile)).toBe(false);
    // Releasing twice is harmless.
    release();
  });

  it('creates a folder that does not exist yet', () => {
    const dir = path.join(tempDir(), 'nested', 'data');
    lock(dir);
    expect(fs.existsSync(path.join(dir, 'tavana.lock'))).toBe(true);
  });

  it('refuses a second lock on the same folder with DataDirLockedError and a clear message', () => {
    const dir = tempDir();
    lock(dir);
    let caught: unknown;
    try {
      lockDataDir(dir);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DataDirLockedError);
    const error = caught as DataDirLockedError;
    expect(error.name).toBe('DataDirLockedError');
    expect(error.dataDir).toBe(dir);
    expect(error.holderPid).toBe(process.pid);
    expect(error.message).toBe(
      `The embedded database in ${dir} is in use by another Tavana process (pid ${process.pid}). Stop that process, or point TAVANA_DATA_DIR at another folder.`,
    );
  });

  it('refuses a folder locked by another live process, and leaves its lock alone', () => {
    const dir = tempDir();
    const lockFile = path.join(dir, 'tavana.lock');
    // The parent process (the test runner) is alive and is not this process.
    fs.writeFileSync(lockFile, String(process.ppid));
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    expect(() => lockDataDir(dir)).toThrow(`(pid ${process.ppid})`);
    expect(fs.readFileSync(lockFile, 'utf8')).toBe(String(process.ppid));
  });

  it('takes over a stale lock whose process is gone', () => {
    const dir = tempDir();
    const lockFile = path.join(dir, 'tavana.lock');
    fs.writeFileSync(lockFile, String(deadPid()));
    const release = lock(dir);
    expect(fs.readFileSync(lockFile, 'utf8')).toBe(String(process.pid));
    release();
    expect(fs.existsSync(lockFile)).toBe(false);
  });

  it('takes over a lock file with garbage in it', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'tavana.lock'), 'not a pid');
    lock(dir);
    expect(fs.readFileSync(path.join(dir, 'tavana.lock'), 'utf8')).toBe(String(process.pid));
  });

  it('can lock again after a release', () => {
    const dir = tempDir();
    lock(dir)();
    lock(dir);
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
  });

  it('does not release a lock that another process has taken over since', () => {
    const dir = tempDir();
    const lockFile = path.join(dir, 'tavana.lock');
    const release = lock(dir);
    fs.writeFileSync(lockFile, String(process.ppid));
    release();
    expect(fs.readFileSync(lockFile, 'utf8')).toBe(String(process.ppid));
  });
});

describe('the embedded database', () => {
  it('refuses a second open of the same folder until the first closes', async () => {
    const dir = tempDir();
    const first = await openDatabase({ kind: 'embedded', dataDir: dir });
    try {
      await expect(openDatabase({ kind: 'embedded', dataDir: dir })).rejects.toBeInstanceOf(DataDirLockedError);
      // The first handle still works.
      const row = await first.db.selectNoFrom((eb) => eb.val(1).as('one')).executeTakeFirstOrThrow();
      expect(Number(row.one)).toBe(1);
    } finally {
      await first.close();
    }
    expect(fs.existsSync(path.join(dir, 'tavana.lock'))).toBe(false);
    const second = await openDatabase({ kind: 'embedded', dataDir: dir });
    await second.close();
  });
});
