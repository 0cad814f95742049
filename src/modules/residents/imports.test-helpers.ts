/**
 * What the import's integration tests share: uploading through the API as a browser would, and
 * waiting for the background runner by polling the job as the web page does.
 */
import type { TestApp, TestSession } from '../../server/test-app.ts';
import { importRunner } from './imports.runner.ts';
import type { ImportJob, ImportRowReport } from './imports.schemas.ts';

export { encodeWindows1256, makeXlsx, withCheckDigit } from './import/fixtures.test-helpers.ts';

/** A multipart upload of `bytes` as field `file`, with the optional fields given. */
export function upload(t: TestApp, session: TestSession, fileName: string, bytes: Uint8Array, fields: Record<string, string> = {}, headers: Record<string, string> = {}) {
  const boundary = '----tavana-import-boundary';
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`));
  parts.push(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), Buffer.from(`\r\n--${boundary}--\r\n`));
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/imports',
    headers: { ...session.headers, ...headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat(parts),
  });
}

const busy = new Set(['analysing', 'committing']);

/** Polls GET /imports/:id until the job rests, letting the runner finish its queue between polls. */
export async function settled(t: TestApp, session: TestSession, id: string): Promise<ImportJob> {
  for (;;) {
    const response = await t.app.inject({ method: 'GET', url: `/api/v1/imports/${id}`, headers: session.headers });
    if (response.statusCode !== 200) throw new Error(`GET import ${id}: ${response.statusCode} ${response.body}`);
    const job = response.json() as ImportJob;
    if (!busy.has(job.status)) return job;
    await importRunner(t.database.db).whenIdle();
  }
}

/** Uploads a file and waits for its dry run. */
export async function analysed(t: TestApp, session: TestSession, fileName: string, bytes: Uint8Array, fields: Record<string, string> = {}): Promise<ImportJob> {
  const response = await upload(t, session, fileName, bytes, fields);
  if (response.statusCode !== 202) throw new Error(`upload: ${response.statusCode} ${response.body}`);
  return settled(t, session, (response.json() as ImportJob).id);
}

export function commit(t: TestApp, session: TestSession, job: ImportJob, skipRejected = false) {
  return t.app.inject({ method: 'POST', url: `/api/v1/imports/${job.id}/commit`, headers: session.headers, payload: { version: job.version, skipRejected } });
}

/** Commits and waits for the commit to end. */
export async function committed(t: TestApp, session: TestSession, job: ImportJob, skipRejected = false): Promise<ImportJob> {
  const response = await commit(t, session, job, skipRejected);
  if (response.statusCode !== 202) throw new Error(`commit: ${response.statusCode} ${response.body}`);
  return settled(t, session, job.id);
}

export async function rowsOf(t: TestApp, session: TestSession, id: string, outcome?: string): Promise<ImportRowReport[]> {
  const response = await t.app.inject({ method: 'GET', url: `/api/v1/imports/${id}/rows?pageSize=500${outcome ? `&outcome=${outcome}` : ''}`, headers: session.headers });
  if (response.statusCode !== 200) throw new Error(`rows: ${response.statusCode} ${response.body}`);
  return (response.json() as { items: ImportRowReport[] }).items;
}

/** UTF-8 CSV bytes from rows of cells. */
export function csv(rows: readonly (readonly string[])[]): Uint8Array {
  return new TextEncoder().encode(rows.map((row) => row.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(',')).join('\r\n'));
}

export async function count(t: TestApp, table: 'persons' | 'person_agencies' | 'audit_log' | 'households'): Promise<number> {
  return Number((await t.database.db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);
}
