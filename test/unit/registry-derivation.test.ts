import { describe, expect, it } from 'vitest';
import { derivationProblem, parseDerivation } from '../../src/domain/registry-measures.ts';
import { validateDataElement } from '../../src/domain/metadata.ts';

describe('registry derivations (derivedFrom)', () => {
  it('reads a plain measure with an empty filter', () => {
    expect(parseDerivation('products.completed')).toEqual({ measure: 'products.completed', registry: 'products', filter: {} });
  });

  it('reads the filters a registry allows', () => {
    expect(parseDerivation('dossiers.received_online?field=DAT_DAI&level=full')).toEqual({
      measure: 'dossiers.received_online',
      registry: 'dossiers',
      filter: { field: 'DAT_DAI', level: 'full' },
    });
    expect(parseDerivation('feedback.handled_on_time?category=MOI_TRUONG')?.filter).toEqual({ category: 'MOI_TRUONG' });
  });

  it('refuses unknown measures, filters another registry has, repeated keys and bad values, saying which', () => {
    expect(derivationProblem('dossiers.nope')).toMatch(/không phải chỉ số của sổ đăng ký/);
    expect(derivationProblem('products.completed?field=DAT_DAI')).toMatch(/bộ lọc 'field' không dùng được/);
    expect(derivationProblem('dossiers.received?category=X')).toMatch(/dùng: field, level/);
    expect(derivationProblem('dossiers.received?field=A&field=B')).toMatch(/lặp lại/);
    expect(derivationProblem('dossiers.received?level=some')).toMatch(/giá trị 'some'/);
    expect(derivationProblem('dossiers.received?field=dat dai')).toMatch(/không hợp lệ/);
    expect(derivationProblem('dossiers.received?a?b')).toMatch(/một dấu/);
    expect(parseDerivation('dossiers.received?field=')).toBeNull();
    expect(parseDerivation(42)).toBeNull();
  });

  it('is what a data element declares, checked field by field', () => {
    const base = { code: 'HS_DD_TT', name: 'Hồ sơ đất đai trực tuyến', nameEn: 'Land dossiers online', valueType: 'integer' };
    const ok = validateDataElement({
      ...base,
      timeAggregation: 'sum',
      hierarchyAggregation: 'sum',
      periodType: 'monthly',
      derivedFrom: 'dossiers.received_online?field=DAT_DAI',
    });
    expect(ok.value?.derivedFrom).toBe('dossiers.received_online?field=DAT_DAI');
    const bad = validateDataElement({
      ...base,
      timeAggregation: 'sum',
      hierarchyAggregation: 'sum',
      periodType: 'monthly',
      derivedFrom: 'dossiers.received?colour=red',
    });
    expect(bad.problems.map((p) => p.path).join(' ')).toContain('derivedFrom');
  });
});
