/**
 * The administrators' writes of one data element or one indicator (PUT /data-elements/{code}, PUT /indicators/{code}):
 * the metadata import's write path for one item — the same domain validators and the same store upserts
 * (store/metadata/elements.ts, indicators.ts; file.ts calls them for every item of a file) — inside one transaction
 * with an audit event per change (entity `data_element` / `indicator`, action created/updated, before and after), so
 * the kept answers (app/changes/answer-cache.ts) see every change. An unchanged definition writes nothing. Problems
 * name the body's fields ('numerator', 'valueType'), with the formula position where the parser gave one.
 */
import { can, type Actor } from '../../domain/access.ts';
import { AppError } from '../../domain/errors.ts';
import { ValidationError, type DataElement, type Indicator } from '../../domain/metadata.ts';
import { writeAudit } from '../../store/audit.ts';
import type { Store } from '../../store/db.ts';
import { getDataElement, getIndicator, upsertDataElement, upsertIndicator, type UpsertAction } from '../../store/metadata/repo.ts';
import { inRetryingTransaction } from '../../store/transaction.ts';
import { dataElementView, type DataElementView } from './data-elements.ts';
import { indicatorView, recordDerivedElements, type IndicatorView } from './indicators.ts';

export interface MetadataWriteContext {
  actor: Actor;
  via?: string;
  now?: Date;
}

export interface Saved<T> {
  action: UpsertAction;
  item: T;
}

/** 403 unless the caller manages the configuration (admins). */
export function requireManageMetadata(actor: Actor): void {
  if (!can(actor, 'manage')) throw new AppError('FORBIDDEN', 'Chỉ quản trị viên được sửa danh mục / admins only');
}

/** Creates or replaces the data element `code` with the body (whose `code`, when given, must be the same). */
export async function saveDataElementAsAdmin(
  store: Store,
  code: string,
  body: Record<string, unknown>,
  ctx: MetadataWriteContext,
): Promise<Saved<DataElementView>> {
  requireManageMetadata(ctx.actor);
  const input = withCode(body, code) as unknown as DataElement;
  const saved = await save(store, ctx, 'data_element', code, getDataElement, (trx, now) => fieldsOf('dataElement', upsertDataElement(trx, input, now)));
  return { action: saved.action, item: dataElementView(saved.item) };
}

/** Creates or replaces the indicator `code`; its formulas must parse and name stored numeric elements. */
export async function saveIndicatorAsAdmin(
  store: Store,
  code: string,
  body: Record<string, unknown>,
  ctx: MetadataWriteContext,
): Promise<Saved<IndicatorView>> {
  requireManageMetadata(ctx.actor);
  const input = withCode(body, code) as unknown as Indicator;
  const saved = await save(store, ctx, 'indicator', code, getIndicator, (trx, now) => fieldsOf('indicator', upsertIndicator(trx, input, now)));
  return { action: saved.action, item: indicatorView(saved.item, await recordDerivedElements(store.db)) };
}

function withCode(body: Record<string, unknown>, code: string): Record<string, unknown> {
  if (body.code !== undefined && body.code !== code)
    throw new ValidationError([{ path: 'code', message: `phải trùng mã trên đường dẫn '${code}' / must match the path` }]);
  return { ...body, code };
}

async function save<T>(
  store: Store,
  ctx: MetadataWriteContext,
  entity: string,
  code: string,
  read: (db: Store['db'], code: string) => Promise<T | null>,
  write: (trx: Store['db'], now: Date) => Promise<UpsertAction>,
): Promise<{ action: UpsertAction; item: T }> {
  const now = ctx.now ?? new Date();
  return inRetryingTransaction(store.db, async (trx) => {
    const before = await read(trx, code);
    const action = await write(trx, now);
    const after = (await read(trx, code)) as T;
    if (action !== 'unchanged') {
      await writeAudit(trx, [{ actor: ctx.actor, source: 'admin', via: ctx.via ?? null, entity, entityKey: code, action, before, after }], now);
    }
    return { action, item: after };
  });
}

/** The store's problems ('indicator.numerator') addressed to the body's fields ('numerator'). */
async function fieldsOf<T>(prefix: string, write: Promise<T>): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const problems = error.problems.map((p) => ({
      ...p,
      path: p.path === prefix ? '$' : p.path.startsWith(`${prefix}.`) ? p.path.slice(prefix.length + 1) : p.path,
    }));
    throw new ValidationError(problems, error.summary.split(': ')[0]);
  }
}
