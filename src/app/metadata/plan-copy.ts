/**
 * POST /plans/{code}/copy: a plan's targets (a national plan's, UBQG_KH_2022) copied to provinces in one action —
 * one new plan per unit, its code from `codePattern` (`{code}` the source's, `{unit}` the unit's; default
 * `{code}_{unit}`), its name the source's with the unit's name, its span the source's, and the source's own
 * targets (those of the source's unit, or all when it has none) with the unit's code; each label says where it
 * came from. All or nothing: every unit is checked first (a code no unit has in the plan's span, a unit named
 * twice, a code a plan already has), every problem named by its place in `units`, then all the plans are
 * written through the admin write path (plan-admin.ts) in one transaction, one audit event each (action `copy`).
 */
import { appError } from '../../domain/errors.ts';
import { ValidationError, type Plan, type PlanTarget, type ValidationProblem } from '../../domain/metadata.ts';
import { parsePeriod } from '../../domain/periods.ts';
import type { Store } from '../../store/db.ts';
import { getPlan } from '../../store/metadata/repo.ts';
import { findUnit } from '../../store/units/repo.ts';
import { inTransaction } from '../../store/transaction.ts';
import { authorizeAdmin, type AdminContext } from '../auth/admin-context.ts';
import { writePlans } from './plan-admin.ts';

export const DEFAULT_CODE_PATTERN = '{code}_{unit}';

export interface PlanCopyRequest {
  units: readonly string[];
  codePattern?: string;
}

export interface PlanCopy {
  unitCode: string;
  unitName: string;
  code: string;
  name: string;
  targetCount: number;
}

export interface PlanCopyResult {
  source: string;
  plans: PlanCopy[];
}

export async function copyPlan(store: Store, ctx: AdminContext, code: string, request: PlanCopyRequest): Promise<PlanCopyResult> {
  authorizeAdmin(ctx.actor, 'plans');
  return inTransaction(store.db, async (trx) => {
    const source = await getPlan(trx, code);
    if (!source) throw appError('PLAN_NOT_FOUND', { code });
    const pattern = request.codePattern ?? DEFAULT_CODE_PATTERN;
    const problems: ValidationProblem[] = [];
    if (!pattern.includes('{unit}') && request.units.length > 1)
      problems.push({ path: 'codePattern', message: 'phải chứa {unit} để mỗi đơn vị có một mã riêng / must contain {unit}, one code per unit' });
    const targets = source.targets.filter((t) => !source.unitCode || t.unit === source.unitCode);
    if (targets.length === 0) problems.push({ path: 'code', message: `kế hoạch '${code}' không có mục tiêu để sao chép / the plan has no targets to copy` });
    const at = source.startPeriod ? parsePeriod(source.startPeriod).start : undefined;
    const copies: Array<{ plan: Plan; unitName: string }> = [];
    const seen = new Map<string, number>();
    for (const [i, unitCode] of request.units.entries()) {
      const path = `units[${i}]`;
      const first = seen.get(unitCode);
      if (first !== undefined) {
        problems.push({ path, message: `đơn vị '${unitCode}' trùng với units[${first}] / named twice` });
        continue;
      }
      seen.set(unitCode, i);
      if (unitCode === source.unitCode) {
        problems.push({ path, message: `là đơn vị của chính kế hoạch '${code}' / the source plan's own unit` });
        continue;
      }
      const unit = (at ? await findUnit(trx, unitCode, at) : null) ?? (await findUnit(trx, unitCode));
      if (!unit) {
        problems.push({ path, message: `không có đơn vị mã '${unitCode}' / no such unit` });
        continue;
      }
      const copyCode = pattern.replaceAll('{code}', code).replaceAll('{unit}', unitCode);
      if (await getPlan(trx, copyCode)) {
        problems.push({ path, message: `đã có kế hoạch mã '${copyCode}' / a plan with code '${copyCode}' exists` });
        continue;
      }
      copies.push({ plan: copyOf(source, targets, unitCode, unit.name, copyCode), unitName: unit.name });
    }
    if (problems.length > 0) throw new ValidationError(problems, 'Không sao chép được kế hoạch, không ghi gì / the plan was not copied, nothing written');
    const unitIndex = (i: number) => `units[${request.units.indexOf(copies[i]!.plan.unitCode!)}]`;
    await writePlans(
      trx,
      ctx,
      copies.map((c) => ({ plan: { ...c.plan }, action: 'copy' as const, note: { from: code } })),
      unitIndex,
    );
    return {
      source: code,
      plans: copies.map((c) => ({
        unitCode: c.plan.unitCode!,
        unitName: c.unitName,
        code: c.plan.code,
        name: c.plan.name,
        targetCount: c.plan.targets.length,
      })),
    };
  });
}

function copyOf(source: Plan, targets: readonly PlanTarget[], unitCode: string, unitName: string, code: string): Plan {
  const from = `Sao chép từ kế hoạch ${source.code}`;
  return {
    code,
    name: `${source.name} — ${unitName}`,
    nameEn: `${source.nameEn} — ${unitName}`,
    legalBasis: source.legalBasis ? `${from}: ${source.legalBasis}` : from,
    unitCode,
    ...(source.startPeriod ? { startPeriod: source.startPeriod } : {}),
    ...(source.endPeriod ? { endPeriod: source.endPeriod } : {}),
    targets: targets.map((t) => ({ ...t, unit: unitCode, label: t.label ? `${from}; ${t.label}` : from })),
  };
}
