/**
 * The worker thread of an import's dry run: reads the file it was given (imports.reader.ts) and
 * answers each "next" from the main thread with the next event, so that it reads one chunk ahead
 * of the chunk being written and never more.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type ReadEvent, type ReadInput, readStagedRows } from './imports.reader.ts';

/** What the worker posts: an event, the end of the file, or an error it could not turn into a refusal. */
export type WorkerReply = ReadEvent | { kind: 'end' } | { kind: 'error'; message: string };

if (parentPort) {
  const port = parentPort;
  const { input, buffer } = workerData as { input: Omit<ReadInput, 'bytes'>; buffer: ArrayBuffer };
  const events = readStagedRows({ ...input, bytes: new Uint8Array(buffer) });
  port.on('message', (message: 'next') => {
    if (message !== 'next') return;
    events.next().then(
      (next) => port.postMessage((next.done ? { kind: 'end' } : next.value) satisfies WorkerReply),
      (error: unknown) => port.postMessage({ kind: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies WorkerReply),
    );
  });
}
