/**
 * POST /indicators/formula-check: the formula editor's check as the administrator types. The formulas go through the
 * indicator's own validator (domain/metadata.ts validateIndicator over the stored elements' types — what a save would
 * say, with the parser's position and length), and when they are good the answer names the elements they use and,
 * given a unit and a period, previews the value with the one analytics query (app/analytics/indicator-query.ts,
 * its `unsaved` formula): the same totals, coverage and evaluation as the dashboards, nothing saved.
 */
import type { Actor } from '../../domain/access.ts';
import { validateIndicator } from '../../domain/metadata.ts';
import type { Store } from '../../store/db.ts';
import { dataElementTypes, getDataElements } from '../../store/metadata/repo.ts';
import { queryIndicator } from '../analytics/indicator-query.ts';
import { requireManageMetadata } from './admin-writes.ts';
import { formulaElements, type FormulaPart } from './formula-elements.ts';

export interface FormulaCheckInput {
  /** The indicator being edited (its targets are not needed; a new one may have no code yet). */
  code?: string;
  numerator: string;
  denominator?: string | null;
  factor?: number;
  decimals?: number;
  unit?: string;
  period?: string;
}

export interface FormulaProblem {
  /** numerator, denominator, factor or decimals. */
  field: string;
  message: string;
  /** The parser's 0-based character offset and length in that field's text; null for other problems. */
  position: number | null;
  length: number | null;
}

export interface FormulaCheck {
  ok: boolean;
  errors: FormulaProblem[];
  elements: Array<{ code: string; name: string; nameEn: string; unitOfMeasure: string | null; usedIn: FormulaPart[] }>;
  /** With a unit and a period and no errors: the value the formula gives there today. */
  preview: {
    unit: { code: string; name: string };
    period: string;
    value: number | null;
    numerator: number | null;
    denominator: number | null;
    coverage: { reported: number; expected: number };
    decimals: number;
  } | null;
}

const CHECKED = ['numerator', 'denominator', 'factor', 'decimals'];

export async function checkFormula(store: Store, actor: Actor, input: FormulaCheckInput): Promise<FormulaCheck> {
  requireManageMetadata(actor);
  const factor = input.factor ?? 1;
  const decimals = input.decimals ?? 0;
  const denominator = input.denominator?.trim() ? input.denominator : null;
  // The save's validator, with the fields the editor does not check here filled in.
  const { problems } = validateIndicator(
    { code: 'PREVIEW', name: '-', nameEn: '-', direction: 'higher_is_better', numerator: input.numerator, denominator, factor, decimals },
    await dataElementTypes(store.db),
  );
  const errors = problems
    .map((p) => ({ field: p.path.replace(/^indicator\./, ''), message: p.message, position: p.position ?? null, length: p.length ?? null }))
    .filter((p) => CHECKED.includes(p.field));
  if (errors.length > 0) return { ok: false, errors, elements: [], preview: null };

  const used = formulaElements({ numerator: input.numerator, ...(denominator ? { denominator } : {}) });
  const stored = await getDataElements(
    store.db,
    used.map((e) => e.code),
  );
  const elements = used.map((e) => {
    const element = stored.get(e.code);
    return { code: e.code, name: element?.name ?? e.code, nameEn: element?.nameEn ?? e.code, unitOfMeasure: element?.unitOfMeasure ?? null, usedIn: e.usedIn };
  });
  if (input.unit === undefined || input.period === undefined) return { ok: true, errors: [], elements, preview: null };

  const result = await queryIndicator(
    store,
    { indicator: input.code ?? 'PREVIEW', unit: input.unit, periods: [input.period], unsaved: { numerator: input.numerator, denominator, factor, decimals } },
    actor,
  );
  const row = result.rows[0];
  const preview = row
    ? { unit: result.unit, period: row.period, value: row.value, numerator: row.numerator, denominator: row.denominator, coverage: row.coverage, decimals }
    : null;
  return { ok: true, errors: [], elements, preview };
}
