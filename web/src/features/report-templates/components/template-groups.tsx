/**
 * Every sentence kind of the report, grouped by what it words (indicators, the plan's count, ranks, reporting
 * coverage, lagging indicators), in the API's order within a group; each kind a TemplateCard.
 */
import { useTranslation } from 'react-i18next';
import type { ReportTemplate } from '../api/report-templates-api';
import { TemplateCard } from './template-card';
import './report-templates.css';

export const TEMPLATE_GROUPS = ['indicator', 'plan', 'rank', 'coverage', 'lagging'] as const;
type Group = (typeof TEMPLATE_GROUPS)[number] | 'other';

const groupOf = (key: string): Group =>
  ((TEMPLATE_GROUPS as readonly string[]).find((g) => key === g || key.startsWith(`${g}.`)) as Group | undefined) ?? 'other';

export function TemplateGroups({ templates }: { templates: readonly ReportTemplate[] }) {
  const { t } = useTranslation();
  const groups = [...TEMPLATE_GROUPS, 'other' as const]
    .map((group) => ({ group, items: templates.filter((item) => groupOf(item.key) === group) }))
    .filter((g) => g.items.length > 0);
  return (
    <div className="report-templates">
      {groups.map(({ group, items }) => (
        <section key={group} className="report-templates__group" aria-labelledby={`template-group-${group}`}>
          <h2 id={`template-group-${group}`}>{t(`reportTemplates.groups.${group}`)}</h2>
          <ul className="report-templates__list">
            {items.map((item) => (
              <TemplateCard key={item.key} template={item} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
