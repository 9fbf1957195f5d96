/**
 * Checks over a whole batch: required evidence (dataset flag) and the validation rules, evaluated per
 * (unit, period) on the stored values overlaid with the batch's. A violation is reported on the first item
 * of the batch (in batch order) that the rule reads; errors block, warnings block unless accepted.
 */
import type { Kysely } from 'kysely';
import { findViolations, type ValidationRule } from '../../domain/validation-rules.ts';
import { isExpected } from '../../domain/validation-dataset.ts';
import { datasetsWithElements } from '../../store/collection/datasets.ts';
import type { Database } from '../../store/schema.ts';
import { activeValidationRules } from '../../store/collection/validation-rules.ts';
import type { CurrentValue } from '../../store/values/repo.ts';
import type { ItemProblem } from './errors.ts';
import type { CheckedItem } from './item-checks.ts';
import type { AcceptedWarning } from './record-values.ts';

/** A value needs evidence when a dataset that expects the unit marks its element so. */
export async function checkEvidence(db: Kysely<Database>, items: readonly CheckedItem[]): Promise<ItemProblem[]> {
  const datasets = (
    await datasetsWithElements(
      db,
      items.map((c) => c.element.id),
    )
  ).filter((d) => d.elements.some((e) => e.evidenceRequired));
  if (datasets.length === 0) return [];
  const problems: ItemProblem[] = [];
  for (const c of items) {
    if (c.value === null || (c.evidence ?? '').trim() !== '') continue;
    const requiring = datasets.find(
      (d) => d.periodType === c.element.periodType && d.elements.some((e) => e.code === c.element.code && e.evidenceRequired) && isExpected(d.units, c.unit),
    );
    if (requiring) {
      problems.push({
        index: c.index,
        field: 'evidence',
        message: `biểu mẫu ${requiring.code} yêu cầu minh chứng cho ${c.element.code} / evidence is required`,
      });
    }
  }
  return problems;
}

/** The number a stored value takes part in formulas with (yes/no as 1/0), or null. */
function numeric(value: CurrentValue['value']): number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return null;
}

export async function checkRules(
  db: Kysely<Database>,
  items: readonly CheckedItem[],
  current: readonly CurrentValue[],
  acceptWarnings: ReadonlyArray<{ index: number; rule: string }>,
  rules?: readonly ValidationRule[],
  acceptCommented = false,
): Promise<{ problems: ItemProblem[]; accepted: AcceptedWarning[] }> {
  const active = rules ?? (await activeValidationRules(db));
  const problems: ItemProblem[] = [];
  const accepted: AcceptedWarning[] = [];
  if (active.length === 0) return { problems, accepted };
  const groups = new Map<string, CheckedItem[]>();
  for (const c of items) {
    const key = `${c.unit.id}|${c.period}`;
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  const stored = new Map<string, CurrentValue[]>();
  for (const v of current) {
    const key = `${v.unitId}|${v.period}`;
    const list = stored.get(key);
    if (list) list.push(v);
    else stored.set(key, [v]);
  }
  for (const [key, group] of groups) {
    const values = new Map<string, number | null>();
    for (const v of stored.get(key) ?? []) values.set(v.elementCode, numeric(v.value));
    for (const c of group) values.set(c.element.code, c.valueNum);
    const touched = new Set(group.map((c) => c.element.code));
    for (const violation of findViolations(active, values, touched)) {
      const owner = group.find((c) => violation.elements.includes(c.element.code)) as CheckedItem;
      if (violation.severity === 'warning') {
        const accepts = acceptCommented || acceptWarnings.some((a) => a.index === owner.index && a.rule === violation.rule);
        if (accepts && (owner.comment ?? '').trim() !== '') {
          accepted.push({ index: owner.index, rule: violation.rule, message: violation.message });
          continue;
        }
        const how = acceptCommented
          ? "ghi lý do vào cột Ghi chú của dòng để chấp nhận cảnh báo / write the reason in the row's comment (Ghi chú) to accept this warning"
          : accepts
            ? 'cần ghi chú giải thích để chấp nhận cảnh báo / a comment is required to accept this warning'
            : 'cảnh báo: ghi chú và xác nhận (acceptWarnings) để lưu / warning: accept it with a comment to save';
        problems.push({
          index: owner.index,
          field: accepts ? 'comment' : 'value',
          message: `${violation.message} — ${how}`,
          rule: violation.rule,
          severity: 'warning',
        });
        continue;
      }
      problems.push({ index: owner.index, field: 'value', message: violation.message, rule: violation.rule, severity: 'error' });
    }
  }
  return { problems, accepted };
}
