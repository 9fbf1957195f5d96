import { describe, expect, it } from 'vitest';
import { averageOfPredecessors, scoreUnit, totalFromMainIndices, type FrameworkEdition } from '../../src/domain/framework.ts';
import { dtiProvince922 } from '../../src/domain/frameworks/dti-province-922.ts';
import { gradeFor, rankChange, rankWithTies } from '../../src/domain/ranking.ts';
import { scoreComponent } from '../../src/domain/scoring-rules.ts';

const DTI_2022 = dtiProvince922('2022');
const codes = DTI_2022.mainIndices.map((m) => m.code);

describe('provincial DTI from published main indices', () => {
  it('Đà Nẵng 2022: main indices 1,0000 … 0,5197 give DTI 0,8002', () => {
    const published = [1.0, 0.9, 0.8253, 0.8487, 0.7578, 0.8575, 0.7836, 0.5197];
    const values = new Map(published.map((v, i) => [codes[i]!, v]));
    const result = totalFromMainIndices(DTI_2022, values);
    expect(result.maxPoints).toBe(1000);
    expect(Number(result.score.toFixed(4))).toBe(0.8002);
  });

  it('a merged unit uses the average of its predecessors main indices', () => {
    const a = new Map([
      ['NHAN_THUC_SO', 0.8],
      ['THE_CHE_SO', 0.6],
    ]);
    const b = new Map([
      ['NHAN_THUC_SO', 0.4],
      ['THE_CHE_SO', 0.9],
    ]);
    const avg = averageOfPredecessors([a, b]);
    expect(avg.get('NHAN_THUC_SO')).toBeCloseTo(0.6, 12);
    expect(avg.get('THE_CHE_SO')).toBeCloseTo(0.75, 12);
  });
});

describe('scoreUnit over components', () => {
  const edition: FrameworkEdition = {
    framework: 'DTI_SO',
    edition: '2024',
    name: 'DTI cấp sở (thử)',
    legalBasis: 'test',
    pillars: [{ code: 'CQS', name: 'Chính quyền số' }],
    mainIndices: [
      {
        code: 'M1',
        name: 'Thể chế số',
        maxPoints: 60,
        components: [
          { code: 'C1', name: 'Ban hành kế hoạch', maxPoints: 10, rule: { kind: 'boolean' }, pillars: ['CQS'] },
          { code: 'C2', name: 'Tỷ lệ hồ sơ trực tuyến', maxPoints: 20, rule: { kind: 'ratio', percent: true }, pillars: ['CQS'] },
        ],
      },
      {
        code: 'M2',
        name: 'Hạ tầng',
        maxPoints: 40,
        components: [
          {
            code: 'C3',
            name: 'Băng thông',
            maxPoints: 40,
            rule: {
              kind: 'steps',
              steps: [
                { min: 0, points: 0 },
                { min: 100, points: 20 },
                { min: 500, points: 40 },
              ],
            },
          },
        ],
      },
    ],
  };

  it('sums points, keeps main-index maxima, computes pillars apart and lists what is missing', () => {
    const result = scoreUnit(
      edition,
      new Map<string, number | boolean>([
        ['C1', true],
        ['C2', 81.17],
      ]),
    );
    // M1: (10 + 16.234) / 30 of 60 points; M2: missing → 0
    expect(result.mainIndices[0]!.value).toBeCloseTo(26.234 / 30, 9);
    expect(result.points).toBeCloseTo((26.234 / 30) * 60, 9);
    expect(result.score).toBeCloseTo(((26.234 / 30) * 60) / 100, 9);
    expect(result.pillars[0]!.value).toBeCloseTo(26.234 / 30, 9);
    expect(result.missing).toEqual(['C3']);
  });
});

describe('scoring rules', () => {
  it('each kind', () => {
    expect(scoreComponent({ kind: 'ratio' }, 0.5, 10)).toBe(5);
    expect(scoreComponent({ kind: 'ratio', percent: true }, 120, 10)).toBe(10);
    expect(
      scoreComponent(
        {
          kind: 'steps',
          steps: [
            { min: 50, points: 5 },
            { min: 80, points: 10 },
          ],
        },
        79,
        10,
      ),
    ).toBe(5);
    expect(scoreComponent({ kind: 'categorical', points: { 'đã ban hành': 10, chưa: 0 } }, 'đã ban hành', 10)).toBe(10);
    expect(() => scoreComponent({ kind: 'categorical', points: { a: 1 } }, 'b', 10)).toThrow(/danh mục/);
    expect(scoreComponent({ kind: 'boolean' }, 'có', 4)).toBe(4);
    expect(scoreComponent({ kind: 'minmax', worst: 20, best: 80 }, 50, 10)).toBeCloseTo(5, 12);
    expect(scoreComponent({ kind: 'minmax', worst: 10, best: 2 }, 4, 10)).toBeCloseTo(7.5, 12);
    expect(scoreComponent({ kind: 'target', target: 70 }, 35, 10)).toBeCloseTo(5, 12);
    expect(scoreComponent({ kind: 'target', target: 5, lowerIsBetter: true }, 10, 10)).toBeCloseTo(5, 12);
    expect(scoreComponent({ kind: 'ratio' }, null, 10)).toBeNull();
  });
});

describe('ranking', () => {
  it('ties share a rank and the next rank is skipped (1, 2, 2, 4); unscored units are unranked', () => {
    const ranked = rankWithTies([
      { key: 'a', score: 0.9 },
      { key: 'b', score: 0.8 },
      { key: 'c', score: 0.80001 },
      { key: 'd', score: 0.7 },
      { key: 'e', score: null },
    ]);
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 2, 4, null]);
  });
  it('rank change and grade', () => {
    expect(rankChange(53, 27)).toBe(26);
    expect(rankChange(null, 27)).toBeNull();
    expect(gradeFor(0.8002)?.label).toBe('Tốt');
    expect(gradeFor(0.5934)?.label).toBe('Trung bình');
  });
});
