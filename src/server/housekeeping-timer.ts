/**
 * The server's housekeeping (src/app/housekeeping/run.ts): once when the app is ready, then every hour
 * until it closes. The timer is unref'd (it never keeps the process alive) and a run never overlaps
 * the previous one; a failed run is logged and the next one tries again. Off unless buildApp is asked
 * (`serve` asks; tests do not, so their clocks and rows are theirs).
 */
import type { FastifyInstance } from 'fastify';
import { housekeepingTotal, runHousekeeping } from '../app/housekeeping/run.ts';
import type { Store } from '../store/db.ts';

/** Hourly: every retention is hours or days, so an hour late is never more than a few percent. */
export const HOUSEKEEPING_EVERY_MS = 60 * 60 * 1000;

export interface HousekeepingSchedule {
  store: Store;
  now: () => Date;
  importsDir?: string;
  everyMs: number;
}

export function scheduleHousekeeping(app: FastifyInstance, schedule: HousekeepingSchedule): void {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | null = null;

  const runOnce = (): void => {
    if (running) return; // the previous run is still going (a slow database): skip this turn
    running = runHousekeeping(schedule.store, { now: schedule.now(), ...(schedule.importsDir ? { importsDir: schedule.importsDir } : {}) })
      .then((report) => {
        const level = housekeepingTotal(report) > 0 || report.stalledCommits > 0 ? 'info' : 'debug';
        app.log[level]({ housekeeping: report }, 'dọn dẹp dữ liệu hết hạn / housekeeping');
      })
      .catch((error: unknown) => app.log.error({ err: error }, 'dọn dẹp thất bại / housekeeping failed'))
      .finally(() => {
        running = null;
      });
  };

  // Not awaited: a first sweep of a large backlog must not delay listening.
  app.addHook('onReady', async () => {
    runOnce();
    timer = setInterval(runOnce, schedule.everyMs);
    timer.unref();
  });
  // The store is closed after the app: let a run in progress finish first.
  app.addHook('onClose', async () => {
    clearInterval(timer);
    await running;
  });
}
