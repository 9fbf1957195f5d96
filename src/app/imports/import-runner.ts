/**
 * Where an import's reading and commit run (import-task.ts): in a worker thread with its own connection when the
 * store can be shared (a SQLite file, PostgreSQL), so that
 * - the server keeps answering during a large commit: on SQLite the commit's transaction holds the worker's
 *   connection, not the server's, which goes on reading in WAL mode; a server write meanwhile waits
 *   asynchronously at the write gate (store/sqlite/write-gate.ts), never blocking the event loop;
 * - a file gets bounded memory (`resourceLimits`) and time (a deadline, after which the thread is terminated:
 *   an open transaction is rolled back), whatever it holds and whatever the reader does with it.
 * A file that could not be read within them ends as a failure of the outcome (the job marks it invalid), as a
 * damaged one does. At most `concurrency` tasks run at once per runner (the server keeps one); others wait. A
 * worker is kept between tasks (starting one loads the whole import code) and ends when idle for `idleMs`, past
 * a deadline (terminated) or out of memory (a new one serves the next task).
 *
 * An in-memory SQLite store (tests, a throw-away demo) cannot be shared with a thread: the task runs in the
 * caller's thread, the deadline then stops the reading (an abort signal) but not the write, there is no memory
 * bound of its own, and a large commit holds the store's one connection until it ends.
 */
import { fileURLToPath } from 'node:url';
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import type { SharedStoreAccess, Store } from '../../store/db.ts';
import { AppError, ERROR_CATALOGUE, type ErrorCode } from '../../domain/errors.ts';
import { runImportTask, type ImportTask, type ImportTaskOutcome } from './import-task.ts';
import type { ImportWorkerData, ImportWorkerMessage, ImportWorkerRequest } from './import-worker.ts';
import type { ImportPreview, ImportProgress } from './types.ts';

export interface ImportRunnerOptions {
  /** How long reading a file for its preview may take (default 120 s). */
  readDeadlineMs?: number;
  /** How long a commit (reading again, then writing) may take (default 15 min). */
  commitDeadlineMs?: number;
  /** A worker's heap (default 2,048 MB: a 100,000-row commit peaks near 600 MB). */
  memoryMb?: number;
  /** Tasks (and workers) at once (default 2). */
  concurrency?: number;
  /** An idle worker ends after this long (default 60 s); the next task starts a new one. */
  idleMs?: number;
  /** 'never': always in the caller's thread (as for an in-memory store). */
  threads?: 'auto' | 'never';
}

export const IMPORT_RUN_DEFAULTS = { readDeadlineMs: 120_000, commitDeadlineMs: 15 * 60_000, memoryMb: 2048, concurrency: 2, idleMs: 60_000 } as const;

const RUN_TS = fileURLToPath(new URL('../../../bin/run-ts.js', import.meta.url));
const WORKER = fileURLToPath(new URL('./import-worker.ts', import.meta.url));

/** The outcome of a task that could not end (past its deadline, out of memory): one error, nothing written. */
export function failedOutcome(task: ImportTask, message: string, rowsRead: number): ImportTaskOutcome {
  const preview: ImportPreview = {
    format: /\.csv$/i.test(task.fileName) ? 'csv' : 'xlsx',
    rows: 0,
    values: 0,
    rowsRead,
    errorCount: 1,
    errors: [{ row: rowsRead, column: '', cell: '', message }],
    warnings: [],
    sample: [],
    columns: [],
  };
  return { preview, failure: { kind: 'unreadable', message } };
}

function pastDeadline(task: ImportTask, ms: number): string {
  const s = Math.round(ms / 1000);
  return task.kind === 'read'
    ? `Đọc tệp quá thời hạn ${s} giây; kiểm tra hoặc chia nhỏ tệp / reading the file took longer than ${s} s`
    : `Ghi lượt nhập quá thời hạn ${s} giây; không có gì được ghi, chia nhỏ tệp / the commit took longer than ${s} s; nothing was written`;
}

function outOfMemory(mb: number): string {
  return `Tệp cần nhiều bộ nhớ hơn mức cho phép (${mb} MB); chia nhỏ tệp / the file needs more memory than an import may use (${mb} MB)`;
}

type Report = (progress: ImportProgress) => void;

interface Job {
  id: number;
  task: ImportTask;
  report: Report;
  rowsRead: number;
  resolve(outcome: ImportTaskOutcome): void;
  reject(error: Error): void;
}

/** One worker thread, kept between tasks (starting one loads the whole import code: seconds on a busy machine). */
class PooledWorker {
  readonly worker: Worker;
  job: Job | null = null;
  private readonly gatePort: MessagePort | null;
  private idleTimer: NodeJS.Timeout | null = null;
  private deadline: NodeJS.Timeout | null = null;

  constructor(
    access: SharedStoreAccess,
    private readonly memoryMb: number,
    private readonly onGone: (worker: PooledWorker) => void,
  ) {
    const channel = access.gate ? new MessageChannel() : null;
    if (channel && access.gate) access.gate.serve(channel.port1);
    this.gatePort = channel?.port1 ?? null;
    const workerData: ImportWorkerData = { target: access.target, ...(channel ? { gatePort: channel.port2 } : {}) };
    this.worker = new Worker(RUN_TS, {
      argv: [WORKER],
      execArgv: [],
      workerData,
      transferList: channel ? [channel.port2] : [],
      resourceLimits: { maxOldGenerationSizeMb: memoryMb },
    });
    this.worker.on('message', (message: ImportWorkerMessage) => this.received(message));
    // Out of the pool before the task's caller hears of it, so the next task gets a live thread.
    this.worker.on('error', (error: Error & { code?: string }) => {
      const job = this.finish();
      this.gone();
      if (job && error.code === 'ERR_WORKER_OUT_OF_MEMORY') job.resolve(failedOutcome(job.task, outOfMemory(this.memoryMb), job.rowsRead));
      else job?.reject(error);
    });
    this.worker.on('exit', (code) => {
      const job = this.finish();
      this.gone();
      job?.reject(new Error(`the import worker ended (exit code ${code}) before its outcome`));
    });
  }

