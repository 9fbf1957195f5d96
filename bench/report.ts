/** The results table printed at the end of a run. */
import type { StoreResult } from './pipeline.ts';

interface Report {
  scale: { name: string };
  machine: { cpus: number; memoryGb: number; node: string; maxRssMb: number; note: string };
  results: Partial<Record<'sqlite' | 'postgres', StoreResult & { version: string }>>;
  duckdb?: { seconds: number; ratio: number | null } | undefined;
}

export function printTable(report: Report): void {
  const s = report.results.sqlite;
  const p = report.results.postgres;
  const rows: Array<[string, string, (r: StoreResult) => string]> = [
    ['values generated', '', (r) => r.generated.toLocaleString('en')],
    ['bulk load (values/s)', '≥ 100,000', (r) => `${r.load.valuesPerSecond.toLocaleString('en')} (${r.load.seconds} s)`],
    ['full recompute (s)', '≤ 60', (r) => `${r.recompute.seconds} (${r.recompute.aggregateRows.toLocaleString('en')} rows)`],
    ['update-to-visible p50 / p95 (ms)', 'p95 ≤ 50', (r) => `${r.updateToVisible.p50Ms} / ${r.updateToVisible.p95Ms}`],
    ['analytics was p50 / p95 (ms)', 'p95 ≤ 20', (r) => `${r.analytics.was.p50Ms} / ${r.analytics.was.p95Ms} (${r.analytics.was.rows} rows)`],
    ['analytics now p50 / p95 (ms)', 'p95 ≤ 20', (r) => `${r.analytics.now.p50Ms} / ${r.analytics.now.p95Ms} (${r.analytics.now.rows} rows)`],
    ['peak RSS sampled (MB)', '', (r) => String(r.peakRssMb)],
  ];
  const table = rows.map(([name, target, f]) => ({ measure: name, 'target (SQLite)': target, SQLite: s ? f(s) : '—', PostgreSQL: p ? f(p) : '—' }));
  console.log(`\nDX-IOC benchmark, scale ${report.scale.name}: ${report.machine.cpus} CPUs, ${report.machine.memoryGb} GB, Node ${report.machine.node}`);
  console.table(table);
  if (report.duckdb) console.log(`DuckDB full roll-up: ${report.duckdb.seconds} s; our full recompute / DuckDB = ${report.duckdb.ratio ?? '—'}`);
  console.log(`process max RSS: ${report.machine.maxRssMb} MB. ${report.machine.note}\n`);
}
