/**
 * Published results as entered: a sheet read into rows (vi-VN numbers, `CODE.rank` columns, unknown columns
 * refused), and rows checked whole and turned into results — named problems for unknown units and codes,
 * out-of-range values, duplicates, a total that disagrees with its main indices, a stated rank change that
 * disagrees with the previous edition; ranks as published (ties kept) or, for a complete table without ranks,
 * ranked with ties; totals from main indices marked derived; no rank change for a merged unit.
 */
import { describe, expect, it } from 'vitest';
import { dtiProvince922 } from '../../src/domain/frameworks/dti-province-922.ts';
import { dtiProvince405 } from '../../src/domain/frameworks/dti-province-405.ts';
import { readPublishedTable } from '../../src/domain/frameworks/published-file.ts';
import { buildPublishedResults, type PublishedContext } from '../../src/domain/frameworks/published-results.ts';

const E2022 = dtiProvince922('2022');
const units = (codes: string[]) => new Map(codes.map((c) => [c, `Tỉnh ${c}`]));
const SIXTY_THREE = units(Array.from({ length: 63 }, (_, i) => String(i + 1).padStart(2, '0')));
const context = (over: Partial<PublishedContext> = {}): PublishedContext => ({
  units: SIXTY_THREE,
  previousRanks: new Map(),
  predecessors: new Map(),
  where: 'cấp province ngày 2022-12-31',
  ...over,
});
const kinds = (problems: Array<{ message: string }>) => problems.map((p) => /^\[(\w+)\]/.exec(p.message)?.[1]);

const DA_NANG = {
  NHAN_THUC_SO: 1,
  THE_CHE_SO: 0.9,
  HA_TANG_SO: 0.8253,
  NHAN_LUC_SO: 0.8487,
  AN_TOAN_THONG_TIN: 0.7578,
  HOAT_DONG_CQS: 0.8575,
  KINH_TE_SO: 0.7836,
  XA_HOI_SO: 0.5197,
};
const mainOf = (values: Record<string, number>) => Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { value: v }]));

describe('readPublishedTable', () => {
  it('reads vi-VN numbers, main-index and pillar columns with their ranks, derived lists and notes', () => {
    const { rows, problems } = readPublishedTable(
      ['unit', 'name', 'score', 'rank', 'rank_change', 'HA_TANG_SO', 'CQS.rank', 'derived', 'note'],
      [
        { rowNumber: 2, cells: ['58', 'Ninh Thuận', '0,5934', '27', '26', null, null, null, 'bài 2023'] },
        { rowNumber: 3, cells: ['67', 'Đắk Nông', null, 41, null, '0,8253', '52', 'rank', null] },
        { rowNumber: 4, cells: [null, null, null, null, null, null, null, null, null] },
      ],
      E2022,
    );
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { unit: '58', score: 0.5934, rank: 27, rankChange: 26, note: 'bài 2023' },
      { unit: '67', rank: 41, mainIndices: { HA_TANG_SO: { value: 0.8253 } }, pillars: { CQS: { rank: 52 } }, derived: ['rank'] },
    ]);
  });

  it('names unknown columns, a missing unit column and cells that are not numbers (a percentage included)', () => {
    const { problems } = readPublishedTable(['score', 'KHONG_CO'], [{ rowNumber: 2, cells: ['59,34%', 'x'] }], E2022);
    expect(kinds(problems)).toEqual(['unknown_column', 'missing_column', 'not_a_number']);
    expect(problems[0]!.path).toBe('header[1]');
    expect(problems[2]!.path).toBe('rows[2].score');
  });
});

