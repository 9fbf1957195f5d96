/**
 * Indicator formulas: expressions over data element references `#{CODE}`, numbers (12, 0.5),
 * + - * /, parentheses and unary minus. A small recursive-descent parser:
 *
 *   expression := term (('+' | '-') term)*
 *   term       := unary (('*' | '/') unary)*
 *   unary      := ('-' | '+') unary | primary
 *   primary    := NUMBER | '#{' CODE '}' | '(' expression ')'
 *
 * Every node keeps its position (0-based character offset) so errors can point at the text.
 *
 * Bounded so that no formula can exhaust the stack: at most MAX_FORMULA_LENGTH characters and MAX_FORMULA_NESTING
 * nested parentheses and signs (the parser's only recursion), each refused with a positioned error; the walks over
 * a parsed formula (here and in formula-evaluate.ts) go through `postOrder`, a loop, since a long sum is a deep
 * tree (`1 + 1 + … + 1` leans left, one level per term).
 */

/** Letters (no accents), digits, '_' and '.'. Also the rule for data element codes. */
export const ELEMENT_CODE_PATTERN = /^[A-Za-z0-9_.]+$/;
const CODE_CHAR = /[A-Za-z0-9_.]/;
const NUMBER = /[0-9]+(\.[0-9]+)?/y;

/** The longest formula accepted, in characters (an indicator's numerator, a rule's side). */
export const MAX_FORMULA_LENGTH = 5000;
/** The deepest nesting of parentheses and signs accepted: `((1))` and `-(-1)` are 2. */
export const MAX_FORMULA_NESTING = 50;

export type FormulaNode =
  | { kind: 'number'; value: number; position: number; length: number }
  | { kind: 'element'; code: string; position: number; length: number }
  | { kind: 'negate'; operand: FormulaNode; position: number; length: number }
  | { kind: 'binary'; operator: '+' | '-' | '*' | '/'; left: FormulaNode; right: FormulaNode; position: number; length: number };

export type FormulaErrorKind =
  | 'empty'
  | 'unexpected_token'
  | 'unexpected_end'
  | 'unclosed_parenthesis'
  | 'unclosed_reference'
  | 'bad_reference'
  | 'unknown_element'
  | 'division_by_zero'
  | 'too_long'
  | 'too_deep';

/** A formula that cannot be used; `message` is Vietnamese, then English. */
export class FormulaError extends Error {
  readonly kind: FormulaErrorKind;
  /** 0-based character offset of the offending text. */
  readonly position: number;
  readonly length: number;
  /** What the parser would have accepted here, when that is a short list. */
  readonly expected?: string[];
  readonly messageVi: string;
  readonly messageEn: string;

  constructor(kind: FormulaErrorKind, vi: string, en: string, position: number, length: number, expected?: string[]) {
    super(`${vi} (vị trí ${position}) — ${en} (position ${position})`);
    this.name = 'FormulaError';
    this.kind = kind;
    this.position = position;
    this.length = length;
    this.messageVi = vi;
    this.messageEn = en;
    if (expected) this.expected = expected;
  }
}

export interface ParseFormulaOptions {
  /** When given, a reference to a code outside this set is an error. */
  knownElements?: ReadonlySet<string> | readonly string[];
}

type Token =
  | { type: 'number'; value: number; text: string; position: number }
  | { type: 'element'; code: string; text: string; position: number }
  | { type: 'op'; text: '+' | '-' | '*' | '/' | '(' | ')'; position: number }
  | { type: 'end'; text: ''; position: number };

const OPERAND_START = ['number', '#{CODE}', '(', '-'];

/** Parses a formula; throws FormulaError pointing at the first problem. */
export function parseFormula(text: string, options: ParseFormulaOptions = {}): FormulaNode {
  if (text.length > MAX_FORMULA_LENGTH) {
    throw new FormulaError(
      'too_long',
      `Công thức dài quá ${MAX_FORMULA_LENGTH} ký tự (dài ${text.length})`,
      `formula longer than ${MAX_FORMULA_LENGTH} characters (${text.length})`,
      MAX_FORMULA_LENGTH,
      text.length - MAX_FORMULA_LENGTH,
    );
  }
  const tokens = tokenize(text);
  if (tokens.length === 1) throw new FormulaError('empty', 'Công thức trống', 'empty formula', 0, text.length);
  const parser = new Parser(tokens);
  const ast = parser.expression();
  parser.expectEnd();
  checkDivisions(ast);
  if (options.knownElements) checkKnown(ast, new Set(options.knownElements));
  return ast;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (/\s/.test(ch)) {
      i++;
    } else if (/[0-9]/.test(ch)) {
      NUMBER.lastIndex = i;
      const match = NUMBER.exec(text) as RegExpExecArray;
      const numberText = match[0];
      if (text.charAt(i + numberText.length) === '.') {
        throw new FormulaError('unexpected_token', `Số không hợp lệ '${numberText}.'`, `malformed number '${numberText}.'`, i, numberText.length + 1);
      }
      tokens.push({ type: 'number', value: Number(numberText), text: numberText, position: i });
      i += numberText.length;
    } else if (ch === '#') {
      const token = readReference(text, i);
      tokens.push(token);
      i += token.text.length;
    } else if ('+-*/()'.includes(ch)) {
      tokens.push({ type: 'op', text: ch as '+', position: i });
      i++;
    } else {
      throw new FormulaError('unexpected_token', `Ký tự không hợp lệ '${ch}'`, `unexpected character '${ch}'`, i, 1, [...OPERAND_START, '+', '*', '/', ')']);
    }
  }
  tokens.push({ type: 'end', text: '', position: text.length });
  return tokens;
}

