/**
 * The DX products registry's commands, each one transaction: register, edit, and a step of the product's life
 * (start, complete with evidence, evaluate, withdraw; domain/dx-products.ts). Each writes its rows, one audit event
 * (entity `dx_product`, key its id) and, in the same transaction, the derived figures it moves
 * (refreshDerivedValues over the owner units before and after, from the first day the change concerns). The state
 * moves by compare-and-set: of two racing steps from one state the second is 409 INVALID_TRANSITION, like any step
 * the state does not allow.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../domain/access.ts';
import { AppError, appError } from '../../domain/errors.ts';
import {
  evaluationProblems,
  evidenceProblems,
  productInputProblems,
  productTransition,
  ProductTransitionError,
  stepDayProblems,
  type ProductAction,
  type ProductEvidence,
  type ProductInput,
  type ProductState,
} from '../../domain/dx-products.ts';
import { ValidationError, type ValidationProblem } from '../../domain/metadata.ts';
import { writeAudit } from '../../store/audit.ts';
import type { Store } from '../../store/db.ts';
import { getIndicators } from '../../store/metadata/indicators.ts';
import {
  getProductRow,
  insertProduct,
  insertProductStep,
  productIndicatorCodes,
  replaceProductIndicators,
  updateProductFrom,
  type ProductRow,
} from '../../store/products/repo.ts';
import { unitLevelsAt } from '../../store/products/units.ts';
import type { Database } from '../../store/schema.ts';
import { inRetryingTransaction } from '../../store/transaction.ts';
import { canOn, UnitResolver } from '../follow-ups/units.ts';
import { refreshDerivedValues } from '../registries/derived-values.ts';
import { productsCounter } from './counter.ts';
import { canWriteProduct, productViews, type ProductView } from './view.ts';

export interface ProductContext {
  actor: Actor;
  /** The server's day (steps default to it and may not be after it). */
  today: string;
  now?: Date;
  via?: string;
}

export interface RegisterInput extends ProductInput {
  /** The registration day (default today). */
  registeredOn?: string;
}

export interface StepInput {
  action: ProductAction;
  /** The day the step happened (default today). */
  on?: string;
  note?: string;
  evidence?: ProductEvidence[];
  grade?: string;
  score?: number | null;
  comment?: string;
}

const notFound = (id: number) => appError('RECORD_NOT_FOUND', { what: 'sản phẩm CĐS', whatEn: 'DX product', id: String(id) });

export async function registerProduct(store: Store, input: RegisterInput, ctx: ProductContext, options: { simulated?: boolean } = {}): Promise<ProductView> {
  const registeredOn = input.registeredOn ?? ctx.today;
  const problems = [...productInputProblems(input), ...stepDayProblems(registeredOn, ctx.today, '0000-01-01').map((p) => ({ ...p, path: 'registeredOn' }))];
  if (problems.length) throw new ValidationError(problems);
  const now = ctx.now ?? new Date();
  return inRetryingTransaction(store.db, async (trx) => {
    await checkOwnerAndIndicators(trx, ctx.actor, input, registeredOn);
    const at = now.toISOString();
    const id = await insertProduct(trx, {
      name: input.name.trim(),
      kind: input.kind,
      ownerUnit: input.ownerUnit,
      agency: input.agency?.trim() ?? '',
      year: input.year,
      targetDate: input.targetDate,
      description: input.description?.trim() || null,
      state: 'registered',
      registeredOn,
      startedOn: null,
      completedOn: null,
      evaluatedOn: null,
      withdrawnOn: null,
      evidence: '[]',
      grade: null,
      score: null,
      evaluationComment: null,
      simulated: options.simulated ? 1 : 0,
      createdBy: ctx.actor.name,
      createdAt: at,
      updatedAt: at,
    });
    await replaceProductIndicators(trx, id, input.indicators ?? []);
    await insertProductStep(trx, {
      productId: id,
      action: 'register',
      fromState: null,
      toState: 'registered',
      onDay: registeredOn,
      note: null,
      details: '{}',
      createdBy: ctx.actor.name,
      createdAt: at,
    });
    const after = {
      name: input.name.trim(),
      kind: input.kind,
      ownerUnit: input.ownerUnit,
      agency: input.agency ?? null,
      year: input.year,
      targetDate: input.targetDate,
      state: 'registered',
      registeredOn,
    };
    await audit(trx, ctx, now, id, 'register', null, { ...after, indicators: input.indicators ?? [] });
    await refreshDerivedValues(trx, productsCounter, { unitCodes: [input.ownerUnit], from: registeredOn, now });
    return view(trx, ctx, id);
  });
}

