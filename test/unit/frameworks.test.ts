import { describe, expect, it } from 'vitest';
import { validateEdition, validateFramework } from '../../src/domain/frameworks/validate-edition.ts';
import { SHIPPED_BUNDLES } from '../../src/domain/frameworks/shipped.ts';
import { bundleElements } from '../../src/domain/frameworks/bundle-elements.ts';
import { averageOfScoredUnits, scoreUnitInputs } from '../../src/domain/frameworks/score-inputs.ts';
import { diffResults, type DiffableResult } from '../../src/domain/frameworks/run-diff.ts';
import { dtiProvince922 } from '../../src/domain/frameworks/dti-province-922.ts';
import { dtiProvince405 } from '../../src/domain/frameworks/dti-province-405.ts';
import { totalPoints } from '../../src/domain/framework.ts';
import { validateDataElement } from '../../src/domain/metadata.ts';
import type { EditionDefinition } from '../../src/domain/frameworks/types.ts';

const paths = (problems: Array<{ path: string }>) => problems.map((p) => p.path);

describe('shipped definitions', () => {
  it('every framework, edition and element is valid', () => {
    for (const bundle of SHIPPED_BUNDLES) {
      expect(validateFramework(bundle.framework)).toEqual([]);
      for (const edition of bundle.editions) expect(validateEdition(edition, bundle.framework.code), `${bundle.framework.code} ${edition.edition}`).toEqual([]);
      for (const element of bundleElements(bundle)) expect(validateDataElement(element).problems).toEqual([]);
    }
  });

  it('DTI 922: 1,000 points over eight scored main indices, Đô thị thông minh unscored; 405 states its assumptions', () => {
    const e = dtiProvince922('2022');
    expect(totalPoints(e)).toBe(1000);
    expect(e.mainIndices.filter((m) => m.scored !== false)).toHaveLength(8);
    expect(e.mainIndices.find((m) => m.code === 'DO_THI_THONG_MINH')?.scored).toBe(false);
    const e405 = dtiProvince405();
    expect(e405.legalBasis).toContain('405/QĐ-BKHCN');
    expect(e405.note).toMatch(/GIẢ ĐỊNH/);
    expect(e405.previousEdition).toBe('2023');
  });

  it('derives one yearly number element per published main index', () => {
    const codes = bundleElements(SHIPPED_BUNDLES[0]!).map((e) => e.code);
    expect(codes).toContain('DTI_TINH.HOAT_DONG_CQS');
    expect(new Set(codes).size).toBe(codes.length);
  });
});

describe('validateEdition', () => {
  const base = (): EditionDefinition => structuredClone(SHIPPED_BUNDLES[1]!.editions[0]!);

  it('names every problem by its path', () => {
    const e = base() as unknown as Record<string, unknown> & EditionDefinition;
    e.mainIndices[0]!.components[1]!.code = 'KE_HOACH'; // duplicate
    e.mainIndices[1]!.maxPoints = -1;
    e.mainIndices[1]!.components[1]!.rule = {
      kind: 'steps',
      steps: [
        { min: 1, points: 5 },
        { min: 1, points: 6 },
      ],
    };
    e.mainIndices[1]!.components[2]!.rule = { kind: 'minmax', worst: 3, best: 3 };
    e.mainIndices[2]!.components[0]!.rule = { kind: 'target', target: 0 };
    e.mainIndices[0]!.components[0]!.pillars = ['NOPE'];
    e.mainIndices[0]!.components[0]!.source = { element: 'A', indicator: 'B' } as never;
    (e.mainIndices[0]!.components[1]! as unknown as Record<string, unknown>).rule = { kind: 'fancy' };
    e.validFrom = '20244';
    e.extra = 1;
    const problems = paths(validateEdition(e, 'VIDU_DTI_SO'));
    expect(problems).toEqual(
      expect.arrayContaining([
        'edition.mainIndices[0].components[1].code',
        'edition.mainIndices[1].maxPoints',
        'edition.mainIndices[1].components[1].rule.steps[1].min',
        'edition.mainIndices[1].components[2].rule.best',
        'edition.mainIndices[2].components[0].rule.target',
        'edition.mainIndices[0].components[0].pillars[0]',
        'edition.mainIndices[0].components[0].source',
        'edition.mainIndices[0].components[1].rule.kind',
        'edition.validFrom',
        'edition.extra',
      ]),
    );
    expect(paths(validateEdition(base(), 'OTHER'))).toEqual(['edition.framework']);
    expect(paths(validateFramework({ code: 'X', name: 'x', nameEn: 'x', level: 'district' }))).toEqual(['framework.level']);
  });
});

