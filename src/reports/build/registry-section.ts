/**
 * "Triển khai các chương trình, nhiệm vụ": the figures counted from the programme registries (DX products,
 * community tech teams, tasks) as the seeds word them — "có 18 cơ quan, đơn vị đã đăng ký sản phẩm CĐS, trong đó
 * có 1 sản phẩm đã hoàn thành", "65 Tổ công nghệ số cộng đồng cấp xã … với 840 thành viên" — one sentence per
 * registry from its template (registry.products|teams|tasks), with the table of those indicators. The facts are the
 * report's own (the one analytics query); which of them come from a registry is app/registries/registry-figures.ts'
 * rule (an indicator showing one derived element as it is). A registry without its main figure is left out.
 */
import { type RegistryMeasure } from '../../domain/registry-measures.ts';
import { fillTemplate, type TemplateTexts, type TemplateValue } from '../../domain/report-template.ts';
import type { RegistryFigure } from '../../app/registries/registry-figures.ts';
import type { ReportSection } from '../model.ts';
import type { IndicatorFact } from './indicator-facts.ts';
import { indicatorTable } from './indicator-sentences.ts';

export const REGISTRY_SECTION_TITLE = 'Triển khai các chương trình, nhiệm vụ chuyển đổi số';

/** Each registry's sentence: its template, the figure it needs, and the placeholder of each measure. */
const SENTENCES = [
  {
    key: 'registry.products',
    needs: 'products.registered',
    placeholders: {
      'products.units_with_product': 'units',
      'products.registered': 'registered',
      'products.in_progress': 'inProgress',
      'products.completed': 'completed',
    },
  },
  {
    key: 'registry.teams',
    needs: 'teams.commune_teams',
    placeholders: {
      'teams.commune_teams': 'communeTeams',
      'teams.commune_members': 'communeMembers',
      'teams.village_teams': 'villageTeams',
      'teams.village_members': 'villageMembers',
      'teams.communes_with_team': 'communesWithTeam',
    },
  },
  {
    key: 'registry.tasks',
    needs: 'tasks.total',
    placeholders: { 'tasks.total': 'total', 'tasks.completed': 'completed', 'tasks.completed_on_time': 'onTime', 'tasks.overdue': 'overdue' },
  },
] as const satisfies ReadonlyArray<{ key: string; needs: RegistryMeasure; placeholders: Partial<Record<RegistryMeasure, string>> }>;

/** The section, or null when no registry figure has a value for the unit and period. */
export function registrySection(
  texts: TemplateTexts,
  facts: readonly IndicatorFact[],
  figures: readonly RegistryFigure[],
  input: { periodText: string; number: number },
): ReportSection | null {
  const measureOf = new Map(figures.map((f) => [f.indicator, f.measure]));
  const mine = facts.filter((f) => measureOf.has(f.indicator.code));
  if (mine.length === 0) return null;
  const value = (measure: RegistryMeasure) => mine.find((f) => measureOf.get(f.indicator.code) === measure)?.row.value;
  const paragraphs: string[] = [];
  for (const sentence of SENTENCES) {
    if (value(sentence.needs) === undefined) continue;
    const values: Record<string, TemplateValue> = { period: input.periodText };
    for (const [measure, placeholder] of Object.entries(sentence.placeholders)) {
      const v = value(measure as RegistryMeasure);
      if (v !== undefined) values[placeholder] = { kind: 'integer', value: v };
    }
    paragraphs.push(fillTemplate(texts, sentence.key, values));
  }
  return {
    key: 'registries',
    title: `${input.number}. ${REGISTRY_SECTION_TITLE}`,
    paragraphs: paragraphs.length ? [paragraphs.join(' ')] : [],
    tables: [indicatorTable('Số liệu đếm từ sổ đăng ký', mine)],
  };
}
