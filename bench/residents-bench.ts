/**
 * The issue 4 section of `npm run bench` (BENCH_ONLY=residents): the residents registry at a
 * million people, measured against the bundled server —
 * - person search (GET /api/v1/persons?q=…) over a realistic mix of queries, as the national
 *   admin and as house staff scoped to a province and to a county; baseline: the same service
 *   call in-process, without HTTP;
 * - import of the people from the CSV through HTTP (upload, analysis, commit) against a plain
 *   COPY of the same rows into the same table, with the server's peak resident memory;
 *   on the embedded database, 100,000 people from .xlsx;
 * - duplicate-candidate detection over all of them (POST /api/v1/duplicates/detect).
 * Data: bench/synthetic-persons.ts (the residents module's own generator), loaded with psql's
 * \copy on PostgreSQL.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../src/db/connection.ts';
import { todayIso } from '../src/lib/dates.ts';
import type { Scope } from '../src/lib/scope.ts';
import { listPersons } from '../src/modules/residents/residents.service.ts';
import { personListQuerySchema } from '../src/modules/residents/residents.schemas.ts';
import { createUser } from '../src/modules/users/index.ts';
import { ensureAdmin, prepareDatabase } from '../src/server/bootstrap.ts';
import { type LatencySummary, startServer, summarize } from './harness.ts';
import { insertSyntheticNeighborhoods } from './synthetic-neighborhoods.ts';
import { householdCopyColumns, linkCopyColumns, personCopyColumns, plainPersonColumns, type SyntheticPersonsFiles, syntheticPersonsFiles } from './synthetic-persons.ts';
import { detectOverHttp, type DetectResult, importFailed, importOverHttp, type ImportResult, writeXlsx } from './residents-import-bench.ts';

export interface ResidentsBenchOptions {
  kind: 'embedded' | 'postgres';
  env: NodeJS.ProcessEnv;
  open: () => Promise<DatabaseHandle>;
  /** PostgreSQL only: psql's \copy loads the data. */
  connectionString: string | null;
  port: number;
  adminPassword: string;
  neighborhoods: number;
  people: number;
  requestsPerQuery: number;
  workDir: string;
}

export interface QuerySummary extends LatencySummary {
  medianTotal: number;
}
export interface SearchResult {
  mix: LatencySummary;
  byQuery: Record<string, QuerySummary>;
}

export interface ResidentsResult {
  data: Omit<SyntheticPersonsFiles, 'files' | 'planted' | 'samples' | 'byProvince'> & {
    planted: number;
    loadMs: number | null;
    neighborhoods: number;
    provinceUser: { province: string; people: number };
    countyUser: { county: string; people: number };
  };
  copyBaseline: { rows: number; ms: number; rowsPerSecond: number } | null;
  import: ImportResult | null;
  /** Everything the import wrote (its households, people and links), copied out and COPYed back in one transaction. */
  copyOfImported: { households: number; persons: number; links: number; ms: number; importRatio: number | null } | null;
  search: Record<'admin' | 'province' | 'county', SearchResult> | null;
  baseline: Record<'admin' | 'province' | 'county', SearchResult> | null;
  duplicates: DetectResult | null;
}

const housePassword = 'bench-house-password';
const label = (name: string) => name;

/** Runs psql with a script (psql's \copy streams a file to COPY FROM STDIN); resolves with the milliseconds it took. */
export async function psql(connectionString: string, script: string): Promise<number> {
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', connectionString], { stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`psql exited ${code}: ${stderr}`))));
    child.stdin.end(script);
  });
  return Math.round(performance.now() - started);
}

const copy = (table: string, columns: string[], file: string) => `\\copy ${table} (${columns.join(', ')}) from '${path.resolve(file)}' with (format csv)\n`;

