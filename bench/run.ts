/**
 * `npm run bench [-- --scale national|quarter|smoke] [-- --only sqlite|postgres]`: the national-scale benchmark
 * (see bench/README.md). Prints a table and writes bench/results/<date>-<scale>.json.
 * `npm run bench -- --case records [--records 1000000] [--only …]`: indicators computed from one-stop-shop dossiers
 * (bench/records.ts); writes bench/results/<date>-records.json.
 */
import { cpus, freemem, totalmem, tmpdir, platform, release } from 'node:os';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { openStore, type DialectName, type Store } from '../src/store/db.ts';
import { migrateToLatest } from '../src/store/migrate.ts';
import { todayIsoDate } from '../src/domain/dates.ts';
import { NATIONAL, QUARTER, SMOKE, type BenchScale } from './generate.ts';
import { runPipeline, type StoreResult } from './pipeline.ts';
import { duckdbRollup } from './duckdb-rollup.ts';
import { startCluster, type Cluster } from './pg-cluster.ts';
import { printTable } from './report.ts';
import { runRecordsCase, type RecordsResult } from './records.ts';

const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const scaleName = arg('scale') ?? 'national';
const scale: BenchScale | undefined = { national: NATIONAL, quarter: QUARTER, smoke: SMOKE }[scaleName];
if (!scale) throw new Error(`--scale national|quarter|smoke, not ${scaleName}`);
const only = arg('only') as DialectName | undefined;
const dialects: DialectName[] = only ? [only] : ['sqlite', 'postgres'];
const started = Date.now();
const log = (line: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(5)} s] ${line}`);

const results: Partial<Record<DialectName, StoreResult & { version: string }>> = {};
let duckdb: { seconds: number; aggregateRows: number; copiedRows: number; version: string } | undefined;
const options = { today: todayIsoDate(), updateSamples: 200, readSamples: 200, log, wasProvince: '67', nowProvince: '68' };

/** A fresh store of the dialect (a temporary SQLite file, or a new database on DATABASE_URL or a throw-away cluster). */
async function openBenchStore(dialect: DialectName): Promise<{ store: Store; version: string; cleanup: () => void }> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'dx-ioc-bench-'));
    const store = openStore(join(dir, 'bench.sqlite'));
    const version = `SQLite ${String((await store.db.selectNoFrom((eb) => eb.fn<string>('sqlite_version', []).as('v')).executeTakeFirstOrThrow()).v)} (WAL, synchronous=NORMAL)`;
    return { store, version, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
  }
  let cluster: Cluster | undefined;
  let admin = process.env.DATABASE_URL;
  if (!admin) {
    cluster = await startCluster();
    admin = cluster.adminUrl;
  }
  const name = `dx_ioc_bench_${Date.now()}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  const server = String((await client.query('SHOW server_version')).rows[0].server_version);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const version = `PostgreSQL ${server}${cluster ? ' (throw-away cluster, synchronous_commit=off, shared_buffers=1GB)' : ' (DATABASE_URL)'}`;
  return { store: openStore(url.toString()), version, cleanup: () => cluster?.stop() };
}

function machine() {
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    freeMemoryGbAtEnd: Math.round(freemem() / 2 ** 30),
    node: process.version,
    os: `${platform()} ${release()}`,
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    note: `Timings vary from run to run on a small or shared machine.${process.env.BENCH_NOTE ? ` ${process.env.BENCH_NOTE}` : ''}`,
  };
}

if (arg('case') === 'records') {
  const count = Number(arg('records') ?? 1_000_000);
  const samples = Number(arg('samples') ?? 200);
  const records: Partial<Record<DialectName, RecordsResult & { version: string }>> = {};
  const file = `bench/results/${new Date().toISOString().slice(0, 10)}-records.json`;
  for (const dialect of dialects) {
    log(`=== ${dialect}: records ===`);
    const { store, version, cleanup } = await openBenchStore(dialect);
    try {
      await migrateToLatest(store);
      records[dialect] = { ...(await runRecordsCase(store, { count, samples, log })), version };
      log(`${dialect}: ${JSON.stringify(records[dialect])}`);
    } finally {
      await store.close();
      cleanup();
    }
    mkdirSync('bench/results', { recursive: true });
    const earlier = existsSync(file) && only ? (JSON.parse(readFileSync(file, 'utf8')) as { results?: typeof records }).results : {};
    writeFileSync(
      file,
      `${JSON.stringify({ date: new Date().toISOString(), case: 'records', machine: machine(), results: { ...earlier, ...records }, targets: { newDossierToIndicatorP95Ms: 50 } }, null, 2)}\n`,
    );
    log(`written ${file}`);
  }
  process.exit(0);
}

for (const dialect of dialects) {
  log(`=== ${dialect} ===`);
  const { store, version, cleanup } = await openBenchStore(dialect);
  try {
    await migrateToLatest(store);
    const { result } = await runPipeline(store, scale, options);
    results[dialect] = { ...result, version };
    log(`${dialect} results: ${JSON.stringify(result)}`);
    if (dialect !== 'sqlite') writeReport();
    if (dialect === 'sqlite') {
      log('DuckDB: the same full roll-up…');
      const duck = await duckdbRollup(store, log);
      duckdb = {
        seconds: Math.round(duck.rollupMs / 100) / 10,
        aggregateRows: duck.aggregateRows,
        copiedRows: duck.copiedRows,
        version: 'DuckDB (@duckdb/node-api), in memory',
      };
      log(`  ${duckdb.seconds} s, ${duck.aggregateRows.toLocaleString('en')} rows`);
      writeReport();
    }
  } finally {
    await store.close();
    cleanup();
  }
}

printTable(writeReport());

/**
 * Writes bench/results/<date>-<scale>.json after each dialect (so a long run keeps what it measured), merged
 * with the results of another run of the same day and scale that measured the other dialect (`--only`).
 */
function writeReport() {
  mkdirSync('bench/results', { recursive: true });
  const file = `bench/results/${new Date().toISOString().slice(0, 10)}-${scaleName}.json`;
  const earlier = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { results?: typeof results; duckdb?: typeof duckdb }) : {};
  const merged = { ...(only ? earlier.results : {}), ...results };
  const duck = duckdb ?? (only ? earlier.duckdb : undefined);
  const report = {
    date: new Date().toISOString(),
    scale: { name: scaleName, ...scale },
    machine: machine(),
    results: merged,
    duckdb: duck && { ...duck, ratio: merged.sqlite ? Math.round((merged.sqlite.recompute.seconds / duck.seconds) * 10) / 10 : null },
    targets: { sqlite: { updateToVisibleP95Ms: 50, analyticsP95Ms: 20, recomputeSeconds: 60, loadValuesPerSecond: 100_000 } },
  };
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  log(`written ${file}`);
  return report;
}
