/** Development probe (not part of `npm run bench`): `node bin/run-ts.js bench/probe-load.ts FRACTION ELEMENTS [per-element]`, bulk load then recompute on SQLite. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../src/store/db.ts';
import { migrateToLatest } from '../src/store/migrate.ts';
import { bulkRecordValues } from '../src/app/collection/bulk-values.ts';
import { recomputeAll } from '../src/compute/aggregates/recompute.ts';
import { NATIONAL } from './generate.ts';
import { prepareStore, valueStream } from './setup.ts';

const fraction = Number(process.argv[2] ?? '0.25');
const elements = Number(process.argv[3] ?? '50');
const perElement = process.argv[4] === 'per-element';
const dir = mkdtempSync(join(tmpdir(), 'dx-ioc-probe-'));
const store = openStore(join(dir, 'probe.sqlite'));
try {
  await migrateToLatest(store);
  const data = await prepareStore(store, { ...NATIONAL, communeFraction: fraction, elements });
  const started = performance.now();
  let written = 0;
  const groups = perElement ? data.elementCodes.map((code) => ({ ...data, elementCodes: [code] })) : [data];
  for (const group of groups) {
    const r = await bulkRecordValues(store, valueStream(group), { author: 'probe', source: 'import', aggregates: 'rebuild' });
    written += r.written;
  }
  const s = (performance.now() - started) / 1000;
  console.log(`${written} values in ${s.toFixed(1)} s = ${Math.round(written / s)} values/s (${perElement ? 'per element' : 'one call'})`);
  const t = performance.now();
  const rc = await recomputeAll(store);
  console.log(`recompute ${((performance.now() - t) / 1000).toFixed(1)} s, ${rc.aggregateRows} rows`);
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
