/**
 * Answers of read routes kept until the next write (issue 10, "dashboards answer in tens of milliseconds"): the
 * leaders of a province open the same screen, and every one of them asks the same analytics, plan status and
 * coverage questions. An answer is kept by who may see what (the caller's role, unit scopes and element scopes —
 * never the caller's name) and the question; it is valid while the store's change mark (store/changes.ts: the
 * newest audit event and value version, which move with every write in every process sharing the database)
 * has not moved, and for the day it was computed (statuses depend on today). Callers asking a question whose
 * answer is being computed wait for that answer instead of computing it again. Bounded by bytes, least
 * recently used first out.
 */
import type { Actor } from '../../domain/access.ts';
import type { Store } from '../../store/db.ts';
import { changeMark } from '../../store/changes.ts';

/** How long a change mark read is reused for the next lookups (a write of this process resets it: noteWrite). */
const MARK_FRESH_MS = 100;

export interface CachedAnswer {
  body: string;
  contentType: string;
}

export interface AnswerCacheOptions {
  /** Bytes of answers kept in all (default 64 MiB). */
  maxBytes?: number;
  /** Answers larger than this are not kept (default 4 MiB). */
  maxAnswerBytes?: number;
}

export class AnswerCache {
  private mark = '';
  private day = '';
  /** The change mark as last read, when it was read (performance.now()), and the read under way. */
  private latestMark = '';
  private markReadAt = -Infinity;
  private markReading: Promise<void> | null = null;
  private bytes = 0;
  private readonly kept = new Map<string, CachedAnswer>();
  private readonly computing = new Map<string, Promise<CachedAnswer | null>>();
  private readonly maxBytes: number;
  private readonly maxAnswerBytes: number;

  constructor(
    private readonly store: Store,
    options: AnswerCacheOptions = {},
  ) {
    this.maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
    this.maxAnswerBytes = options.maxAnswerBytes ?? 4 * 1024 * 1024;
  }

  /** The key of a question asked by an actor on a day: what the actor may see, never who it is. */
  static key(actor: Actor, today: string, question: string): string {
    const scopes = actor.unitScopeIds?.length ? `#${[...actor.unitScopeIds].sort((a, b) => a - b).join(',')}` : [...actor.unitScopes].sort().join(',');
    const elements = [...(actor.elementScopes ?? [])].sort().join(',');
    return `${actor.role}|${scopes}|${elements}|${today}|${question}`;
  }

  /**
   * The kept answer, or the answer being computed by another caller (awaited), or null: then the caller
   * computes it and calls `settle` (with null when it is not to be kept). Reads the change mark first, and
   * forgets everything when it moved or the day changed.
   */
  async lookup(key: string, today: string): Promise<{ answer: CachedAnswer } | { compute: (answer: CachedAnswer | null) => void }> {
    await this.refresh(today);
    const kept = this.kept.get(key);
    if (kept) {
      this.kept.delete(key); // to the end: the most recently used
      this.kept.set(key, kept);
      return { answer: kept };
    }
    const pending = this.computing.get(key);
    if (pending) {
      const answer = await pending;
      if (answer) return { answer };
    }
    let settle!: (answer: CachedAnswer | null) => void;
    const computing = new Promise<CachedAnswer | null>((resolve) => (settle = resolve));
    this.computing.set(key, computing);
    const mark = this.mark;
    return {
      compute: (answer) => {
        if (this.computing.get(key) === computing) this.computing.delete(key);
        settle(answer);
        // An answer computed while a write landed may predate it: kept only if the mark has not moved since.
        if (answer && mark === this.mark) this.keep(key, answer);
      },
    };
  }

  /** How many answers are kept (tests, logs). */
  get size(): number {
    return this.kept.size;
  }

  /**
   * A write answered by this process (any request that is not a read): the next lookup reads the change mark
   * afresh, so a caller reads its own write at once.
   */
  noteWrite(): void {
    this.markReadAt = -Infinity;
  }

  private async refresh(today: string): Promise<void> {
    // The mark read once for the callers that ask at the same moment, and reused for MARK_FRESH_MS: a write in
    // another process shows that much later at most (screens poll every 1.5 s); this process's own writes at once.
    if (this.markReading) return this.markReading.then(() => this.forgetIfChanged(today));
    if (performance.now() - this.markReadAt < MARK_FRESH_MS) return this.forgetIfChanged(today);
    const started = performance.now();
    this.markReading = changeMark(this.store.db).then(
      (m) => {
        this.latestMark = `${m.auditId}.${m.valueId}`;
        this.markReadAt = Math.max(this.markReadAt, started);
      },
      () => undefined,
    );
    try {
      await this.markReading;
    } finally {
      this.markReading = null;
    }
    this.forgetIfChanged(today);
  }

  private forgetIfChanged(today: string): void {
    const mark = this.latestMark;
    if (mark === this.mark && today === this.day) return;
    this.mark = mark;
    this.day = today;
    this.kept.clear();
    this.computing.clear(); // answers being computed may predate the write: later callers compute their own
    this.bytes = 0;
  }

  private keep(key: string, answer: CachedAnswer): void {
    const size = answer.body.length * 2;
    if (size > this.maxAnswerBytes) return;
    this.kept.set(key, answer);
    this.bytes += size;
    for (const [oldKey, old] of this.kept) {
      if (this.bytes <= this.maxBytes) break;
      this.kept.delete(oldKey);
      this.bytes -= old.body.length * 2;
    }
  }
}