function readReference(text: string, start: number): Token {
  if (text.charAt(start + 1) !== '{') {
    throw new FormulaError('bad_reference', "Sau '#' phải là '{'", "expected '{' after '#'", start, 1, ['#{CODE}']);
  }
  let i = start + 2;
  while (i < text.length && CODE_CHAR.test(text.charAt(i))) i++;
  if (i >= text.length) {
    throw new FormulaError('unclosed_reference', "Thiếu '}' đóng tham chiếu '#{'", "unclosed '#{': missing '}'", start, text.length - start, ['}']);
  }
  if (text.charAt(i) !== '}') {
    const ch = text.charAt(i);
    throw new FormulaError(
      'bad_reference',
      `Ký tự '${ch}' không được dùng trong mã phần tử (chỉ chữ không dấu, số, _ và .)`,
      `character '${ch}' is not allowed in an element code (letters, digits, _ and . only)`,
      i,
      1,
      ['}'],
    );
  }
  const code = text.slice(start + 2, i);
  if (code === '') throw new FormulaError('bad_reference', "Mã phần tử trống trong '#{}'", "empty element code in '#{}'", start, 3, ['CODE']);
  return { type: 'element', code, text: text.slice(start, i + 1), position: start };
}

class Parser {
  private at = 0;
  /** Parentheses and signs open around the current token. */
  private depth = 0;
  constructor(private readonly tokens: Token[]) {}

  /** Enters one more level of nesting at `token`, refusing to go past MAX_FORMULA_NESTING. */
  private nest(token: Token): void {
    if (++this.depth > MAX_FORMULA_NESTING) {
      throw new FormulaError(
        'too_deep',
        `Công thức lồng nhau quá ${MAX_FORMULA_NESTING} mức (dấu ngoặc và dấu âm/dương)`,
        `formula nested deeper than ${MAX_FORMULA_NESTING} levels (parentheses and signs)`,
        token.position,
        1,
      );
    }
  }

  private peek(): Token {
    return this.tokens[this.at] as Token;
  }

  private isOp(text: string): boolean {
    const token = this.peek();
    return token.type === 'op' && token.text === text;
  }

  expression(): FormulaNode {
    let left = this.term();
    while (this.isOp('+') || this.isOp('-')) {
      const operator = this.peek().text as '+' | '-';
      this.at++;
      left = binary(operator, left, this.term());
    }
    return left;
  }

  private term(): FormulaNode {
    let left = this.unary();
    while (this.isOp('*') || this.isOp('/')) {
      const operator = this.peek().text as '*' | '/';
      this.at++;
      left = binary(operator, left, this.unary());
    }
    return left;
  }

  private unary(): FormulaNode {
    const token = this.peek();
    if (this.isOp('-') || this.isOp('+')) {
      this.nest(token);
      this.at++;
      const operand = this.unary();
      this.depth--;
      const length = operand.position + operand.length - token.position;
      return token.text === '-' ? { kind: 'negate', operand, position: token.position, length } : { ...operand, position: token.position, length };
    }
    return this.primary();
  }

  private primary(): FormulaNode {
    const token = this.peek();
    if (token.type === 'number') {
      this.at++;
      return { kind: 'number', value: token.value, position: token.position, length: token.text.length };
    }
    if (token.type === 'element') {
      this.at++;
      return { kind: 'element', code: token.code, position: token.position, length: token.text.length };
    }
    if (this.isOp('(')) {
      this.nest(token);
      this.at++;
      const inner = this.expression();
      this.depth--;
      const close = this.peek();
      if (!this.isOp(')')) {
        if (close.type === 'end') {
          throw new FormulaError('unclosed_parenthesis', "Thiếu dấu ')' cho dấu '(' mở", "unclosed parenthesis: missing ')'", token.position, 1, [')']);
        }
        throw unexpected(close, [')', '+', '-', '*', '/']);
      }
      this.at++;
      return { ...inner, position: token.position, length: close.position + 1 - token.position };
    }
    throw unexpected(token, OPERAND_START);
  }

