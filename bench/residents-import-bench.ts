/**
 * The import and duplicate-detection measurements of the residents benchmark, through HTTP on a
 * fresh `tavana serve` each, sampling the server's memory from /proc. The import follows the
 * contract of POST /api/v1/imports: upload, poll until analysed, commit, poll until committed.
 */
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import ExcelJS from 'exceljs';
import { type RunningServer, startServer } from './harness.ts';

export interface ImportResult {
  status: 'measured' | 'not yet measured' | 'failed';
  note: string;
  file: string;
  fileBytes: number;
  rows: number;
  uploadMs: number;
  analyseMs: number;
  commitMs: number;
  totalMs: number;
  rowsPerSecond: number;
  /** Import rows/s ÷ the plain COPY's rows/s (the target: at least 0.5). */
  ratioToCopy: number | null;
  counts: Record<string, number> | null;
  /** The server process's peak resident set (VmHWM), and the highest VmRSS seen while polling. */
  peakRssMb: number;
  sampledRssMb: number;
  /** Whether the bench ran ANALYZE on the staged rows when the checks began (BENCH_ANALYZE_IMPORT_ROWS). */
  analyzedByBench: boolean;
}

export interface DetectResult {
  status: 'measured' | 'not yet measured' | 'failed';
  note: string;
  ms: number;
  summary: string;
  planted: number;
  plantedFound: number | null;
  peakRssMb: number;
}