  start(job: Job, deadlineMs: number): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.job = job;
    this.worker.ref();
    this.deadline = setTimeout(() => {
      const current = this.finish();
      this.stop(true);
      current?.resolve(failedOutcome(current.task, pastDeadline(current.task, deadlineMs), current.rowsRead));
    }, deadlineMs);
    this.worker.postMessage({ type: 'run', id: job.id, task: job.task } satisfies ImportWorkerRequest);
  }

  /** Idle from now: the thread no longer keeps the process alive, and ends after `idleMs`. */
  idle(idleMs: number): void {
    this.worker.unref();
    this.idleTimer = setTimeout(() => this.stop(false), idleMs);
    this.idleTimer.unref();
  }

  /** Ends the thread: at once (a task past its deadline), or after it has closed its connection. */
  stop(now: boolean): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.onGone(this);
    if (now) void this.worker.terminate();
    else this.worker.postMessage({ type: 'stop' } satisfies ImportWorkerRequest);
  }

  private received(message: ImportWorkerMessage): void {
    const job = this.job;
    if (message.type === 'ready' || !job || message.id !== job.id) return;
    if (message.type === 'progress') {
      if (message.progress.phase === 'reading') job.rowsRead = message.progress.done;
      job.report(message.progress);
    } else if (message.type === 'done') this.finish()?.resolve(message.outcome);
    else this.finish()?.reject(rebuild(message.error));
  }

  /** The task under way, now over. */
  private finish(): Job | null {
    const job = this.job;
    this.job = null;
    if (this.deadline) clearTimeout(this.deadline);
    this.deadline = null;
    return job;
  }

  private gone(): void {
    this.gatePort?.close();
    this.onGone(this);
  }
}

export class ImportRunner {
  private running = 0;
  private readonly waiting: Array<() => void> = [];
  private readonly idle: PooledWorker[] = [];
  private readonly all = new Set<PooledWorker>();
  private nextId = 1;
  private closed = false;
  private readonly options: Required<Omit<ImportRunnerOptions, 'threads'>> & Pick<ImportRunnerOptions, 'threads'>;

  constructor(
    private readonly store: Store,
    options: ImportRunnerOptions = {},
  ) {
    this.options = { ...IMPORT_RUN_DEFAULTS, ...options };
  }

  /** Whether tasks run in a worker thread (the store can be shared and threads are not turned off). */
  get threaded(): boolean {
    return this.options.threads !== 'never' && (this.store.shareable?.() ?? null) !== null;
  }

  async run(task: ImportTask, report: Report = () => undefined): Promise<ImportTaskOutcome> {
    await this.turn();
    try {
      return this.threaded ? await this.inWorker(task, report) : await this.inThread(task, report);
    } finally {
      this.running -= 1;
      this.waiting.shift()?.();
    }
  }

  /** Ends the idle workers and lets busy ones end after their task (the server's close). */
  close(): void {
    this.closed = true;
    for (const worker of [...this.all]) if (!worker.job) worker.stop(false);
  }

  private async turn(): Promise<void> {
    if (this.running < this.options.concurrency) {
      this.running += 1;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.running += 1;
  }

  private deadline(task: ImportTask): number {
    return task.kind === 'read' ? this.options.readDeadlineMs : this.options.commitDeadlineMs;
  }

  private async inThread(task: ImportTask, report: Report): Promise<ImportTaskOutcome> {
    const controller = new AbortController();
    const ms = this.deadline(task);
    const timer = setTimeout(() => controller.abort(new Error(pastDeadline(task, ms))), ms);
    try {
      return await runImportTask(this.store, task, report, controller.signal);
    } finally {
      clearTimeout(timer);
    }
  }

  private inWorker(task: ImportTask, report: Report): Promise<ImportTaskOutcome> {
    const access = this.store.shareable?.();
    if (!access) throw new Error('the store cannot be shared with a worker thread');
    const worker = this.idle.pop() ?? this.spawn(access);
    return new Promise<ImportTaskOutcome>((resolve, reject) => {
      const back = () => {
        if (!this.all.has(worker) || worker.job) return;
        if (this.closed) worker.stop(false);
        else {
          this.idle.push(worker);
          worker.idle(this.options.idleMs);
        }
      };
      const job: Job = {
        id: this.nextId++,
        task,
        report,
        rowsRead: 0,
        resolve: (outcome) => {
          resolve(outcome);
          back();
        },
        reject: (error) => {
          reject(error);
          back();
        },
      };
      worker.start(job, this.deadline(task));
    });
  }

  private spawn(access: SharedStoreAccess): PooledWorker {
    const worker = new PooledWorker(access, this.options.memoryMb, (gone) => {
      this.all.delete(gone);
      const at = this.idle.indexOf(gone);
      if (at >= 0) this.idle.splice(at, 1);
    });
    this.all.add(worker);
    return worker;
  }
}
/** An error the worker posted, as the caller would have seen it in its own thread. */
function rebuild(error: { name: string; message: string; code?: string; details?: unknown[]; stack?: string }): Error {
  if (error.name === 'AppError' && error.code && error.code in ERROR_CATALOGUE) return new AppError(error.code as ErrorCode, error.message, error.details);
  const rebuilt = new Error(error.message);
  rebuilt.name = error.name;
  if (error.stack) rebuilt.stack = error.stack;
  return rebuilt;
}