/** Loads households, people and links with their ids, in one transaction (households' heads are checked at commit). */
async function loadPopulation(connectionString: string, files: SyntheticPersonsFiles['files']): Promise<number> {
  return psql(
    connectionString,
    `begin;
${copy('households', householdCopyColumns, files.households)}${copy('persons', personCopyColumns, files.persons)}${copy('person_agencies', linkCopyColumns, files.links)}commit;
select setval(pg_get_serial_sequence('persons', 'id'), (select max(id) from persons));
select setval(pg_get_serial_sequence('households', 'id'), (select coalesce(max(id), 1) from households));
vacuum analyze households; vacuum analyze persons; vacuum analyze person_agencies;
`,
  );
}

/** The plain COPY the import is compared with: the same people into the same (empty) table, with its indexes. */
async function copyBaseline(connectionString: string, files: SyntheticPersonsFiles['files']): Promise<number> {
  await psql(connectionString, 'truncate persons, households, person_agencies, household_moves cascade; checkpoint;');
  const ms = await psql(connectionString, copy('persons', plainPersonColumns, files.personsPlain));
  await psql(connectionString, 'truncate persons, households, person_agencies cascade; checkpoint;');
  return ms;
}

const importedTables = [
  ['households', householdCopyColumns],
  ['persons', personCopyColumns],
  // With created_by, which the import writes (and so checks against users) and the population's links file has not.
  ['person_agencies', [...linkCopyColumns, 'created_by']],
] as const;

/**
 * The second baseline of the import: the very rows it wrote to its three tables, copied out to
 * files and COPYed back into the emptied tables in one transaction, as a DBA would load them.
 */
async function copyOfImported(handle: DatabaseHandle, connectionString: string, dir: string): Promise<{ households: number; persons: number; links: number; ms: number }> {
  const counts = (await sql<{ households: string; persons: string; links: string }>`
    select (select count(*) from households) as households, (select count(*) from persons) as persons, (select count(*) from person_agencies) as links`.execute(handle.db)).rows[0]!;
  const file = (table: string) => path.resolve(dir, `imported-${table}.csv`);
  await psql(connectionString, importedTables.map(([table, columns]) => `\\copy (select ${columns.join(', ')} from ${table}) to '${file(table)}' with (format csv)\n`).join(''));
  await psql(connectionString, 'truncate persons, households, person_agencies, household_moves cascade; checkpoint;');
  const ms = await psql(connectionString, `begin;\n${importedTables.map(([table, columns]) => copy(table, [...columns], file(table))).join('')}commit;\n`);
  await psql(connectionString, 'truncate persons, households, person_agencies, household_moves cascade; checkpoint;');
  for (const [table] of importedTables) fs.rmSync(file(table), { force: true });
  return { households: Number(counts.households), persons: Number(counts.persons), links: Number(counts.links), ms };
}

interface Labelled {
  label: string;
  query: string;
}

/** The searches a user types: every kind of query in turn, so that each sees the same cache state. */
function searchMix(samples: { ids: string[]; names: { first: string; last: string }[]; rareLastName: string; commonFirstName: string }, perQuery: number): Labelled[] {
  const arabic = (text: string) => text.replaceAll('ی', 'ي').replaceAll('ک', 'ك');
  const withArabic = samples.names.filter((name) => /[یک]/.test(`${name.first}${name.last}`));
  const kinds: Record<string, (i: number) => string> = {
    'full national ID': (i) => samples.ids[i % samples.ids.length]!,
    'partial national ID (first 7 digits)': (i) => samples.ids[(i * 7 + 3) % samples.ids.length]!.slice(0, 7),
    'common first name «علی»': () => 'علی',
    [`most common first name «${samples.commonFirstName}»`]: () => samples.commonFirstName,
    'full name': (i) => {
      const name = samples.names[i % samples.names.length]!;
      return `${name.first} ${name.last}`;
    },
    'full name typed with Arabic ي/ك': (i) => {
      const name = withArabic[i % withArabic.length]!;
      return arabic(`${name.first} ${name.last}`);
    },
    [`rare last name «${samples.rareLastName}»`]: () => samples.rareLastName,
  };
  const list: Labelled[] = [];
  for (let i = 0; i < perQuery; i++) for (const [name, query] of Object.entries(kinds)) list.push({ label: label(name), query: query(i) });
  return list;
}