describe('buildPublishedResults', () => {
  it('keeps the published rank and total, measures the rank change against the previous edition and grades', () => {
    const { results, problems } = buildPublishedResults(
      E2022,
      [{ unit: '58', score: 0.5934, rank: 27, rankChange: 26 }],
      context({ previousRanks: new Map([['58', 53]]) }),
    );
    expect(problems).toEqual([]);
    expect(results[0]).toMatchObject({ unitCode: '58', unitName: 'Tỉnh 58', score: 0.5934, rank: 27, rankChange: 26, grade: { code: 'average' }, derived: [] });
  });

  it('derives a total from all the main indices (0,8002 for Đà Nẵng) and marks it derived; no rank for a partial table', () => {
    const { results } = buildPublishedResults(E2022, [{ unit: '48', mainIndices: mainOf(DA_NANG) }], context());
    expect(results[0]!.score).toBeCloseTo(0.8002, 4);
    expect(results[0]!.derived).toEqual(['score']);
    expect(results[0]!.rank).toBeNull();
    expect(results[0]!.mainIndices.find((m) => m.code === 'HA_TANG_SO')).toMatchObject({ value: 0.8253, basis: 'published', points: 82.53 });
  });

  it('keeps published pillar ranks and published ties (1, 2, 2, 4)', () => {
    const rows = [
      { unit: '01', rank: 1 },
      { unit: '02', rank: 2 },
      { unit: '03', rank: 2 },
      { unit: '04', rank: 4, pillars: { CQS: { rank: 52 }, XHS: { value: 0.61, rank: 18 } } },
    ];
    const { results } = buildPublishedResults(E2022, rows, context());
    expect(results.map((r) => r.rank)).toEqual([1, 2, 2, 4]);
    expect(results[3]!.pillars).toEqual([
      { code: 'CQS', points: 0, maxPoints: 0, value: null, rank: 52 },
      { code: 'KTS', points: 0, maxPoints: 0, value: null },
      { code: 'XHS', points: 0, maxPoints: 0, value: 0.61, rank: 18 },
    ]);
  });

  it('ranks a complete table without ranks with ties over the totals, marked derived', () => {
    const four = units(['01', '02', '03', '04']);
    const rows = [
      { unit: '01', score: 0.7 },
      { unit: '02', score: 0.9 },
      { unit: '03', score: 0.7 },
      { unit: '04', score: 0.5 },
    ];
    const { results } = buildPublishedResults(E2022, rows, context({ units: four }));
    expect(results.map((r) => [r.unitCode, r.rank])).toEqual([
      ['01', 2],
      ['02', 1],
      ['03', 2],
      ['04', 4],
    ]);
    expect(results[0]!.derived).toEqual(['rank']);
  });

  it('names every problem of the file and returns no result', () => {
    const { results, problems } = buildPublishedResults(
      E2022,
      [
        { unit: '99', score: 0.5 },
        { unit: '58', score: 1.5, rank: 64 },
        { unit: '58', rank: 27.5 },
        { unit: '48', mainIndices: { KHONG_CO: { value: 0.5 }, HA_TANG_SO: { value: -1 } } },
        { unit: '06' },
        { unit: '07', rank: 3, derived: ['score'] },
        { rank: 3 },
        'not a row',
      ],
      context(),
    );
    expect(results).toEqual([]);
    expect(kinds(problems)).toEqual([
      'unknown_unit',
      'out_of_range',
      'out_of_range',
      'duplicate_unit',
      'not_an_integer',
      'unknown_code',
      'out_of_range',
      'empty_row',
      'unknown_field',
      'missing_unit',
      'not_an_object',
    ]);
    expect(problems.map((p) => p.path)).toContain('results[1].rank');
    expect(problems.find((p) => p.path === 'results[0].unit')!.message).toContain('không có đơn vị mã 99');
  });

  it('refuses a total that disagrees with its main indices, and a stated rank change that disagrees with the previous rank', () => {
    const { problems } = buildPublishedResults(
      E2022,
      [
        { unit: '48', score: 0.75, mainIndices: mainOf(DA_NANG) },
        { unit: '58', rank: 27, rankChange: 20 },
      ],
      context({ previousRanks: new Map([['58', 53]]) }),
    );
    expect(kinds(problems)).toEqual(['total_mismatch', 'rank_change_mismatch']);
  });

  it('leaves the rank change of a merged unit empty (its predecessors ranked among 63) and lists the predecessors', () => {
    const { results } = buildPublishedResults(
      dtiProvince405('2024'),
      [{ unit: '68', score: 0.6, rank: 10 }],
      context({
        units: units(Array.from({ length: 34 }, (_, i) => String(i + 50))),
        previousRanks: new Map([['68', 30]]),
        predecessors: new Map([['68', ['60', '67', '68']]]),
      }),
    );
    expect(results[0]).toMatchObject({ rank: 10, rankChange: null, predecessors: ['60', '67', '68'] });
  });
});
