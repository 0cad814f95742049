/**
 * `npm run bench`: the figures issues 2 and 3 ask for, on both databases.
 * Section `neighborhoods` (issue 2):
 * - cold start: spawning `tavana serve` on an existing database until /api/health answers;
 * - neighbourhood list: page of 50 with a search, 20,000 neighbourhoods, median and p95 over HTTP;
 *   baseline: the same repository query in-process, without HTTP, on the same database.
 * Section `meetings` (issue 3, bench/meetings-bench.ts): the resolution tracker, the agency
 * scorecard and the minutes .docx over 2,000 meetings and 50,000 resolutions.
 * Section `residents` (issue 4, bench/residents-bench.ts): person search over 1,000,000 people, their
 * import from CSV against a plain COPY (100,000 from .xlsx on the embedded database), duplicate
 * detection. Not in the default run (it takes minutes): BENCH_ONLY=residents.
 * BENCH_ONLY=meetings (or =neighborhoods) runs one section; BENCH_DATABASES=postgres one database.
 * Results are printed as Markdown for bench/RESULTS.md and written to bench/.work/results.json.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../src/db/connection.ts';
import { listNeighborhoods } from '../src/modules/geography/geography.repository.ts';
import { normalizeSearch } from '../src/modules/geography/geography.service.ts';
import { ensureAdmin, prepareDatabase } from '../src/server/bootstrap.ts';
import { type LatencySummary, loginCookie, projectRoot, startServer, summarize } from './harness.ts';
import { benchMeetings, type MeetingsResult, meetingsMarkdown } from './meetings-bench.ts';
import { benchResidents, type ResidentsResult, residentsMarkdown } from './residents-bench.ts';
import { insertSyntheticNeighborhoods } from './synthetic-neighborhoods.ts';

const neighborhoodCount = Number(process.env.BENCH_NEIGHBORHOODS ?? 20_000);
const requests = Number(process.env.BENCH_REQUESTS ?? 400);
const coldStarts = Number(process.env.BENCH_COLD_STARTS ?? 5);
const pgServer = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const adminPassword = 'bench-admin-password';
const searches = ['ولي', 'علی', 'کوي', 'شهرک نور', 'فجر', 'امام', 'باغ کوثر', 'تپه', 'bench 12', 'مهدیه'];
const workDir = path.join(projectRoot, 'bench/.work');
const sections = (process.env.BENCH_ONLY ?? 'neighborhoods,meetings').split(',').map((section) => section.trim());
const knownSections = ['neighborhoods', 'meetings', 'residents'];
for (const section of sections) if (!knownSections.includes(section)) throw new Error(`BENCH_ONLY: no section ${section} (${knownSections.join(', ')})`);
const meetingRequestsPerFilter = Number(process.env.BENCH_MEETING_REQUESTS ?? 50);
const scorecardRequests = Math.max(20, Math.round(requests / 4));
const docxRequests = Math.max(20, Math.round(requests / 8));

interface NeighborhoodsResult {
  coldStartMs: { runs: number[]; median: number };
  listWithSearch: LatencySummary;
  listWithoutSearch: LatencySummary;
  baselineInProcess: LatencySummary;
}

type DatabaseResult = { database: 'embedded' | 'postgres' } & Partial<NeighborhoodsResult> & { meetings?: MeetingsResult; residents?: ResidentsResult };

async function prepare(kind: 'embedded' | 'postgres'): Promise<{ env: NodeJS.ProcessEnv; open: () => Promise<DatabaseHandle>; connectionString: string | null }> {
  if (kind === 'embedded') {
    const dataDir = path.join(workDir, 'embedded');
    fs.rmSync(dataDir, { recursive: true, force: true });
    const open = () => openDatabase({ kind: 'embedded', dataDir });
    return { env: { TAVANA_DATA_DIR: dataDir, DATABASE_URL: '', TAVANA_DEMO: 'false' }, open, connectionString: null };
  }
  const admin = new pg.Client({ connectionString: pgServer });
  await admin.connect();
  // BENCH_DATABASE_NAME lets two sections run side by side without dropping each other's database.
  const name = process.env.BENCH_DATABASE_NAME ?? 'tavana_bench';
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`BENCH_DATABASE_NAME: not a plain identifier: ${name}`);
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(pgServer);
  url.pathname = `/${name}`;
  const open = () => openDatabase({ kind: 'postgres', connectionString: url.toString() });
  return { env: { DATABASE_URL: url.toString(), TAVANA_DEMO: 'false' }, open, connectionString: url.toString() };
}

async function timeRequests(url: string, cookie: string, paths: string[]): Promise<LatencySummary> {
  const samples: number[] = [];
  for (const [index, requestPath] of paths.entries()) {
    const started = performance.now();
    const response = await fetch(`${url}${requestPath}`, { headers: { cookie } });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${requestPath}: ${response.status}`);
    // The first tenth warms caches and the JIT; it is not counted.
    if (index >= paths.length / 10) samples.push(performance.now() - started);
  }
  return summarize(samples);
}

async function benchDatabase(kind: 'embedded' | 'postgres', port: number): Promise<DatabaseResult> {
  const { env, open, connectionString } = await prepare(kind);
  const result: DatabaseResult = { database: kind };
  if (sections.includes('neighborhoods')) Object.assign(result, await benchNeighborhoods(env, open, port));
  if (sections.includes('meetings')) {
    process.stderr.write(`meetings on ${kind}…\n`);
    result.meetings = await benchMeetings({
      env,
      open,
      port,
      adminPassword,
      neighborhoods: neighborhoodCount,
      requestsPerFilter: meetingRequestsPerFilter,
      scorecardRequests,
      docxRequests,
      dropIndexes: (process.env.BENCH_DROP_INDEXES ?? '').split(',').filter(Boolean),
    });
  }
  if (sections.includes('residents')) {
    process.stderr.write(`residents on ${kind}…\n`);
    result.residents = await benchResidents({
      kind,
      env,
      open,
      connectionString,
      port,
      adminPassword,
      neighborhoods: neighborhoodCount,
      // The targets: search and import at a million on PostgreSQL, 100,000 from .xlsx embedded.
      people: kind === 'postgres' ? Number(process.env.BENCH_PEOPLE ?? 1_000_000) : Number(process.env.BENCH_EMBEDDED_PEOPLE ?? 100_000),
      requestsPerQuery: Number(process.env.BENCH_PERSON_REQUESTS ?? 40),
      workDir,
    });
  }
  return result;
}

async function benchNeighborhoods(env: NodeJS.ProcessEnv, open: () => Promise<DatabaseHandle>, port: number): Promise<NeighborhoodsResult> {
  const handle = await open();
  await prepareDatabase(handle.db);
  await ensureAdmin(handle.db, { TAVANA_ADMIN_PASSWORD: adminPassword });
  await insertSyntheticNeighborhoods(handle.db, neighborhoodCount);
  // Baseline: the repository query alone, in-process.
  const baselineSamples: number[] = [];
  for (let index = 0; index < requests; index++) {
    const started = performance.now();
    await listNeighborhoods(handle.db, { level: 'country', codes: [] }, { search: normalizeSearch(searches[index % searches.length]), limit: 50, offset: 0 });
    if (index >= requests / 10) baselineSamples.push(performance.now() - started);
  }
  await handle.close();

  const coldRuns: number[] = [];
  for (let run = 0; run < coldStarts; run++) {
    const server = await startServer(env, port);
    coldRuns.push(Math.round(server.startMs));
    await server.stop();
  }
  const server = await startServer(env, port);
  try {
    const cookie = await loginCookie(server.url, 'admin', adminPassword);
    const searchPaths = Array.from({ length: requests }, (_, i) => `/api/v1/neighborhoods?pageSize=50&q=${encodeURIComponent(searches[i % searches.length]!)}`);
    const plainPaths = Array.from({ length: requests }, (_, i) => `/api/v1/neighborhoods?pageSize=50&page=${(i % 20) + 1}`);
    const listWithSearch = await timeRequests(server.url, cookie, searchPaths);
    const listWithoutSearch = await timeRequests(server.url, cookie, plainPaths);
    const sortedRuns = [...coldRuns].sort((a, b) => a - b);
    return {
      coldStartMs: { runs: coldRuns, median: sortedRuns[Math.floor(sortedRuns.length / 2)] ?? 0 },
      listWithSearch,
      listWithoutSearch,
      baselineInProcess: summarize(baselineSamples),
    };
  } finally {
    await server.stop();
  }
}

function markdown(all: DatabaseResult[]): string {
  const results = all.filter((r): r is DatabaseResult & NeighborhoodsResult => r.coldStartMs !== undefined);
  const meetings = all.filter((r): r is DatabaseResult & { meetings: MeetingsResult } => r.meetings !== undefined);
  const lines = [
    `Machine: ${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}; load average at the start ${startLoad}, at the end ${loadAverage()}`,
  ];
  if (results.length > 0) {
    lines.push(
      `Data: ${neighborhoodCount.toLocaleString('en')} neighbourhoods; ${requests} sequential requests per row (first 10% warm-up, not counted).`,
      '',
      '| database | cold start median (runs) | list+search p50 / p95 | list p50 / p95 | baseline in-process p50 / p95 |',
      '|---|---|---|---|---|',
      ...results.map(
        (r) =>
          `| ${r.database} | ${r.coldStartMs.median} ms (${r.coldStartMs.runs.join(', ')}) | ${r.listWithSearch.medianMs} / ${r.listWithSearch.p95Ms} ms | ${r.listWithoutSearch.medianMs} / ${r.listWithoutSearch.p95Ms} ms | ${r.baselineInProcess.medianMs} / ${r.baselineInProcess.p95Ms} ms |`,
      ),
    );
  }
  if (meetings.length > 0) {
    lines.push(
      '',
      `Meetings (issue 3): sequential requests, the first 10% of each row warm-up (not counted); ${meetingRequestsPerFilter} per tracker filter and user, the filters interleaved; ${scorecardRequests} per scorecard row; ${docxRequests} for the .docx.`,
      meetingsMarkdown(meetings),
    );
  }
  const residents = all.filter((r): r is DatabaseResult & { residents: ResidentsResult } => r.residents !== undefined);
  if (residents.length > 0) {
    lines.push(
      '',
      `Residents (issue 4): sequential requests, a page of 50, ${Number(process.env.BENCH_PERSON_REQUESTS ?? 40)} of each kind of query per user, the kinds interleaved, the first 10% warm-up (not counted).`,
      residentsMarkdown(residents.map((r) => ({ database: r.database, residents: r.residents }))),
    );
  }
  return lines.join('\n');
}

/** Other work on the machine skews the figures: the 1-, 5- and 15-minute load averages. */
function loadAverage(): string {
  return os
    .loadavg()
    .map((load) => load.toFixed(1))
    .join(' / ');
}
const startLoad = loadAverage();

async function main(): Promise<void> {
  fs.mkdirSync(workDir, { recursive: true });
  const only = process.env.BENCH_DATABASES?.split(',') ?? ['embedded', 'postgres'];
  const results: DatabaseResult[] = [];
  for (const kind of ['embedded', 'postgres'] as const) {
    if (!only.includes(kind)) continue;
    process.stderr.write(`benchmarking ${kind}…\n`);
    results.push(await benchDatabase(kind, 18_500 + results.length));
  }
  fs.writeFileSync(path.join(workDir, 'results.json'), JSON.stringify(results, null, 2));
  process.stdout.write(`${markdown(results)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