async function timeSearches(list: Labelled[], run: (query: string) => Promise<number>): Promise<SearchResult> {
  const samples = new Map<string, number[]>();
  const totals = new Map<string, number[]>();
  const all: number[] = [];
  for (const [index, item] of list.entries()) {
    const started = performance.now();
    const total = await run(item.query);
    const elapsed = performance.now() - started;
    totals.set(item.label, [...(totals.get(item.label) ?? []), total]);
    // The first tenth warms caches and the JIT; it is not counted.
    if (index < list.length / 10) continue;
    all.push(elapsed);
    samples.set(item.label, [...(samples.get(item.label) ?? []), elapsed]);
  }
  const byQuery: Record<string, QuerySummary> = {};
  for (const [name, values] of samples) {
    const matched = [...(totals.get(name) ?? [])].sort((a, b) => a - b);
    byQuery[name] = { ...summarize(values), medianTotal: matched[Math.floor(matched.length / 2)] ?? 0 };
  }
  return { mix: summarize(all), byQuery };
}

/** Sample values from the people a scope covers (a whole-table read, once). */
async function samplesIn(handle: DatabaseHandle, where: ReturnType<typeof sql<boolean>>, files: SyntheticPersonsFiles) {
  const rows = (
    await sql<{ national_id: string | null; first_name: string; last_name: string }>`
      select national_id, first_name, last_name from persons where ${where} order by md5(id::text) limit 200`.execute(handle.db)
  ).rows;
  return {
    ids: rows.flatMap((row) => (row.national_id ? [row.national_id] : [])),
    names: rows.map((row) => ({ first: row.first_name, last: row.last_name })),
    rareLastName: files.samples.rareLastName,
    commonFirstName: files.samples.commonFirstName,
  };
}