export async function loginSession(url: string, username: string, password: string): Promise<{ cookie: string; csrf: string }> {
  const response = await fetch(`${url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  if (!response.ok) throw new Error(`login failed: ${response.status}`);
  const body = (await response.json()) as { csrfToken: string };
  return { cookie: (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '', csrf: body.csrfToken };
}

/** VmHWM and VmRSS of a process, in MB (Linux). */
function memoryOf(pid: number | undefined): { hwm: number; rss: number } {
  if (pid === undefined) return { hwm: 0, rss: 0 };
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
    return { hwm: Math.round(kb('VmHWM') / 1024), rss: Math.round(kb('VmRSS') / 1024) };
  } catch {
    return { hwm: 0, rss: 0 };
  }
}

interface Job {
  id: string;
  status: string;
  progress?: { phase: string | null; done: number; total: number | null };
  version: number;
  counts: Record<string, number>;
  error: { code: string; message: string } | null;
  missingFields: string[];
}

async function pollJob(server: RunningServer, session: { cookie: string }, id: string, until: (status: string) => boolean, onSample: (job: Job | null) => Promise<void> | void): Promise<Job> {
  const started = performance.now();
  for (;;) {
    const response = await fetch(`${server.url}/api/v1/imports/${id}`, { headers: { cookie: session.cookie } });
    if (!response.ok) throw new Error(`import ${id}: ${response.status} ${await response.text()}`);
    const job = (await response.json()) as Job;
    await onSample(job);
    if (performance.now() - started > importTimeoutMs) throw new Error(`import ${id} still ${job.status} (${JSON.stringify(job.progress)}) after ${importTimeoutMs} ms`);
    if (until(job.status) || job.status === 'failed' || job.status === 'cancelled') return job;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const importTimeoutMs = Number(process.env.BENCH_IMPORT_TIMEOUT_MS ?? 1_200_000);

const empty = (file: string, rows: number, note: string): ImportResult => ({
  status: 'not yet measured',
  note,
  file: path.basename(file),
  fileBytes: fs.existsSync(file) ? fs.statSync(file).size : 0,
  rows,
  uploadMs: 0,
  analyseMs: 0,
  commitMs: 0,
  totalMs: 0,
  rowsPerSecond: 0,
  ratioToCopy: null,
  counts: null,
  peakRssMb: 0,
  sampledRssMb: 0,
  analyzedByBench: false,
});

export const importFailed = (file: string, rows: number, note: string): ImportResult => ({ ...empty(file, rows, note), status: 'failed' });

/** Imports `file` as the admin for the welfare organisation; times upload → committed. */
export async function importOverHttp(options: {
  env: NodeJS.ProcessEnv;
  port: number;
  adminPassword: string;
  file: string;
  rows: number;
  copyMs: number | null;
  /** Run once when the checks begin (the staged rows' ANALYZE, see RESULTS.md), or null. */
  onChecking: (() => Promise<void>) | null;
}): Promise<ImportResult> {
  const server = await startServer(options.env, options.port);
  let sampledRss = 0;
  let analyzedByBench = false;
  const sample = async (job: Job | null) => {
    sampledRss = Math.max(sampledRss, memoryOf(server.child.pid).rss);
    if (options.onChecking && !analyzedByBench && job?.progress?.phase === 'checking') {
      analyzedByBench = true;
      await options.onChecking();
    }
  };
  try {
    const session = await loginSession(server.url, 'admin', options.adminPassword);
    const probe = await fetch(`${server.url}/api/v1/imports`, { headers: { cookie: session.cookie } });
    if (probe.status === 404) return empty(options.file, options.rows, 'GET /api/v1/imports answers 404: the import server has not landed in this tree.');
    const bytes = fs.readFileSync(options.file);
    const started = performance.now();
    const form = new FormData();
    form.append('agencyCode', 'welfare');
    form.append('file', new Blob([bytes]), path.basename(options.file));
    const uploaded = await fetch(`${server.url}/api/v1/imports`, { method: 'POST', headers: { cookie: session.cookie, 'x-csrf-token': session.csrf }, body: form });
    if (uploaded.status !== 202) throw new Error(`upload: ${uploaded.status} ${await uploaded.text()}`);
    const uploadMs = performance.now() - started;
    const { id } = (await uploaded.json()) as Job;
    const analysed = await pollJob(server, session, id, (status) => status === 'analysed' || status === 'needs_mapping', sample);
    if (analysed.status !== 'analysed') throw new Error(`analysis ended ${analysed.status}: ${JSON.stringify(analysed.error ?? analysed.missingFields)}`);
    const analyseMs = performance.now() - started - uploadMs;
    const commit = await fetch(`${server.url}/api/v1/imports/${id}/commit`, {
      method: 'POST',
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': 'application/json' },
      body: JSON.stringify({ version: analysed.version, skipRejected: true }),
    });
    if (commit.status !== 202) throw new Error(`commit: ${commit.status} ${await commit.text()}`);
    const committed = await pollJob(server, session, id, (status) => status === 'committed', sample);
    const totalMs = performance.now() - started;
    if (committed.status !== 'committed') throw new Error(`commit ended ${committed.status}: ${JSON.stringify(committed.error)}`);
    const rowsPerSecond = Math.round((options.rows / totalMs) * 1000);
    const copyRate = options.copyMs ? (options.rows / options.copyMs) * 1000 : null;
    return {
      status: 'measured',
      note: '',
      file: path.basename(options.file),
      fileBytes: bytes.byteLength,
      rows: options.rows,
      uploadMs: Math.round(uploadMs),
      analyseMs: Math.round(analyseMs),
      commitMs: Math.round(totalMs - uploadMs - analyseMs),
      totalMs: Math.round(totalMs),
      rowsPerSecond,
      ratioToCopy: copyRate ? Math.round((rowsPerSecond / copyRate) * 100) / 100 : null,
      counts: committed.counts,
      peakRssMb: memoryOf(server.child.pid).hwm,
      sampledRssMb: sampledRss,
      analyzedByBench,
    };
  } finally {
    await server.stop();
  }
}

const detectTimeoutMs = Number(process.env.BENCH_DETECT_TIMEOUT_MS ?? 600_000);

/** Runs duplicate detection once as the admin and times it; checks the planted pairs when the answer lists pairs of ids. */
export async function detectOverHttp(options: { env: NodeJS.ProcessEnv; port: number; adminPassword: string; planted: { originalId: string; duplicateId: string }[] }): Promise<DetectResult> {
  const server = await startServer(options.env, options.port);
  try {
    const session = await loginSession(server.url, 'admin', options.adminPassword);
    const started = performance.now();
    let response: Response;
    try {
      response = await fetch(`${server.url}/api/v1/duplicates/detect`, {
        method: 'POST',
        headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': 'application/json' },
        body: '{}',
        signal: AbortSignal.timeout(detectTimeoutMs),
      });
    } catch (error) {
      const note = `no answer after ${Math.round(performance.now() - started)} ms (${error instanceof Error ? error.message : String(error)}); the server was stopped`;
      return { status: 'failed', note, ms: Math.round(performance.now() - started), summary: '', planted: options.planted.length, plantedFound: null, peakRssMb: memoryOf(server.child.pid).hwm };
    }
    const ms = Math.round(performance.now() - started);
    const peakRssMb = memoryOf(server.child.pid).hwm;
    if (response.status === 404) {
      return { status: 'not yet measured', note: 'POST /api/v1/duplicates/detect answers 404: duplicate detection has not landed in this tree.', ms: 0, summary: '', planted: options.planted.length, plantedFound: null, peakRssMb };
    }
    const text = await response.text();
    if (!response.ok) throw new Error(`detect: ${response.status} ${text}`);
    const ids = new Set(text.match(/"\d+"/g)?.map((id) => id.slice(1, -1)) ?? []);
    const plantedFound = ids.size > 0 ? options.planted.filter((pair) => ids.has(pair.originalId) && ids.has(pair.duplicateId)).length : null;
    return { status: 'measured', note: '', ms, summary: `answer ${text.slice(0, 200)}`, planted: options.planted.length, plantedFound, peakRssMb };
  } finally {
    await server.stop();
  }
}

/** The CSV's rows as an .xlsx (streamed), for the embedded database's import. */
export async function writeXlsx(csvFile: string, xlsxFile: string): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: xlsxFile, useSharedStrings: false });
  const sheet = workbook.addWorksheet('افراد');
  const lines = readline.createInterface({ input: fs.createReadStream(csvFile, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) sheet.addRow(parseCsvLine(line.replace(/^\ufeff/, ''))).commit();
  sheet.commit();
  await workbook.commit();
}

/** One line of the generator's CSV (quoted fields never hold a line break). */
function parseCsvLine(line: string): string[] {
  const cells: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        current += '"';
        i++;
      } else if (char === '"') quoted = false;
      else current += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      cells.push(current);
      current = '';
    } else current += char;
  }
  cells.push(current);
  return cells;
}
