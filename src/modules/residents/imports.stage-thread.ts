/**
 * Starts the dry run's reader in a worker thread and asks it for one event at a time. From the
 * sources (tsx, the tests) the worker registers tsx first (imports.stage-worker.dev.mjs); from the
 * server's bundle it is the bundle's sibling, dist/server/import-stage-worker.mjs
 * (scripts/build-server.mjs).
 */
import { Worker } from 'node:worker_threads';
import type { ReadEvent, ReadInput } from './imports.reader.ts';
import type { WorkerReply } from './imports.stage-worker.ts';

export interface StageReader {
  /** The next event, or null at the end of the file. */
  next(): Promise<ReadEvent | null>;
  /** Stops the worker (at the end, or to abandon the file). */
  close(): Promise<void>;
}

function workerUrl(): URL {
  const here = import.meta.url;
  return here.endsWith('.ts') ? new URL('./imports.stage-worker.dev.mjs', here) : new URL('./import-stage-worker.mjs', here);
}

/** An ArrayBuffer of exactly the file that can move to the worker (a small Buffer shares Node's pool, which must not). */
function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
  // A copy, not Buffer#slice, which is a view of the same memory.
  return whole ? (bytes.buffer as ArrayBuffer) : new Uint8Array(bytes).buffer;
}

/** Reads `input` in a worker; the bytes move to it (the caller's view of them is emptied). `workerFile` is for the tests. */
export function openStageReader(input: ReadInput, workerFile: URL = workerUrl()): StageReader {
  const { bytes, ...rest } = input;
  const buffer = ownBuffer(bytes);
  const worker = new Worker(workerFile, { workerData: { input: rest, buffer }, transferList: [buffer] });
  let failure: Error | null = null;
  let waiting: { resolve: (reply: WorkerReply) => void; reject: (error: Error) => void } | null = null;
  worker.on('message', (reply: WorkerReply) => {
    const current = waiting;
    waiting = null;
    current?.resolve(reply);
  });
  const fail = (error: Error) => {
    failure ??= error;
    const current = waiting;
    waiting = null;
    current?.reject(failure);
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the import's reader stopped (exit code ${code})`)));
  return {
    async next() {
      if (failure) throw failure;
      const reply = await new Promise<WorkerReply>((resolve, reject) => {
        waiting = { resolve, reject };
        worker.postMessage('next');
      });
      if (reply.kind === 'end') return null;
      if (reply.kind === 'error') throw new Error(reply.message);
      return reply;
    },
    async close() {
      worker.removeAllListeners('exit');
      await worker.terminate();
    },
  };
}