export async function benchResidents(options: ResidentsBenchOptions): Promise<ResidentsResult> {
  const handle = await options.open();
  const today = todayIso();
  let files: SyntheticPersonsFiles;
  const result: Partial<ResidentsResult> = { copyBaseline: null, import: null, copyOfImported: null, search: null, baseline: null, duplicates: null };
  let loadMs: number | null = null;
  let lists: Record<'admin' | 'province' | 'county', Labelled[]> | null = null;
  let provinceUser = { province: '', people: 0 };
  let countyUser = { county: '', people: 0 };
  let neighborhoods = 0;
  try {
    await prepareDatabase(handle.db);
    await ensureAdmin(handle.db, { TAVANA_ADMIN_PASSWORD: options.adminPassword });
    const existing = Number((await sql<{ n: string }>`select count(*) as n from neighborhoods`.execute(handle.db)).rows[0]?.n ?? 0);
    if (existing < options.neighborhoods) await insertSyntheticNeighborhoods(handle.db, options.neighborhoods);
    neighborhoods = Number((await sql<{ n: string }>`select count(*) as n from neighborhoods`.execute(handle.db)).rows[0]?.n ?? 0);
    process.stderr.write(`  generating ${options.people.toLocaleString('en')} people (cached in bench/.work)…\n`);
    files = await syntheticPersonsFiles(handle.db, { count: options.people, today, dir: options.workDir });
    process.stderr.write(`  ${files.count.toLocaleString('en')} people, ${files.households.toLocaleString('en')} households in ${files.generateMs} ms\n`);
    const [province] = Object.entries(files.byProvince).sort((a, b) => b[1] - a[1])[0]!;
    provinceUser = { province, people: files.byProvince[province]! };

    if (options.kind === 'postgres' && options.connectionString && process.env.BENCH_RESIDENTS_COPY !== 'false') {
      process.stderr.write('  plain COPY of the people (baseline of the import)…\n');
      const ms = await copyBaseline(options.connectionString, files.files);
      result.copyBaseline = { rows: files.count, ms, rowsPerSecond: Math.round((files.count / ms) * 1000) };
      process.stderr.write(`  COPY: ${ms} ms\n`);
    }
  } finally {
    await handle.close();
  }

  // The import into the empty registry, through HTTP, on a fresh server (its peak memory is the import's).
  if (process.env.BENCH_RESIDENTS_IMPORT !== 'false') {
    let file = files.files.importCsv;
    if (options.kind === 'embedded') {
      file = path.join(path.dirname(file), 'import.xlsx');
      if (!fs.existsSync(file)) await writeXlsx(files.files.importCsv, file);
    }
    process.stderr.write(`  import of ${path.basename(file)} over HTTP…\n`);
    // A million rows make a 250 MB CSV: above the default upload limit of 100 MB, which is configurable.
    const env = { ...options.env, TAVANA_IMPORT_MAX_MB: String(Math.max(100, Math.ceil(fs.statSync(file).size / 2 ** 20) + 1)) };
    // BENCH_ANALYZE_IMPORT_ROWS=true: ANALYZE the staged rows when the checks begin. Without it the
    // planner takes the freshly staged million rows for an empty table and the household checks
    // join them in nested loops that do not finish (bench/RESULTS.md, Issue 4).
    const analyze = process.env.BENCH_ANALYZE_IMPORT_ROWS === 'true' && options.connectionString;
    const connectionString = options.connectionString;
    try {
      result.import = await importOverHttp({
        onChecking: analyze && connectionString ? async () => void (await psql(connectionString, 'analyze import_rows;')) : null,
        env,
        port: options.port,
        adminPassword: options.adminPassword,
        file,
        rows: files.count,
        copyMs: result.copyBaseline?.ms ?? null,
      });
    } catch (error) {
      // An import that fails or stalls is a finding, not the end of the run: search and detection still run.
      result.import = importFailed(file, files.count, error instanceof Error ? error.message : String(error));
    }
    process.stderr.write(`  import: ${JSON.stringify(result.import)}\n`);
    if (options.kind === 'postgres' && connectionString && result.import.status === 'measured') {
      const reopened = await options.open();
      try {
        const copied = await copyOfImported(reopened, connectionString, path.dirname(files.files.importCsv));
        result.copyOfImported = { ...copied, importRatio: Math.round((copied.ms / result.import.totalMs) * 100) / 100 };
        process.stderr.write(`  COPY of what the import wrote: ${JSON.stringify(result.copyOfImported)}\n`);
      } finally {
        await reopened.close();
      }
    }
  }

  if (options.kind === 'postgres' && options.connectionString) {
    const reopened = await options.open();
    try {
      await psql(options.connectionString, 'truncate persons, households, person_agencies, household_moves cascade;');
      process.stderr.write('  loading the population for search…\n');
      loadMs = await loadPopulation(options.connectionString, files.files);
      process.stderr.write(`  loaded in ${loadMs} ms\n`);
      const county = (
        await sql<{ county_code: string; n: string }>`
          select n.county_code, count(*) as n from persons p join neighborhoods n on n.id = p.neighborhood_id
          where p.province_code = ${provinceUser.province} group by n.county_code order by count(*) desc limit 1`.execute(reopened.db)
      ).rows[0]!;
      countyUser = { county: county.county_code, people: Number(county.n) };
      const provinceScope: Scope = { level: 'province', codes: [provinceUser.province] };
      const countyScope: Scope = { level: 'county', codes: [countyUser.county] };
      for (const [username, scope] of [
        ['bench-house-province', provinceScope],
        ['bench-house-county', countyScope],
      ] as const) {
        await createUser(reopened.db, null, { username, displayName: 'کارشناس خانهٔ محله', password: housePassword, role: 'house_staff', scope, agencyCode: 'welfare' });
      }
      lists = {
        admin: searchMix(await samplesIn(reopened, sql<boolean>`true`, files), options.requestsPerQuery),
        province: searchMix(await samplesIn(reopened, sql<boolean>`province_code = ${provinceUser.province}`, files), options.requestsPerQuery),
        county: searchMix(
          await samplesIn(reopened, sql<boolean>`neighborhood_id in (select id from neighborhoods where county_code = ${countyUser.county})`, files),
          options.requestsPerQuery,
        ),
      };
      process.stderr.write('  search baseline in-process…\n');
      const scopes: Record<'admin' | 'province' | 'county', Scope> = { admin: { level: 'country', codes: [] }, province: provinceScope, county: countyScope };
      const baseline: Partial<Record<'admin' | 'province' | 'county', SearchResult>> = {};
      for (const who of ['admin', 'province', 'county'] as const) {
        const context = { actor: { userId: 1, username: who, role: who === 'admin' ? ('admin' as const) : ('house_staff' as const), scope: scopes[who], agencyCode: null }, ip: null };
        baseline[who] = await timeSearches(lists[who], async (q) => (await listPersons(reopened.db, context, personListQuerySchema.parse({ q }))).total);
      }
      result.baseline = baseline as Record<'admin' | 'province' | 'county', SearchResult>;
    } finally {
      await reopened.close();
    }

    const server = await startServer(options.env, options.port);
    try {
      const { loginSession } = await import('./residents-import-bench.ts');
      const cookies = {
        admin: (await loginSession(server.url, 'admin', options.adminPassword)).cookie,
        province: (await loginSession(server.url, 'bench-house-province', housePassword)).cookie,
        county: (await loginSession(server.url, 'bench-house-county', housePassword)).cookie,
      };
      process.stderr.write('  search over HTTP…\n');
      const search: Partial<Record<'admin' | 'province' | 'county', SearchResult>> = {};
      for (const who of ['admin', 'province', 'county'] as const) {
        search[who] = await timeSearches(lists![who], async (q) => {
          const response = await fetch(`${server.url}/api/v1/persons?pageSize=50&q=${encodeURIComponent(q)}`, { headers: { cookie: cookies[who] } });
          if (!response.ok) throw new Error(`search ${q}: ${response.status} ${await response.text()}`);
          return ((await response.json()) as { total: number }).total;
        });
      }
      result.search = search as Record<'admin' | 'province' | 'county', SearchResult>;
    } finally {
      await server.stop();
    }

    if (process.env.BENCH_RESIDENTS_DUPLICATES !== 'false') {
      process.stderr.write('  duplicate detection over HTTP…\n');
      result.duplicates = await detectOverHttp({ env: options.env, port: options.port, adminPassword: options.adminPassword, planted: files.planted });
      if (result.duplicates.status === 'measured' && files.planted.length > 0) {
        // Which planted pairs the detection listed (its answer has counts only).
        const check = await options.open();
        try {
          const pairs = files.planted.map((pair) => [pair.originalId, pair.duplicateId].sort((a, b) => Number(a) - Number(b)).join(':'));
          const found = await sql<{ n: string }>`
            select count(*) as n from duplicate_candidates where person_a_id || ':' || person_b_id = any(${pairs})`.execute(check.db);
          result.duplicates.plantedFound = Number(found.rows[0]?.n ?? 0);
        } finally {
          await check.close();
        }
      }
      process.stderr.write(`  duplicates: ${JSON.stringify(result.duplicates)}\n`);
    }
  }

  const { files: _files, planted, samples: _samples, byProvince: _byProvince, ...data } = files;
  return {
    data: { ...data, planted: planted.length, loadMs, neighborhoods, provinceUser, countyUser },
    copyBaseline: result.copyBaseline ?? null,
    copyOfImported: result.copyOfImported ?? null,
    import: result.import ?? null,
    search: result.search ?? null,
    baseline: result.baseline ?? null,
    duplicates: result.duplicates ?? null,
  };
}