/** Changes a product's fields (not its state) while it is registered or in progress. */
export async function editProduct(store: Store, id: number, patch: Partial<ProductInput>, ctx: ProductContext): Promise<ProductView> {
  const now = ctx.now ?? new Date();
  return inRetryingTransaction(store.db, async (trx) => {
    const row = await getProductRow(trx, id);
    if (!row) throw notFound(id);
    const units = new UnitResolver(trx);
    if (!canWriteProduct(ctx.actor, await units.at(row.ownerUnit, row.registeredOn))) throw appError('FORBIDDEN', { action: 'edit', target: row.ownerUnit });
    const state = row.state as ProductState;
    if (state !== 'registered' && state !== 'in_progress')
      throw new AppError(
        'INVALID_TRANSITION',
        'Sản phẩm đã hoàn thành hoặc đã rút đăng ký thì không sửa được / a completed or withdrawn product cannot be edited',
      );
    const before = { ...current(row), indicators: (await productIndicatorCodes(trx, [id])).get(id) ?? [] };
    const next: ProductInput = {
      name: patch.name ?? before.name,
      kind: patch.kind ?? before.kind,
      ownerUnit: patch.ownerUnit ?? before.ownerUnit,
      agency: patch.agency === undefined ? before.agency : patch.agency,
      year: patch.year ?? before.year,
      targetDate: patch.targetDate ?? before.targetDate,
      indicators: patch.indicators ?? before.indicators,
      description: patch.description === undefined ? before.description : patch.description,
    };
    const problems = productInputProblems(next);
    if (problems.length) throw new ValidationError(problems);
    await checkOwnerAndIndicators(trx, ctx.actor, next, row.registeredOn);
    const at = now.toISOString();
    const change = {
      name: next.name.trim(),
      kind: next.kind,
      ownerUnit: next.ownerUnit,
      agency: next.agency?.trim() ?? '',
      year: next.year,
      targetDate: next.targetDate,
      description: next.description?.trim() || null,
      updatedAt: at,
    };
    if (!(await updateProductFrom(trx, id, state, change))) throw raced();
    await replaceProductIndicators(trx, id, next.indicators ?? []);
    const after = { ...current({ ...row, ...change }), indicators: next.indicators ?? [] };
    await insertProductStep(trx, {
      productId: id,
      action: 'edit',
      fromState: state,
      toState: state,
      onDay: ctx.today,
      note: null,
      details: JSON.stringify(after),
      createdBy: ctx.actor.name,
      createdAt: at,
    });
    await audit(trx, ctx, now, id, 'edit', before, after);
    const from = row.registeredOn;
    await refreshDerivedValues(trx, productsCounter, { unitCodes: [...new Set([row.ownerUnit, next.ownerUnit])], from, now });
    return view(trx, ctx, id);
  });
}

