import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ReadEvent, ReadInput } from './imports.reader.ts';
import { openStageReader } from './imports.stage-thread.ts';

const header = 'کد ملی,نام,نام خانوادگی,جنسیت,کد محله\n';
const input = (text: string, options: Partial<ReadInput> = {}): ReadInput => ({
  bytes: Buffer.from(text),
  kind: 'csv',
  encoding: 'utf-8',
  chosenMapping: null,
  maxRows: 100,
  chunkRows: 2,
  today: '2026-11-23',
  ...options,
});

async function readAll(reading: ReadInput, workerFile?: URL): Promise<ReadEvent[]> {
  const reader = openStageReader(reading, workerFile);
  const events: ReadEvent[] = [];
  try {
    for (let event = await reader.next(); event; event = await reader.next()) events.push(event);
  } finally {
    await reader.close();
  }
  return events;
}

const rowsOf = (events: ReadEvent[]) => events.flatMap((event) => (event.kind === 'chunk' ? (JSON.parse(event.json) as { row_no: number; outcome: string }[]) : []));

describe('reading an import in a worker thread', () => {
  it('gives the header, then the rows in chunks, each row normalised or refused', async () => {
    const events = await readAll(input(`${header}0013542419,علي,كريمي,مرد,1\n123,رضا,احمدی,زن,1\n0084575948,مریم,رضایی,زن,1\n`));
    expect(events.map((event) => event.kind)).toEqual(['mapped', 'chunk']);
    expect(events[0]).toMatchObject({ headers: ['کد ملی', 'نام', 'نام خانوادگی', 'جنسیت', 'کد محله'], headerRow: 1 });
    expect(rowsOf(events)).toMatchObject([
      { row_no: 2, outcome: 'pending', first_name: 'علی', last_name: 'کریمی' },
      { row_no: 3, outcome: 'rejected' },
      { row_no: 4, outcome: 'pending' },
    ]);
  });

  it('gives a long file in chunks of the size asked (the rows read to find the header go in the first)', async () => {
    const rows = Array.from({ length: 25 }, () => '0013542419,علی,کریمی,مرد,1\n').join('');
    const events = await readAll(input(`${header}${rows}`, { chunkRows: 12 }));
    expect(events.map((event) => (event.kind === 'chunk' ? event.rows : event.kind))).toEqual(['mapped', 12, 12, 1]);
    // The same national ID again: every row after the first is refused as a duplicate in the file.
    expect(rowsOf(events).filter((row) => row.outcome === 'rejected')).toHaveLength(24);
  });

  it('passes a refusal found midway (too many rows) as an event, and a missing column as needing a mapping', async () => {
    const many = `${header}${'0013542419,علی,کریمی,مرد,1\n'.repeat(5)}`;
    expect((await readAll(input(many, { maxRows: 3 }))).at(-1)).toEqual({ kind: 'refused', code: 'import.too_many_rows', params: { max: 3 } });
    expect(await readAll(input('نام,نام خانوادگی\nعلی,کریمی\n'))).toMatchObject([{ kind: 'needs_mapping', missing: expect.arrayContaining(['sex']) }]);
  });

  it('copies a small file rather than moving memory the caller shares', async () => {
    // Small Buffers share one pool: moving it to the worker would empty every other small Buffer.
    const neighbour = Buffer.from('همسایه');
    await readAll(input(`${header}0013542419,علی,کریمی,مرد,1\n`));
    expect(neighbour.toString()).toBe('همسایه');
  });

  it('fails the read, rather than waiting for ever, when the worker dies', async () => {
    const broken = new URL('data:text/javascript,throw new Error("the worker broke")');
    await expect(readAll(input(`${header}0013542419,علی,کریمی,مرد,1\n`), broken)).rejects.toThrow(/the worker broke|stopped/);
  });

  const bundled = new URL('../../../dist/server/import-stage-worker.mjs', import.meta.url);
  // `npm test` builds the server first; the bundle's worker is what `npm start` runs.
  it.skipIf(!fs.existsSync(fileURLToPath(bundled)))('works the same from the server bundle', async () => {
    const events = await readAll(input(`${header}0013542419,علی,کریمی,مرد,1\n`), bundled);
    expect(rowsOf(events)).toMatchObject([{ row_no: 2, outcome: 'pending', first_name: 'علی' }]);
  });
});