const cell = (s: LatencySummary | undefined) => (s ? `${s.medianMs} / ${s.p95Ms}` : '–');

/** The Markdown for bench/RESULTS.md. */
export function residentsMarkdown(results: { database: string; residents: ResidentsResult }[]): string {
  const lines: string[] = [];
  for (const { database, residents: r } of results) {
    const d = r.data;
    lines.push(
      '',
      `**${database}**: ${d.count.toLocaleString('en')} people in ${d.households.toLocaleString('en')} households, ${d.links.toLocaleString('en')} agency links, ` +
        `${d.withoutNationalId.toLocaleString('en')} without a national ID, ${d.planted} planted duplicates, over ${d.neighborhoods.toLocaleString('en')} neighbourhoods; ` +
        `generated in ${d.generateMs} ms (files cached in bench/.work)${d.loadMs !== null ? `, loaded with psql \\copy (households, people, links, then vacuum analyze) in ${d.loadMs} ms` : ''}. ` +
        `Province user: province ${d.provinceUser.province} (${d.provinceUser.people.toLocaleString('en')} people); county user: county ${d.countyUser.county} (${d.countyUser.people.toLocaleString('en')} people).`,
    );
    if (r.copyBaseline) lines.push('', `Plain COPY of the ${r.copyBaseline.rows.toLocaleString('en')} people into the empty persons table (its indexes in place): ${r.copyBaseline.ms} ms, ${r.copyBaseline.rowsPerSecond.toLocaleString('en')} rows/s.`);
    if (r.import) lines.push('', importMarkdown(r.import));
    if (r.copyOfImported) {
      const c = r.copyOfImported;
      lines.push('', `COPY of what the import wrote (${c.households.toLocaleString('en')} households, ${c.persons.toLocaleString('en')} people, ${c.links.toLocaleString('en')} links, one transaction): ${c.ms} ms; **the import's throughput is ${c.importRatio} of it**.`);
    }
    if (r.search && r.baseline) {
      const who = ['admin', 'province', 'county'] as const;
      lines.push(
        '',
        '| search (p50 / p95 ms; median rows matched) | admin HTTP | admin in-process | province house staff HTTP | in-process | county house staff HTTP | in-process |',
        '|---|---|---|---|---|---|---|',
        `| **mix** | ${who.map((w) => `**${cell(r.search![w].mix)}** | ${cell(r.baseline![w].mix)}`).join(' | ')} |`,
        ...Object.keys(r.search.admin.byQuery).map(
          (name) =>
            `| ${name} | ${who
              .map((w) => {
                const http = r.search![w].byQuery[name];
                return `${cell(http)} (${http?.medianTotal.toLocaleString('en') ?? '–'}) | ${cell(r.baseline![w].byQuery[name])}`;
              })
              .join(' | ')} |`,
        ),
      );
    }
    if (r.duplicates) lines.push('', detectMarkdown(r.duplicates));
  }
  return lines.join('\n');
}

