import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The real `tavana serve` process: start, the embedded database's lock, graceful shutdown.
// Embedded only: the lock and the data folder are what is under test.
const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'src/cli/main.ts');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tavana-serve-'));
const env = { ...process.env, TAVANA_DATA_DIR: dataDir, DATABASE_URL: '', TAVANA_DEMO: 'false', TAVANA_ADMIN_PASSWORD: 'serve-test-password', HOST: '127.0.0.1', PORT: '18931', LOG_LEVEL: 'warn' };

function startServe() {
  const child = spawn(process.execPath, ['--import', 'tsx', cli, 'serve'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

async function waitHealthy(output: () => string): Promise<{ status: string; database: string }> {
  for (let attempt = 0; attempt < 600; attempt++) {
    try {
      const response = await fetch('http://127.0.0.1:18931/api/health');
      if (response.ok) return (await response.json()) as { status: string; database: string };
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`server never became healthy:\n${output()}`);
}

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('tavana serve on the embedded database', () => {
  // A generous guard against a hang, not a speed check: four process starts on a shared machine.
  it('starts, refuses a second process on the same folder, and shuts down cleanly on SIGTERM', { timeout: 300_000 }, async () => {
    const first = startServe();
    const health = await waitHealthy(first.output);
    expect(health).toEqual({ status: 'ok', database: 'embedded' });
    expect(first.output()).toContain('http://127.0.0.1:18931');
    expect(first.output()).toContain('admin');
    expect(fs.existsSync(path.join(dataDir, 'tavana.lock'))).toBe(true);

    const second = spawnSync(process.execPath, ['--import', 'tsx', cli, 'migrate'], { cwd: root, env, encoding: 'utf8' });
    expect(second.status).toBe(1);
    expect(second.stderr).toContain('in use by another Tavana process');

    const exited = new Promise<number | null>((resolve) => first.child.once('exit', (code) => resolve(code)));
    first.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(fs.existsSync(path.join(dataDir, 'tavana.lock'))).toBe(false);

    // The data survived: a second start finds the admin and prints no new password.
    const again = startServe();
    await waitHealthy(again.output);
    expect(again.output()).not.toContain('serve-test-password');
    const stopped = new Promise<number | null>((resolve) => again.child.once('exit', (code) => resolve(code)));
    again.child.kill('SIGINT');
    expect(await stopped).toBe(0);
  });
});
