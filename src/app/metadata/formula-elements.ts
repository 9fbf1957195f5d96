/** The data elements an indicator's formula refers to, in the order they appear, numerator first. */
import { parseFormula } from '../../domain/formula.ts';
import { referencedElements } from '../../domain/formula-evaluate.ts';
import type { Indicator } from '../../domain/metadata.ts';

export type FormulaPart = 'numerator' | 'denominator';

export interface FormulaElement {
  code: string;
  /** Where the element appears (both, for an element in the numerator and the denominator). */
  usedIn: FormulaPart[];
}

/** Stored formulas were checked when they were saved, so they parse. */
export function formulaElements(indicator: Pick<Indicator, 'numerator' | 'denominator'>): FormulaElement[] {
  const byCode = new Map<string, FormulaElement>();
  for (const part of ['numerator', 'denominator'] as const) {
    const text = indicator[part];
    if (!text) continue;
    for (const code of referencedElements(parseFormula(text))) {
      const entry = byCode.get(code) ?? { code, usedIn: [] };
      entry.usedIn.push(part);
      byCode.set(code, entry);
    }
  }
  return [...byCode.values()];
}
