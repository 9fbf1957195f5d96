/**
 * An import worker thread (started by import-runner.ts through bin/run-ts.js, which registers tsx): opens its
 * own connection to the server's database — on SQLite through the write gate the main thread serves on
 * `gatePort`, with no WAL checkpointer of its own —, then runs the tasks it is sent one at a time
 * (import-task.ts), posting each one's progress and outcome, until it is told to stop: it then closes the
 * connection and ends. Its memory is bounded by the runner's resourceLimits, a task's time by the runner's
 * deadline (the thread is terminated: SQLite rolls back the open transaction, PostgreSQL's connection closes
 * and rolls back).
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { openStore } from '../../store/db.ts';
import { remoteWriteGate } from '../../store/sqlite/write-gate.ts';
import { AppError } from '../../domain/errors.ts';
import { runImportTask, type ImportTask, type ImportTaskOutcome } from './import-task.ts';
import type { ImportProgress } from './types.ts';

/** What the runner gives the thread. */
export interface ImportWorkerData {
  target: string;
  gatePort?: MessagePort;
}

/** What the runner sends: a task to run, or the order to stop. */
export type ImportWorkerRequest = { type: 'run'; id: number; task: ImportTask } | { type: 'stop' };

/** What the thread posts: once ready, then for each task progress (any number), then one outcome or one failure. */
export type ImportWorkerMessage =
  | { type: 'ready' }
  | { type: 'progress'; id: number; progress: ImportProgress }
  | { type: 'done'; id: number; outcome: ImportTaskOutcome }
  | { type: 'failed'; id: number; error: { name: string; message: string; code?: string; details?: unknown[]; stack?: string } };

const port = parentPort;
if (!port) throw new Error('import-worker.ts runs as a worker thread (import-runner.ts)');
const { target, gatePort } = workerData as ImportWorkerData;
const post = (message: ImportWorkerMessage) => port.postMessage(message);
const store = openStore(target, { ...(gatePort ? { writeGate: remoteWriteGate(gatePort) } : {}), walCheckpoints: false, busyTimeoutMs: 30_000, poolSize: 2 });

async function run(id: number, task: ImportTask): Promise<void> {
  try {
    const outcome = await runImportTask(store, task, (progress) => post({ type: 'progress', id, progress }));
    post({ type: 'done', id, outcome });
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    post({
      type: 'failed',
      id,
      error: {
        name: e.name,
        message: e.message,
        ...(e.stack ? { stack: e.stack } : {}),
        ...(e instanceof AppError ? { code: e.code, ...(e.details ? { details: e.details } : {}) } : {}),
      },
    });
  }
}

port.on('message', (request: ImportWorkerRequest) => {
  if (request.type === 'run') void run(request.id, request.task);
  else {
    void store.close().finally(() => {
      gatePort?.close();
      port.close();
    });
  }
});
post({ type: 'ready' });
