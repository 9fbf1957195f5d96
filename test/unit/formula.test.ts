import { describe, expect, it } from 'vitest';
import { FormulaError, MAX_FORMULA_LENGTH, MAX_FORMULA_NESTING, parseFormula, type FormulaErrorKind, type FormulaNode } from '../../src/domain/formula.ts';
import { evaluate, evaluateIndicator, referencedElements } from '../../src/domain/formula-evaluate.ts';

function values(entries: Record<string, number | undefined>): Map<string, number | undefined> {
  return new Map(Object.entries(entries));
}

function errorOf(text: string, known?: string[]): FormulaError {
  try {
    parseFormula(text, known ? { knownElements: known } : {});
  } catch (error) {
    if (error instanceof FormulaError) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(text)} to be rejected`);
}

describe('parseFormula + evaluate', () => {
  it('follows precedence and associativity', () => {
    const v = values({});
    expect(evaluate(parseFormula('1 + 2 * 3'), v)).toBe(7);
    expect(evaluate(parseFormula('(1 + 2) * 3'), v)).toBe(9);
    expect(evaluate(parseFormula('10 - 4 - 3'), v)).toBe(3);
    expect(evaluate(parseFormula('24 / 4 / 2'), v)).toBe(3);
    expect(evaluate(parseFormula('-2 * -3'), v)).toBe(6);
    expect(evaluate(parseFormula('-(1 + 2)'), v)).toBe(-3);
    expect(evaluate(parseFormula('0.5 * 8'), v)).toBe(4);
    expect(evaluate(parseFormula('+4'), v)).toBe(4);
  });

  it('reads element references', () => {
    const ast = parseFormula('#{DVC_HS_TRUCTUYEN} / (#{DVC_HS_TONG} - #{A.b_1})');
    expect(referencedElements(ast)).toEqual(['DVC_HS_TRUCTUYEN', 'DVC_HS_TONG', 'A.b_1']);
    expect(evaluate(ast, values({ DVC_HS_TRUCTUYEN: 30, DVC_HS_TONG: 70, 'A.b_1': 10 }))).toBe(0.5);
  });

  it('lists each referenced element once', () => {
    expect(referencedElements(parseFormula('#{A} + #{B} * #{A}'))).toEqual(['A', 'B']);
    expect(referencedElements(parseFormula('3'))).toEqual([]);
  });

  it('gives null when a referenced value is missing or a denominator value is 0', () => {
    const ast = parseFormula('#{A} / #{B}');
    expect(evaluate(ast, values({ A: 1 }))).toBeNull();
    expect(evaluate(ast, values({ A: 1, B: undefined }))).toBeNull();
    expect(
      evaluate(
        ast,
        new Map([
          ['A', 1],
          ['B', null],
        ]),
      ),
    ).toBeNull();
    expect(evaluate(ast, values({ A: 1, B: 0 }))).toBeNull();
    expect(evaluate(ast, values({ A: 0, B: 4 }))).toBe(0);
  });

  it('keeps positions of nodes', () => {
    const ast = parseFormula('  #{A} + 2');
    expect(ast).toMatchObject({ kind: 'binary', operator: '+', position: 2, length: 8 });
  });
});

describe('formula errors', () => {
  const cases: Array<[string, FormulaErrorKind, number]> = [
    ['', 'empty', 0],
    ['   ', 'empty', 0],
    ['#{A} +', 'unexpected_end', 6],
    ['#{A} + * 2', 'unexpected_token', 7],
    ['(#{A} + 2', 'unclosed_parenthesis', 0],
    ['#{A} + 2)', 'unexpected_token', 8],
    ['#{A', 'unclosed_reference', 0],
    ['1 + #{ABC', 'unclosed_reference', 4],
    ['#{}', 'bad_reference', 0],
    ['#{A-B}', 'bad_reference', 3],
    ['#A', 'bad_reference', 0],
    ['2 x 3', 'unexpected_token', 2],
    ['1.2.3', 'unexpected_token', 0],
    ['#{A} 2', 'unexpected_token', 5],
    ['#{A} / 0', 'division_by_zero', 7],
    ['#{A} / (1 - 1)', 'division_by_zero', 7],
    ['#{A} / -0.0', 'division_by_zero', 7],
  ];

  it.each(cases)('%j → %s at %i', (text, kind, position) => {
    const error = errorOf(text);
    expect(error.kind).toBe(kind);
    expect(error.position).toBe(position);
    expect(error.message).toContain(`vị trí ${position}`);
    expect(error.message).toContain(`position ${position}`);
  });

  it('says what was expected', () => {
    expect(errorOf('(#{A} + 2').expected).toEqual([')']);
    expect(errorOf('#{A} +').expected).toContain('#{CODE}');
  });

  it('names an unknown element and its position', () => {
    const error = errorOf('#{A} + #{NOPE}', ['A', 'B']);
    expect(error.kind).toBe('unknown_element');
    expect(error.position).toBe(7);
    expect(error.length).toBe(7);
    expect(error.messageVi).toContain("'NOPE'");
    expect(error.messageEn).toContain("'NOPE'");
  });

  it('accepts known elements and division by a non-zero constant', () => {
    expect(() => parseFormula('#{A} / 2 + #{B}', { knownElements: new Set(['A', 'B']) })).not.toThrow();
  });
});

describe('formula limits: no input exhausts the stack', () => {
  const nested = (depth: number, inner = '1') => '('.repeat(depth) + inner + ')'.repeat(depth);

  it('refuses a formula longer than the limit, pointing at the first character past it', () => {
    const error = errorOf(nested(50_000));
    expect([error.kind, error.position, error.length]).toEqual(['too_long', MAX_FORMULA_LENGTH, 100_001 - MAX_FORMULA_LENGTH]);
    expect(error.message).toContain(`vị trí ${MAX_FORMULA_LENGTH}`);
    expect(errorOf('1+'.repeat(MAX_FORMULA_LENGTH)).kind).toBe('too_long');
  });

  it('refuses nesting deeper than the limit at the parenthesis or sign that goes past it, within the length', () => {
    const parens = errorOf(nested(MAX_FORMULA_NESTING + 1));
    expect([parens.kind, parens.position]).toEqual(['too_deep', MAX_FORMULA_NESTING]);
    const signs = errorOf(`#{A} + ${'-'.repeat(MAX_FORMULA_NESTING + 1)}1`);
    expect([signs.kind, signs.position]).toEqual(['too_deep', 7 + MAX_FORMULA_NESTING]);
    // Parentheses and signs count together: -(-(…)).
    const mixed = errorOf(`${'-('.repeat(MAX_FORMULA_NESTING)}1${')'.repeat(MAX_FORMULA_NESTING)}`);
    expect([mixed.kind, mixed.position]).toEqual(['too_deep', MAX_FORMULA_NESTING]);
  });

  it('accepts nesting up to the limit and a sum as long as the length allows', () => {
    expect(evaluate(parseFormula(nested(MAX_FORMULA_NESTING, '#{A}')), values({ A: 7 }))).toBe(7);
    expect(evaluate(parseFormula(`${'-'.repeat(MAX_FORMULA_NESTING)}3`), values({}))).toBe(3);
    const terms = Math.floor((MAX_FORMULA_LENGTH + 1) / 2);
    const sum = parseFormula(Array(terms).fill('1').join('+'));
    expect(evaluate(sum, values({}))).toBe(terms);
    expect(() =>
      parseFormula(
        `${Array(terms - 2)
          .fill('1')
          .join('+')}/0`,
      ),
    ).toThrow(FormulaError);
  });

  it('evaluates and lists references of a tree of any depth without recursion', () => {
    // Deeper than any parser output: 200,000 levels, a left-leaning sum #{A} + 1 + 1 + ….
    let node: FormulaNode = { kind: 'element', code: 'A', position: 0, length: 4 };
    for (let i = 0; i < 200_000; i++)
      node = { kind: 'binary', operator: '+', left: node, right: { kind: 'number', value: 1, position: 0, length: 1 }, position: 0, length: 1 };
    for (let i = 0; i < 100_000; i++) node = { kind: 'negate', operand: node, position: 0, length: 1 };
    expect(evaluate(node, values({ A: 1 }))).toBe(200_001);
    expect(referencedElements(node)).toEqual(['A']);
  });
});

describe('evaluateIndicator', () => {
  it('numerator / denominator × factor, ratio of the given sums', () => {
    const formula = { numerator: parseFormula('#{XA_CAP_QUANG}'), denominator: parseFormula('#{XA_TONG}'), factor: 100 };
    expect(evaluateIndicator(formula, values({ XA_CAP_QUANG: 585, XA_TONG: 624 }))).toBeCloseTo(93.75, 10);
    expect(evaluateIndicator(formula, values({ XA_CAP_QUANG: 585, XA_TONG: 0 }))).toBeNull();
    expect(evaluateIndicator(formula, values({ XA_TONG: 624 }))).toBeNull();
  });

  it('without a denominator divides by 1', () => {
    expect(evaluateIndicator({ numerator: parseFormula('#{A} + 1'), factor: 2 }, values({ A: 4 }))).toBe(10);
  });
});