  expectEnd(): void {
    const token = this.peek();
    if (token.type !== 'end') throw unexpected(token, ['+', '-', '*', '/', 'end']);
  }
}

function binary(operator: '+' | '-' | '*' | '/', left: FormulaNode, right: FormulaNode): FormulaNode {
  return { kind: 'binary', operator, left, right, position: left.position, length: right.position + right.length - left.position };
}

function unexpected(token: Token, expected: string[]): FormulaError {
  if (token.type === 'end') {
    return new FormulaError(
      'unexpected_end',
      'Công thức kết thúc đột ngột, còn thiếu toán hạng',
      'unexpected end of formula, an operand is missing',
      token.position,
      0,
      expected,
    );
  }
  return new FormulaError('unexpected_token', `Không mong đợi '${token.text}'`, `unexpected '${token.text}'`, token.position, token.text.length, expected);
}

/** Parsed formulas are never changed, so each one's order is worked out once (an indicator is evaluated per unit). */
const POST_ORDER = new WeakMap<FormulaNode, readonly FormulaNode[]>();

/**
 * Every node of a formula, each after its operands (left before right), without recursion: a long sum is a tree as
 * deep as it has terms. The walks over formulas (checks here, evaluation in formula-evaluate.ts) are loops over it.
 */
export function postOrder(root: FormulaNode): readonly FormulaNode[] {
  const cached = POST_ORDER.get(root);
  if (cached) return cached;
  const out: FormulaNode[] = [];
  const stack: Array<{ node: FormulaNode; expanded: boolean }> = [{ node: root, expanded: false }];
  while (stack.length > 0) {
    const top = stack.pop()!;
    if (top.expanded || top.node.kind === 'number' || top.node.kind === 'element') {
      out.push(top.node);
      continue;
    }
    stack.push({ node: top.node, expanded: true });
    if (top.node.kind === 'negate') stack.push({ node: top.node.operand, expanded: false });
    else stack.push({ node: top.node.right, expanded: false }, { node: top.node.left, expanded: false });
  }
  POST_ORDER.set(root, out);
  return out;
}

/** Folds a formula bottom-up: `leaf` for numbers and references, `combine` for the rest given its operands' results. */
export function foldFormula<T>(
  root: FormulaNode,
  leaf: (node: Extract<FormulaNode, { kind: 'number' | 'element' }>) => T,
  combine: (node: Extract<FormulaNode, { kind: 'negate' | 'binary' }>, operands: T[]) => T,
): T {
  const results = new Map<FormulaNode, T>();
  for (const node of postOrder(root)) {
    if (node.kind === 'number' || node.kind === 'element') results.set(node, leaf(node));
    else if (node.kind === 'negate') results.set(node, combine(node, [results.get(node.operand) as T]));
    else results.set(node, combine(node, [results.get(node.left) as T, results.get(node.right) as T]));
  }
  return results.get(root) as T;
}

/** Rejects division by a constant zero: `#{A} / 0`, `#{A} / (1 - 1)` (the first such division, operands first). */
function checkDivisions(root: FormulaNode): void {
  foldFormula<number | undefined>(
    root,
    (node) => (node.kind === 'number' ? node.value : undefined),
    (node, [l, r]) => {
      if (node.kind === 'negate') return l === undefined ? undefined : -l;
      if (node.operator === '/' && r === 0)
        throw new FormulaError('division_by_zero', 'Chia cho số 0', 'division by zero', node.right.position, node.right.length);
      return constant(node.operator, l, r);
    },
  );
}

/** The value of an operation over constants; undefined when either side refers to an element. */
function constant(operator: '+' | '-' | '*' | '/', l: number | undefined, r: number | undefined): number | undefined {
  if (l === undefined || r === undefined) return undefined;
  return operator === '+' ? l + r : operator === '-' ? l - r : operator === '*' ? l * r : l / r;
}

/** The first reference (left to right) to a code outside `known`. */
function checkKnown(root: FormulaNode, known: ReadonlySet<string>): void {
  for (const node of postOrder(root)) {
    if (node.kind === 'element' && !known.has(node.code)) {
      throw new FormulaError(
        'unknown_element',
        `Không có phần tử dữ liệu mã '${node.code}'`,
        `unknown data element '${node.code}'`,
        node.position,
        node.length,
      );
    }
  }
}
