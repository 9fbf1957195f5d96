/** An edition's tree for its administrator: each main index with its maximum points, and its components with their points and scoring rule. */
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Card } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { formatNumber, type Language } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import { useEditionTree } from '../api/admin-frameworks';

export function EditionTree({ framework, edition }: { framework: string; edition: string }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const tree = useEditionTree(framework, edition);
  if (tree.isPending) return <Skeleton label={t('adminFrameworks.loading')} />;
  if (tree.isError) return <ApiErrorNotice error={tree.error} onRetry={() => void tree.refetch()} />;
  const points = (n: number | undefined) => t('adminFrameworks.maxPoints', { points: formatNumber(n ?? null, language) });
  return (
    <Card title={`${t('adminFrameworks.treeTitle')}: ${tree.data.name ?? edition}`} className="admin-frameworks__tree">
      {tree.data.legalBasis ? <p className="admin-plans__muted">{tree.data.legalBasis}</p> : null}
      <ol className="admin-frameworks__indices">
        {(tree.data.mainIndices ?? []).map((main) => (
          <li key={main.code}>
            <details>
              <summary>
                <strong>{main.name}</strong>{' '}
                <span className="admin-plans__muted">
                  ({main.code}, {points(main.maxPoints)})
                </span>
              </summary>
              {(main.components ?? []).length === 0 ? <p className="admin-plans__muted">{t('adminFrameworks.noComponents')}</p> : null}
              <ul className="admin-frameworks__components">
                {(main.components ?? []).map((c) => (
                  <li key={c.code}>
                    {c.name}{' '}
                    <span className="admin-plans__muted">
                      — {points(c.maxPoints)}; {describeRule(c.rule, t, language)}
                    </span>
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ol>
    </Card>
  );
}

/** A scoring rule in words: "theo bậc: ≥ 0,5 → 2; ≥ 0,8 → 4". */
export function describeRule(rule: Record<string, unknown> | undefined, t: TFunction, language: Language): string {
  if (!rule) return t('adminFrameworks.noRule');
  const n = (v: unknown) => formatNumber(typeof v === 'number' ? v : null, language, 4);
  switch (rule.kind) {
    case 'ratio':
    case 'boolean':
      return t(`adminFrameworks.rules.${rule.kind}`);
    case 'steps':
      return t('adminFrameworks.rules.steps', {
        steps: ((rule.steps as Array<{ min: number; points: number }>) ?? []).map((s) => `≥ ${n(s.min)} → ${n(s.points)}`).join('; '),
      });
    case 'categorical':
      return t('adminFrameworks.rules.categorical', {
        points: Object.entries((rule.points as Record<string, number>) ?? {})
          .map(([k, v]) => `${k} → ${n(v)}`)
          .join('; '),
      });
    case 'minmax':
      return t('adminFrameworks.rules.minmax', { worst: n(rule.worst), best: n(rule.best) });
    case 'target':
      return t('adminFrameworks.rules.target', { target: n(rule.target) });
    default:
      return t('adminFrameworks.rules.other', { kind: String(rule.kind) });
  }
}
