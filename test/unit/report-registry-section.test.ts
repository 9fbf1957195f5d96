/** The progress report's registry section (src/reports/build/registry-section.ts): the seeds' sentences from the registry figures. */
import { describe, expect, it } from 'vitest';
import { mergeTemplates } from '../../src/domain/report-template.ts';
import { registrySection } from '../../src/reports/build/registry-section.ts';
import type { IndicatorFact } from '../../src/reports/build/indicator-facts.ts';
import type { RegistryFigure } from '../../src/app/registries/registry-figures.ts';
import type { RegistryMeasure } from '../../src/domain/registry-measures.ts';

const figure = (indicator: string, measure: RegistryMeasure, value: number): RegistryFigure => ({
  registry: measure.split('.')[0] as RegistryFigure['registry'],
  measure,
  element: indicator.replace(/^CT_/, ''),
  indicator,
  name: indicator,
  nameEn: indicator,
  unitOfMeasure: null,
  value,
});
const fact = (f: RegistryFigure): IndicatorFact =>
  ({
    indicator: {
      code: f.indicator,
      name: f.name,
      nameEn: f.nameEn,
      numerator: `#{${f.element}}`,
      denominator: null,
      factor: 1,
      decimals: 0,
      unitOfMeasure: null,
    },
    elements: [f.element],
    row: {
      unit: { code: '58', name: 'Ninh Thuận' },
      period: '2023S1',
      value: f.value!,
      numerator: f.value,
      denominator: null,
      coverage: { reported: 1, expected: 1 },
    },
    target: null,
  }) as unknown as IndicatorFact;

describe('the registry section of the progress report', () => {
  const texts = mergeTemplates([]);
  const figures = [
    figure('CT_SP_CDS_DON_VI_CO_SP', 'products.units_with_product', 18),
    figure('CT_SP_CDS_DANG_KY', 'products.registered', 18),
    figure('CT_SP_CDS_HOAN_THANH', 'products.completed', 1),
    figure('CT_TCNS_XA_SO_TO', 'teams.commune_teams', 65),
    figure('CT_TCNS_XA_THANH_VIEN', 'teams.commune_members', 840),
    figure('CT_TCNS_THON_SO_TO', 'teams.village_teams', 446),
    figure('CT_TCNS_THON_THANH_VIEN', 'teams.village_members', 2439),
  ];

  it('words the products and the teams as the Ninh Thuận article does, vi-VN numbers, with the table', () => {
    const section = registrySection(texts, figures.map(fact), figures, { periodText: '6 tháng đầu năm 2023', number: 3 })!;
    expect(section.title).toBe('3. Triển khai các chương trình, nhiệm vụ chuyển đổi số');
    expect(section.paragraphs[0]).toBe(
      'Có 18 cơ quan, đơn vị đã đăng ký 18 sản phẩm chuyển đổi số, trong đó có 1 sản phẩm đã hoàn thành. ' +
        'Có 65 Tổ công nghệ số cộng đồng cấp xã, phường, thị trấn với 840 thành viên; 446 Tổ công nghệ số cộng đồng cấp thôn, khu phố với 2.439 thành viên.',
    );
    expect(section.tables[0]!.rows).toHaveLength(7);
  });

  it('leaves out a registry without its main figure, and the whole section without any figure', () => {
    const teams = figures.filter((f) => f.registry === 'teams');
    const section = registrySection(texts, teams.map(fact), figures, { periodText: '2023', number: 1 })!;
    expect(section.paragraphs[0]).not.toContain('sản phẩm');
    expect(registrySection(texts, [], figures, { periodText: '2023', number: 1 })).toBeNull();
  });
});
