/**
 * The closing part on reporting: for each form the unit reports on, how many of its periods within the report's
 * period the unit has submitted (app/collection/unit-reporting.ts), and a table of how many reporting units each
 * indicator's figure rests on (the analytics query's coverage: 71/71 communes).
 */
import type { Actor } from '../../domain/access.ts';
import { fillTemplate, type TemplateTexts } from '../../domain/report-template.ts';
import type { Store } from '../../store/db.ts';
import { unitReporting } from '../../app/collection/unit-reporting.ts';
import type { ReportSection } from '../model.ts';
import type { IndicatorFact } from './indicator-facts.ts';

const SUBMITTED = new Set(['submitted', 'approved']);

export async function coverageSection(
  store: Store,
  actor: Actor,
  input: { texts: TemplateTexts; facts: IndicatorFact[]; unit: string; period: string; periodText: string; today: string; number: number },
): Promise<ReportSection> {
  const { texts } = input;
  const reporting = await unitReporting(store, actor, { code: input.unit, from: input.period, to: input.period, today: input.today });
  const paragraphs: string[] = [];
  for (const dataset of reporting.datasets) {
    if (dataset.periods.length === 0) continue;
    const sent = dataset.periods.filter((p) => SUBMITTED.has(p.state)).length;
    const total = dataset.periods.length;
    paragraphs.push(
      sent === 0
        ? fillTemplate(texts, 'coverage.zero', { name: dataset.name, denominator: { kind: 'integer', value: total }, period: input.periodText })
        : fillTemplate(texts, 'coverage', {
            name: dataset.name,
            numerator: { kind: 'integer', value: sent },
            denominator: { kind: 'integer', value: total },
            coverage: { kind: 'percent', value: (100 * sent) / total, decimals: 1 },
            period: input.periodText,
          }),
    );
  }
  const rows = input.facts.map((f) => [
    f.indicator.name,
    f.row.coverage.reported,
    f.row.coverage.expected,
    f.row.coverage.expected ? (100 * f.row.coverage.reported) / f.row.coverage.expected : null,
  ]);
  return {
    key: 'tinh-hinh-bao-cao',
    title: `${input.number}. Tình hình báo cáo số liệu`,
    paragraphs,
    tables: rows.length
      ? [
          {
            title: 'Số đơn vị báo cáo số liệu của từng chỉ tiêu',
            columns: [
              { label: 'Chỉ tiêu', format: { kind: 'text' } },
              { label: 'Đơn vị đã báo cáo', format: { kind: 'number', decimals: 0 } },
              { label: 'Đơn vị phải báo cáo', format: { kind: 'number', decimals: 0 } },
              { label: 'Tỷ lệ', format: { kind: 'percent', decimals: 1 } },
            ],
            rows,
          },
        ]
      : [],
  };
}
