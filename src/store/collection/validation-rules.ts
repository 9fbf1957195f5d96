/** Validation rules admins write (stored), plus the numerator ≤ denominator rules derived from indicators. */
import type { Kysely, Selectable } from 'kysely';
import { ValidationError } from '../../domain/metadata.ts';
import { ratioRules, validateRuleDefinition, type RuleOperator, type RuleSeverity, type ValidationRule } from '../../domain/validation-rules.ts';
import type { Database } from '../schema.ts';
import type { ValidationRulesTable } from './schema.ts';

function toRule(row: Selectable<ValidationRulesTable>): ValidationRule {
  const base = { code: row.code, name: row.name, severity: row.severity as RuleSeverity, message: row.message };
  if (row.kind === 'rate_consistency') {
    return {
      ...base,
      kind: 'rate_consistency',
      countElement: row.countElement ?? '',
      totalElement: row.totalElement ?? '',
      rateElement: row.rateElement ?? '',
    };
  }
  return { ...base, kind: 'compare', left: row.leftFormula ?? '', operator: row.operator as RuleOperator, right: row.rightFormula ?? '' };
}

/** Stored rules, by code. */
export async function listValidationRules(db: Kysely<Database>): Promise<ValidationRule[]> {
  const rows = await db.selectFrom('validationRules').selectAll().orderBy('code').execute();
  return rows.map(toRule);
}

/** Every rule that applies to values: the derived ratio rules first, then the stored ones. */
export async function activeValidationRules(db: Kysely<Database>): Promise<ValidationRule[]> {
  const indicators = await db.selectFrom('indicators').select(['code', 'name', 'numerator', 'denominator', 'unitOfMeasure']).orderBy('code').execute();
  return [...ratioRules(indicators), ...(await listValidationRules(db))];
}

/**
 * Creates or replaces the rule with this code (in the caller's transaction). Throws ValidationError naming
 * every bad field (formulas with their position). Returns the rule before (null when new) and after.
 */
export async function saveValidationRule(
  trx: Kysely<Database>,
  raw: unknown,
  now: Date = new Date(),
): Promise<{ before: ValidationRule | null; after: ValidationRule }> {
  const known = new Set((await trx.selectFrom('dataElements').select('code').execute()).map((r) => r.code));
  const { value: rule, problems } = validateRuleDefinition(raw, known);
  if (!rule) throw new ValidationError(problems, 'Quy tắc kiểm tra không hợp lệ / invalid validation rule');
  const existing = await trx.selectFrom('validationRules').selectAll().where('code', '=', rule.code).executeTakeFirst();
  const at = now.toISOString();
  const row = {
    code: rule.code,
    name: rule.name,
    kind: rule.kind,
    leftFormula: rule.kind === 'compare' ? rule.left : null,
    operator: rule.kind === 'compare' ? rule.operator : null,
    rightFormula: rule.kind === 'compare' ? rule.right : null,
    countElement: rule.kind === 'rate_consistency' ? rule.countElement : null,
    totalElement: rule.kind === 'rate_consistency' ? rule.totalElement : null,
    rateElement: rule.kind === 'rate_consistency' ? rule.rateElement : null,
    severity: rule.severity,
    message: rule.message,
    updatedAt: at,
  };
  if (existing) await trx.updateTable('validationRules').set(row).where('id', '=', existing.id).execute();
  else
    await trx
      .insertInto('validationRules')
      .values({ ...row, createdAt: at })
      .execute();
  return { before: existing ? toRule(existing) : null, after: rule };
}
