/** Sản phẩm CĐS (domain/dx-products.ts): every transition and refusal, overdue against a fixed today, the input checks. */
import { describe, expect, it } from 'vitest';
import {
  daysOverdue,
  evaluationProblems,
  evidenceProblems,
  PRODUCT_ACTIONS,
  PRODUCT_STATES,
  productActions,
  productInputProblems,
  productOverdue,
  productTransition,
  ProductTransitionError,
  stepDayProblems,
  type ProductAction,
  type ProductState,
} from '../../src/domain/dx-products.ts';

const TODAY = '2023-07-15';

describe('DX product transitions', () => {
  const allowed: Record<string, ProductState> = {
    'registered start': 'in_progress',
    'registered withdraw': 'withdrawn',
    'in_progress complete': 'completed',
    'in_progress withdraw': 'withdrawn',
    'completed evaluate': 'evaluated',
  };
  for (const state of PRODUCT_STATES) {
    for (const action of PRODUCT_ACTIONS) {
      const key = `${state} ${action}`;
      const next = allowed[key];
      if (next) it(`${key} → ${next}`, () => expect(productTransition(state, action)).toBe(next));
      else it(`${key} is refused`, () => expect(() => productTransition(state, action as ProductAction)).toThrow(ProductTransitionError));
    }
  }
  it('says why a completed product cannot be withdrawn and a registered one not completed', () => {
    expect(() => productTransition('completed', 'withdraw')).toThrow(/đã hoàn thành không rút đăng ký/);
    expect(() => productTransition('registered', 'complete')).toThrow(/bắt đầu thực hiện trước/);
  });
  it('lists the actions each state accepts', () => {
    expect(productActions('registered')).toEqual(['start', 'withdraw']);
    expect(productActions('in_progress')).toEqual(['complete', 'withdraw']);
    expect(productActions('completed')).toEqual(['evaluate']);
    expect(productActions('evaluated')).toEqual([]);
    expect(productActions('withdrawn')).toEqual([]);
  });
});

describe('overdue with a fixed clock', () => {
  it('is overdue only when the target date passed and the product is neither done nor withdrawn', () => {
    expect(productOverdue({ state: 'registered', targetDate: '2023-07-14' }, TODAY)).toBe(true);
    expect(productOverdue({ state: 'in_progress', targetDate: '2023-06-30' }, TODAY)).toBe(true);
    expect(productOverdue({ state: 'in_progress', targetDate: TODAY }, TODAY)).toBe(false);
    expect(productOverdue({ state: 'completed', targetDate: '2023-01-01' }, TODAY)).toBe(false);
    expect(productOverdue({ state: 'evaluated', targetDate: '2023-01-01' }, TODAY)).toBe(false);
    expect(productOverdue({ state: 'withdrawn', targetDate: '2023-01-01' }, TODAY)).toBe(false);
  });
  it('counts whole days', () => {
    expect(daysOverdue({ state: 'in_progress', targetDate: '2023-06-30' }, TODAY)).toBe(15);
    expect(daysOverdue({ state: 'completed', targetDate: '2023-06-30' }, TODAY)).toBe(0);
  });
});

describe('DX product checks', () => {
  const good = { name: 'Nền tảng số y tế', kind: 'platform', ownerUnit: '58', agency: 'Sở Y tế', year: 2023, targetDate: '2023-12-31', indicators: ['A'] };
  it('accepts a whole product and names each bad field', () => {
    expect(productInputProblems(good)).toEqual([]);
    const bad = productInputProblems({ ...good, name: ' ', kind: 'app', year: 1999, targetDate: '2023-02-30', agency: ' ', indicators: ['A', 'A'] });
    expect(bad.map((p) => p.path)).toEqual(['name', 'kind', 'year', 'targetDate', 'agency', 'indicators[1]']);
    expect(productInputProblems({ ...good, targetDate: '2022-12-31' }).map((p) => p.path)).toEqual(['targetDate']);
  });
  it('refuses a step in the future or before the previous one', () => {
    expect(stepDayProblems(TODAY, TODAY, '2023-01-01')).toEqual([]);
    expect(stepDayProblems('2023-07-16', TODAY, '2023-01-01')[0]?.message).toMatch(/sau hôm nay/);
    expect(stepDayProblems('2022-12-31', TODAY, '2023-01-01')[0]?.message).toMatch(/trước bước trước/);
    expect(stepDayProblems('2023-13-01', TODAY, '2023-01-01')[0]?.path).toBe('on');
  });
  it('requires evidence to complete: a numbered document or an http(s) link', () => {
    expect(evidenceProblems(undefined).map((p) => p.path)).toEqual(['evidence']);
    expect(evidenceProblems([]).map((p) => p.path)).toEqual(['evidence']);
    expect(evidenceProblems([{ kind: 'document', number: '12/QĐ-UBND', date: '2023-06-20' }])).toEqual([]);
    expect(evidenceProblems([{ kind: 'link', url: 'https://ninhthuan.gov.vn/sp' }])).toEqual([]);
    expect(evidenceProblems([{ kind: 'document' }, { kind: 'link', url: 'ftp://x' }]).map((p) => p.path)).toEqual(['evidence[0].number', 'evidence[1].url']);
  });
  it('requires a grade and a comment to evaluate', () => {
    expect(evaluationProblems({ grade: 'good', score: 85, comment: 'Đạt yêu cầu' })).toEqual([]);
    expect(evaluationProblems({ grade: 'great', score: 120, comment: ' ' }).map((p) => p.path)).toEqual(['grade', 'score', 'comment']);
  });
});
