/** One benchmark run on one store: prepare, bulk load, full recompute, update-to-visible, analytics reads, memory. */
import type { Store } from '../src/store/db.ts';
import { bulkRecordValues } from '../src/app/collection/bulk-values.ts';
import { recomputeAll } from '../src/compute/aggregates/recompute.ts';
import type { BenchScale } from './generate.ts';
import { analyticsReads, updateToVisible, type Latency } from './measure.ts';
import { prepareStore, valueStream, REFORM_MONTH, type BenchData } from './setup.ts';

export interface PipelineOptions {
  /** The date of today's tree for the now-view (the reference units' newest tree). */
  today: string;
  updateSamples: number;
  readSamples: number;
  log: (line: string) => void;
  /** Province codes for the two analytics reads (was: an old province, now: a new one). */
  wasProvince: string;
  nowProvince: string;
}

export interface StoreResult {
  generated: number;
  load: { read: number; written: number; aggregates: string; seconds: number; valuesPerSecond: number };
  recompute: { seconds: number; aggregateRows: number; closureRows: number };
  updateToVisible: Latency;
  analytics: { was: Latency & { rows: number; units: number; query: string }; now: Latency & { rows: number; units: number; query: string } };
  peakRssMb: number;
}

export async function runPipeline(store: Store, scale: BenchScale, options: PipelineOptions): Promise<{ result: StoreResult; data: BenchData }> {
  const { log } = options;
  const memory = startMemorySampler();
  try {
    log('prepare: reference units, elements, indicators…');
    const data = await prepareStore(store, scale);
    log(
      `generate + bulk load: ${data.count.toLocaleString('en')} values (${data.months.length} months, ${data.oldCommunes.length} old / ${data.newCommunes.length} new communes, ${data.elementCodes.length} elements)…`,
    );
    let lastLog = performance.now();
    const load = await bulkRecordValues(store, valueStream(data), {
      author: 'bench',
      source: 'import',
      onProgress: (read) => {
        if (performance.now() - lastLog > 30_000) {
          lastLog = performance.now();
          log(`  … ${read.toLocaleString('en')} read`);
        }
      },
    });
    log(`  ${load.written.toLocaleString('en')} written in ${(load.durationMs / 1000).toFixed(1)} s (aggregates: ${load.aggregates})`);
    log('full recompute…');
    const recompute = await recomputeAll(store, { today: options.today });
    log(`  ${(recompute.durationMs / 1000).toFixed(1)} s, ${recompute.aggregateRows.toLocaleString('en')} aggregate rows`);
    log(`update-to-visible × ${options.updateSamples}…`);
    const update = await updateToVisible(store, data, options.updateSamples);
    const before = data.months.filter((m) => m < REFORM_MONTH);
    const wasMonths = before.some((m) => m.startsWith('2024')) ? before.filter((m) => m.startsWith('2024')) : before.slice(-12);
    const nowMonths = data.months.slice(-12);
    log(`analytics reads × ${options.readSamples} per view…`);
    const was = await analyticsReads(store, data, { unit: options.wasProvince, periods: wasMonths, view: 'was', breakdown: 'leaves' }, options.readSamples);
    const now = await analyticsReads(store, data, { unit: options.nowProvince, periods: nowMonths, view: 'now', breakdown: 'children' }, options.readSamples);
    const describe = (unit: string, months: string[], view: string, breakdown: string) =>
      `${unit} ${months[0]}–${months[months.length - 1]} (${months.length} months), view ${view}, by ${breakdown}`;
    return {
      data,
      result: {
        generated: data.count,
        load: {
          read: load.read,
          written: load.written,
          aggregates: load.aggregates,
          seconds: round(load.durationMs / 1000),
          valuesPerSecond: Math.round(load.written / (load.durationMs / 1000)),
        },
        recompute: { seconds: round(recompute.durationMs / 1000), aggregateRows: recompute.aggregateRows, closureRows: recompute.closureRows },
        updateToVisible: update,
        analytics: {
          was: { ...was, query: describe(options.wasProvince, wasMonths, 'was', 'commune (leaves)') },
          now: { ...now, query: describe(options.nowProvince, nowMonths, 'now', 'commune (children)') },
        },
        peakRssMb: memory.peakMb(),
      },
    };
  } finally {
    memory.stop();
  }
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Samples the process's resident set every 250 ms (the peak of this run; resourceUsage().maxRSS is the process's). */
export function startMemorySampler(): { peakMb: () => number; stop: () => void } {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 250);
  timer.unref();
  return { peakMb: () => Math.round(Math.max(peak, process.memoryUsage().rss) / 1048576), stop: () => clearInterval(timer) };
}
