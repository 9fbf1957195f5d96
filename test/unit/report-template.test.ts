/** The report's sentence templates: filling with vi-VN numbers, zero and no-change variants, refusal of unknown placeholders. */
import { describe, expect, it } from 'vitest';
import {
  checkTemplate,
  fillTemplate,
  formatReportNumber,
  mergeTemplates,
  REPORT_TEMPLATE_DEFAULTS,
  REPORT_TEMPLATE_KEYS,
} from '../../src/domain/report-template.ts';

const texts = mergeTemplates([]);

describe('fillTemplate', () => {
  it('formats numbers vi-VN: a count, a rate to one decimal, a score, thousands', () => {
    expect(
      fillTemplate(texts, 'indicator.count', {
        name: 'Tỷ lệ thôn có kết nối băng rộng cố định',
        numerator: { kind: 'integer', value: 585 },
        denominator: { kind: 'integer', value: 624 },
        value: { kind: 'percent', value: 93.75, decimals: 1 },
      }),
    ).toBe('Tỷ lệ thôn có kết nối băng rộng cố định: 585/624, đạt tỷ lệ 93,8%.');
    expect(fillTemplate(texts, 'indicator.no_target', { name: 'Doanh thu', value: { kind: 'integer', value: 1607294 } })).toBe('Doanh thu đạt 1.607.294.');
    expect(formatReportNumber(0.5934, 4)).toBe('0,5934');
    expect(formatReportNumber(100, 2)).toBe('100');
    expect(formatReportNumber(73.08, 2)).toBe('73,08');
  });

  it('words the rank and its change: up, down, none', () => {
    const up = fillTemplate(texts, 'rank.change.up', { rankChange: { kind: 'integer', value: 26 }, previous: '2021' });
    expect(up).toBe('tăng 26 bậc so với năm 2021');
    expect(fillTemplate(texts, 'rank.change.down', { rankChange: { kind: 'integer', value: 3 }, previous: '2021' })).toBe('giảm 3 bậc so với năm 2021');
    expect(fillTemplate(texts, 'rank.change.none', { previous: '2021' })).toBe('giữ nguyên thứ hạng so với năm 2021');
    const rank = fillTemplate(texts, 'rank', {
      framework: 'Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2022',
      unit: 'Ninh Thuận',
      value: { kind: 'number', value: 0.5934, decimals: 4 },
      rank: { kind: 'integer', value: 27 },
      rankOf: { kind: 'integer', value: 63 },
      rankChange: up,
    });
    expect(rank).toBe('Kết quả Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2022: Ninh Thuận đạt 0,5934, xếp thứ 27/63, tăng 26 bậc so với năm 2021.');
  });

  it('has a zero case for counts and lagging indicators', () => {
    expect(fillTemplate(texts, 'lagging.none', {})).toBe('Không có chỉ tiêu nào chưa đạt kế hoạch.');
    expect(fillTemplate(texts, 'plan.count.zero', { denominator: { kind: 'integer', value: 19 }, period: '6 tháng đầu năm 2023' })).toBe(
      'Trong 6 tháng đầu năm 2023, chưa có chỉ tiêu nào trong 19 chỉ tiêu đạt kế hoạch.',
    );
  });

  it('uses an override in place of the default, and leaves out a placeholder without a value', () => {
    const edited = mergeTemplates([
      { key: 'rank.change.none', text: 'không đổi hạng so với {previous}' },
      { key: 'no.such', text: 'x' },
    ]);
    expect(fillTemplate(edited, 'rank.change.none', { previous: '2021' })).toBe('không đổi hạng so với 2021');
    expect(
      fillTemplate(texts, 'indicator.met', {
        name: 'A',
        value: { kind: 'percent', value: 81.17, decimals: 2 },
        target: { kind: 'percent', value: 70, decimals: 2 },
      }),
    ).toBe('A đạt 81,17%, đạt và vượt chỉ tiêu kế hoạch 70% (vượt).');
  });
});

describe('checkTemplate', () => {
  it('accepts every default', () => {
    for (const key of REPORT_TEMPLATE_KEYS) expect(checkTemplate(key, REPORT_TEMPLATE_DEFAULTS[key].text)).toBeNull();
  });

  it('refuses an unknown placeholder, naming it', () => {
    const reason = checkTemplate('rank.change.up', 'tăng {rankChange} bậc, hạng {rank}');
    expect(reason).toContain('{rank}');
    expect(reason).toContain('{rankChange}, {previous}');
    expect(checkTemplate('lagging.none', 'Không có chỉ tiêu {name}')).toContain('{name}');
  });

  it('refuses an empty text, an overlong one and unbalanced braces', () => {
    expect(checkTemplate('coverage', '   ')).toMatch(/trống/);
    expect(checkTemplate('coverage', 'x'.repeat(1001))).toMatch(/1\.000/);
    expect(checkTemplate('coverage', '{name: {numerator}')).not.toBeNull();
  });
});