/** One step of a product's life (start, complete, evaluate, withdraw). */
export async function transitionProduct(store: Store, id: number, input: StepInput, ctx: ProductContext): Promise<ProductView> {
  const now = ctx.now ?? new Date();
  return inRetryingTransaction(store.db, async (trx) => {
    const row = await getProductRow(trx, id);
    if (!row) throw notFound(id);
    const unit = await new UnitResolver(trx).at(row.ownerUnit, row.registeredOn);
    // Policy before the state: a caller who may not act learns nothing of the product's state.
    if (!(input.action === 'evaluate' ? canOn(ctx.actor, 'approve', unit) : canWriteProduct(ctx.actor, unit)))
      throw appError('FORBIDDEN', { action: input.action, target: row.ownerUnit });
    const from = row.state as ProductState;
    const to = transitionOr409(from, input.action);
    const on = input.on ?? ctx.today;
    const previous = [row.registeredOn, row.startedOn, row.completedOn]
      .filter((d): d is string => d !== null)
      .sort()
      .at(-1)!;
    const problems: ValidationProblem[] = stepDayProblems(on, ctx.today, previous);
    if (input.action === 'complete') problems.push(...evidenceProblems(input.evidence));
    if (input.action === 'evaluate')
      problems.push(...evaluationProblems({ grade: input.grade ?? '', score: input.score ?? null, comment: input.comment ?? '' }));
    if (problems.length) throw new ValidationError(problems);
    const at = now.toISOString();
    const change: Partial<ProductRow> = { state: to, updatedAt: at };
    const details: Record<string, unknown> = {};
    if (input.action === 'start') change.startedOn = on;
    if (input.action === 'withdraw') change.withdrawnOn = on;
    if (input.action === 'complete') {
      change.completedOn = on;
      change.evidence = JSON.stringify(input.evidence);
      details.evidence = input.evidence;
    }
    if (input.action === 'evaluate') {
      change.evaluatedOn = on;
      change.grade = input.grade!;
      change.score = input.score ?? null;
      change.evaluationComment = input.comment!.trim();
      Object.assign(details, { grade: input.grade, score: input.score ?? null, comment: input.comment!.trim() });
    }
    if (!(await updateProductFrom(trx, id, from, change))) throw raced();
    const note = input.note?.trim() || null;
    await insertProductStep(trx, {
      productId: id,
      action: input.action,
      fromState: from,
      toState: to,
      onDay: on,
      note,
      details: JSON.stringify(details),
      createdBy: ctx.actor.name,
      createdAt: at,
    });
    await audit(trx, ctx, now, id, input.action, { state: from }, { state: to, on, ...(note ? { note } : {}), ...details });
    await refreshDerivedValues(trx, productsCounter, { unitCodes: [row.ownerUnit], from: on, now });
    return view(trx, ctx, id);
  });
}

/** The owner unit in force on the day, the caller's right to write there, the agency's place, the indicators. */
async function checkOwnerAndIndicators(trx: Kysely<Database>, actor: Actor, input: ProductInput, at: string): Promise<void> {
  const unit = await new UnitResolver(trx).at(input.ownerUnit, at);
  if (!unit) throw new ValidationError([{ path: 'ownerUnit', message: `không có đơn vị "${input.ownerUnit}" vào ngày ${at} / no such unit on ${at}` }]);
  if (!canWriteProduct(actor, unit)) throw appError('FORBIDDEN', { action: 'register', target: input.ownerUnit });
  const problems: ValidationProblem[] = [];
  const level = (await unitLevelsAt(trx, [input.ownerUnit], at)).get(input.ownerUnit)?.level;
  if (input.agency?.trim() && level !== 'province')
    problems.push({ path: 'agency', message: 'chỉ cơ quan cấp tỉnh (sở, ban, ngành) mới ghi tên cơ quan / only a provincial agency is named' });
  const codes = input.indicators ?? [];
  const found = await getIndicators(trx, codes);
  for (const [i, code] of codes.entries())
    if (!found.has(code)) problems.push({ path: `indicators[${i}]`, message: `không có chỉ tiêu "${code}" / no such indicator` });
  if (problems.length) throw new ValidationError(problems);
}

function current(row: ProductRow) {
  return {
    name: row.name,
    kind: row.kind,
    ownerUnit: row.ownerUnit,
    agency: row.agency || null,
    year: row.year,
    targetDate: row.targetDate,
    description: row.description,
  };
}

async function view(trx: Kysely<Database>, ctx: ProductContext, id: number): Promise<ProductView> {
  return (await productViews(trx, ctx.actor, [(await getProductRow(trx, id))!], ctx.today))[0]!;
}

function audit(trx: Kysely<Database>, ctx: ProductContext, now: Date, id: number, action: string, before: unknown, after: unknown): Promise<void> {
  return writeAudit(
    trx,
    [
      {
        actor: { name: ctx.actor.name, kind: ctx.actor.kind },
        source: 'products',
        via: ctx.via ?? null,
        entity: 'dx_product',
        entityKey: String(id),
        action,
        before,
        after,
      },
    ],
    now,
  );
}

function transitionOr409(state: ProductState, action: ProductAction): ProductState {
  try {
    return productTransition(state, action);
  } catch (error) {
    if (error instanceof ProductTransitionError) throw new AppError('INVALID_TRANSITION', error.message);
    throw error;
  }
}

const raced = () =>
  new AppError('INVALID_TRANSITION', 'Sản phẩm vừa được người khác cập nhật; hãy tải lại / the product was just changed by someone else; reload it');
