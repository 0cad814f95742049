import { afterAll, beforeAll, expect, it } from 'vitest';
import { openTestDatabase } from '../../db/test-database.ts';
import type { DatabaseHandle } from '../../db/connection.ts';
import { ensureAdmin, prepareDatabase } from '../../server/bootstrap.ts';
import { insertJob, jobFile } from './imports.repository.ts';

let database: DatabaseHandle;
let userId: number;

beforeAll(async () => {
  database = await openTestDatabase();
  await prepareDatabase(database.db);
  await ensureAdmin(database.db, { TAVANA_ADMIN_PASSWORD: 'files-test-password-1' });
  userId = (await database.db.selectFrom('users').select('id').where('username', '=', 'admin').executeTakeFirstOrThrow()).id;
});

afterAll(async () => {
  await database?.close();
});

const job = (size: number) => ({ created_by: userId, agency_code: 'welfare', actor: '{}', request_ip: null, file_name: 'f.csv', file_kind: 'csv', file_size: size, file_sha256: String(size) });

it('stores a file in parts and reads it back whole, byte for byte', async () => {
  const bytes = Uint8Array.from({ length: 23 }, (_, index) => (index * 37) % 256);
  const id = await insertJob(database.db, job(bytes.byteLength), bytes, 7);
  const parts = await database.db.selectFrom('import_files').select('part').where('job_id', '=', id).orderBy('part').execute();
  expect(parts.map((row) => row.part)).toEqual([0, 1, 2, 3]);
  expect(new Uint8Array((await jobFile(database.db, id, bytes.byteLength))!)).toEqual(bytes);
});

it('answers nothing for a file whose parts do not add up to its size', async () => {
  const bytes = new Uint8Array([1, 2, 3, 4, 5]);
  const id = await insertJob(database.db, job(5), bytes, 2);
  expect(await jobFile(database.db, id, 6)).toBeUndefined();
  expect(await jobFile(database.db, id, 4)).toBeUndefined();
});