function importMarkdown(i: ImportResult): string {
  if (i.status !== 'measured') return `Import (${i.file}): **${i.status}** — ${i.note}`;
  return (
    `Import of ${i.file} through HTTP (upload → analysed → commit → committed): ${i.totalMs} ms in all (upload ${i.uploadMs} ms, analysis ${i.analyseMs} ms, commit ${i.commitMs} ms), ` +
    `${i.rowsPerSecond.toLocaleString('en')} rows/s${i.ratioToCopy !== null ? `, **${i.ratioToCopy} of the plain COPY's throughput**` : ''}; counts ${JSON.stringify(i.counts)}; ` +
    `server peak RSS (VmHWM) **${i.peakRssMb} MB**${i.analyzedByBench ? '; **the bench ran `ANALYZE import_rows` when the checks began** (BENCH_ANALYZE_IMPORT_ROWS)' : ''}.`
  );
}

function detectMarkdown(dup: DetectResult): string {
  if (dup.status !== 'measured') return `Duplicate detection: **${dup.status}** — ${dup.note}`;
  return `Duplicate detection over everyone (POST /api/v1/duplicates/detect as admin): **${dup.ms} ms**; ${dup.summary}; planted duplicates found ${dup.plantedFound ?? '–'} of ${dup.planted}.`;
}
