/** Evaluating parsed formulas (formula.ts): loops over `postOrder`, never recursion, whatever the formula's depth. */
import { foldFormula, postOrder, type FormulaNode } from './formula.ts';

/** Values by element code; a missing key, undefined or null means "not reported". */
export type ElementValues = ReadonlyMap<string, number | null | undefined>;

/**
 * Computes a formula. Returns null when any referenced element has no value (a missing value is
 * never read as 0, so a half-reported ratio never looks like a real one), and null when the result
 * is not a finite number (division by a zero value).
 */
export function evaluate(ast: FormulaNode, values: ElementValues): number | null {
  const result = foldFormula<number | null>(
    ast,
    (node) => (node.kind === 'number' ? node.value : (values.get(node.code) ?? null)),
    (node, [l, r]) => {
      if (l === null || l === undefined) return null;
      if (node.kind === 'negate') return -l;
      if (r === null || r === undefined) return null;
      switch (node.operator) {
        case '+':
          return l + r;
        case '-':
          return l - r;
        case '*':
          return l * r;
        case '/':
          return r === 0 ? null : l / r;
      }
    },
  );
  return result === null || !Number.isFinite(result) ? null : result;
}

/** The distinct element codes a formula refers to, in order of first appearance. */
export function referencedElements(ast: FormulaNode): string[] {
  const codes = new Set<string>();
  for (const node of postOrder(ast)) if (node.kind === 'element') codes.add(node.code);
  return [...codes];
}

export interface IndicatorFormula {
  numerator: FormulaNode;
  /** Absent: the denominator is 1. */
  denominator?: FormulaNode | null;
  factor: number;
}

/** numerator / denominator × factor; null when either side is missing or the denominator is 0. */
export function evaluateIndicator(formula: IndicatorFormula, values: ElementValues): number | null {
  const numerator = evaluate(formula.numerator, values);
  const denominator = formula.denominator ? evaluate(formula.denominator, values) : 1;
  if (numerator === null || denominator === null || denominator === 0) return null;
  const result = (numerator / denominator) * formula.factor;
  return Number.isFinite(result) ? result : null;
}