describe('scoreUnitInputs', () => {
  const edition = dtiProvince922('2022');

  it('uses published main-index values as they are; a unit without data has no score', () => {
    const published = new Map([
      ['NHAN_THUC_SO', 1],
      ['HOAT_DONG_CQS', 0.5],
    ]);
    const s = scoreUnitInputs(edition, { published, components: new Map() });
    expect(s.points).toBeCloseTo(100 + 100, 12);
    expect(s.score).toBeCloseTo(0.2, 12);
    expect(s.mainIndices.find((m) => m.code === 'THE_CHE_SO')).toMatchObject({ value: null, basis: 'none' });
    expect(scoreUnitInputs(edition, { published: new Map(), components: new Map() }).score).toBeNull();
  });

  it('averages predecessors per index, leaving out those without a value', () => {
    const a = scoreUnitInputs(edition, {
      published: new Map([
        ['NHAN_THUC_SO', 0.2],
        ['THE_CHE_SO', 0.4],
      ]),
      components: new Map(),
    });
    const b = scoreUnitInputs(edition, { published: new Map([['NHAN_THUC_SO', 0.6]]), components: new Map() });
    const m = averageOfScoredUnits(edition, [a, b]);
    expect(m.mainIndices.find((x) => x.code === 'NHAN_THUC_SO')!.value).toBeCloseTo(0.4, 12);
    expect(m.mainIndices.find((x) => x.code === 'THE_CHE_SO')!.value).toBeCloseTo(0.4, 12);
    expect(m.score).toBeCloseTo((0.4 * 100 + 0.4 * 100) / 1000, 12);
  });
});

describe('diffResults', () => {
  const r = (unitCode: string, score: number | null, rank: number | null, comp: number): DiffableResult => ({
    unitCode,
    unitName: unitCode,
    score,
    rank,
    mainIndices: [{ code: 'M', value: score }],
    components: [{ code: 'C', value: comp, points: comp * 10 }],
  });
  it('reports changed, unchanged, added and removed units with the changed parts', () => {
    const d = diffResults([r('a', 0.5, 1, 1), r('b', 0.4, 2, 2), r('gone', 0.1, 3, 0)], [r('a', 0.5, 2, 1), r('b', 0.6, 1, 3), r('new', 0.2, 3, 0)]);
    const by = new Map(d.map((x) => [x.unitCode, x]));
    expect(by.get('a')).toMatchObject({ change: 'changed', rankBefore: 1, rankAfter: 2, components: [], mainIndices: [] });
    expect(by.get('b')).toMatchObject({ change: 'changed', scoreBefore: 0.4, scoreAfter: 0.6, mainIndices: [{ code: 'M', before: 0.4, after: 0.6 }] });
    expect(by.get('b')!.components).toEqual([{ code: 'C', before: { value: 2, points: 20 }, after: { value: 3, points: 30 } }]);
    expect(by.get('new')!.change).toBe('added');
    expect(by.get('gone')!.change).toBe('removed');
    expect(diffResults([r('a', 0.5, 1, 1)], [r('a', 0.5, 1, 1)])[0]!.change).toBe('unchanged');
  });
});
