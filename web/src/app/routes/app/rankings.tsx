/**
 * /rankings?framework=&edition=&run=&sort=&dir=&focus= (Xếp hạng): a framework edition's run — its source and
 * status (a draft, for admins only, marked "Bản nháp"), the table of total, main indices, pillars, rank with ties,
 * rank change and grade, sortable; a unit's main indices on a radar against the average and the best; what changed
 * against the previous revision. An edition without a published run says how to enter one, and an edition ranked
 * on the 34 provinces of 1/7/2025 states the merged-unit rule.
 */
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { Freshness } from '@/components/ui/freshness';
import { EmptyState, Notice } from '@/components/ui/notice';
import { SelectField } from '@/components/ui/select-field';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { useRankingChoice } from '@/features/rankings/api/use-ranking-choice';
import { useScores } from '@/features/rankings/api/get-scores';
import { RankingsTable } from '@/features/rankings/components/rankings-table';
import { RunSource } from '@/features/rankings/components/run-source';
import { UnitRadar } from '@/features/rankings/components/unit-radar';
import { RunDiffPanel } from '@/features/rankings/components/run-diff';
import { MergedUnitRule, rankedAfterReform } from '@/features/rankings/components/merged-unit-rule';
import { useLanguage } from '@/lib/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import '@/features/rankings/components/rankings.css';
import '../routes.css';

export function RankingsRoute() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [search, setSearch] = useSearchParams();
  const set = (patch: Record<string, string | null>) =>
    setSearch((previous) => {
      const next = new URLSearchParams(previous);
      for (const [key, value] of Object.entries(patch)) {
        if (value === null) next.delete(key);
        else next.set(key, value);
      }
      return next;
    });
  const askedRun = Number(search.get('run'));
  const choice = useRankingChoice({
    framework: search.get('framework'),
    edition: search.get('edition'),
    run: Number.isSafeInteger(askedRun) && askedRun > 0 ? askedRun : null,
  });
  const { framework, edition, run } = choice;
  const scores = useScores(framework?.code ?? '', edition ?? '', run ? { period: run.period, revision: run.revision } : null);
  useDocumentTitle(t('rankings.title'));
  const editionName = choice.editionInfo?.name ?? edition ?? '';
  const sort = search.get('sort') ?? 'rank';
  const dir = search.get('dir') === 'desc' ? 'desc' : 'asc';
  const all = scores.data?.items ?? [];
  // A computed run lists every unit of the level; those without any figure are counted, not listed.
  const items = all.filter((i) => i.score !== null || i.rank !== null || i.pillars.some((p) => p.value !== null || p.rank !== null));
  const hidden = all.length - items.length;
  const focus = items.some((i) => i.unit.code === search.get('focus'))
    ? search.get('focus')!
    : (items.find((i) => i.mainIndices.some((m) => m.value !== null))?.unit.code ?? items[0]?.unit.code ?? null);

  const pickers = framework ? (
    <div className="rankings__pickers">
      {(choice.frameworks.data?.items.length ?? 0) > 1 ? (
        <SelectField
          label={t('rankings.framework')}
          value={framework.code}
          onChange={(code) => set({ framework: code, edition: null, run: null, focus: null })}
          options={(choice.frameworks.data?.items ?? []).map((f) => ({ value: f.code, label: language === 'en' ? f.nameEn : f.name }))}
        />
      ) : null}
      <SelectField
        label={t('rankings.edition')}
        value={edition ?? ''}
        onChange={(e) => set({ framework: framework.code, edition: e, run: null })}
        options={choice.editions.map((e) => ({ value: e, label: e }))}
      />
      {choice.runs.length > 1 && run ? (
        <SelectField
          label={t('rankings.run')}
          value={String(run.id)}
          onChange={(id) => set({ framework: framework.code, edition, run: id })}
          options={choice.runs.map((r) => ({
            value: String(r.id),
            label: t('rankings.runLabel', {
              period: r.period,
              revision: r.revision,
              status: t(r.status === 'draft' ? 'rankings.draft' : 'rankings.published'),
            }),
          }))}
        />
      ) : null}
    </div>
  ) : null;

  let body;
  if (choice.pending) body = <Skeleton lines={8} label={t('rankings.loading')} />;
  else if (choice.error) body = <ApiErrorNotice error={choice.error} onRetry={choice.refetch} />;
  else if (!framework || !edition || !run)
    body = (
      <EmptyState title={t('rankings.noneTitle', { edition: editionName })}>
        <p>{t('rankings.noneHelp', { framework: framework?.code ?? '', edition: edition ?? '' })}</p>
      </EmptyState>
    );
  else if (scores.isPending) body = <Skeleton lines={8} label={t('rankings.loading')} />;
  else if (scores.isError) body = <ApiErrorNotice error={scores.error} onRetry={() => void scores.refetch()} />;
  else
    body = (
      <>
        {run.status === 'draft' ? (
          <Notice tone="warning" title={t('rankings.draft')}>
            <p>{t('rankings.draftNotice')}</p>
          </Notice>
        ) : null}
        <RunSource run={scores.data.run} items={items} />
        <RankingsTable
          items={items}
          caption={t('rankings.tableCaption', { edition: editionName })}
          sort={sort}
          dir={dir}
          onSort={(s, d) => set({ sort: s, dir: d })}
          focus={focus}
          onFocus={(code) => set({ focus: code })}
        />
        {items.some((i) => i.derived.length > 0) ? <p className="rankings__legend">{t('rankings.derivedLegend')}</p> : null}
        {hidden > 0 ? <p className="rankings__legend">{t('rankings.hidden', { count: hidden })}</p> : null}
        <Freshness at={scores.dataUpdatedAt} />
      </>
    );

  return (
    <div className="rankings">
      <header className="page-header">
        <h1>
          {t('rankings.title')}
          {run?.status === 'draft' ? (
            <>
              {' '}
              <Badge tone="warning">{t('rankings.draft')}</Badge>
            </>
          ) : null}
        </h1>
        <p className="page-header__context" data-testid="screen-context">
          {framework ? (language === 'en' ? framework.nameEn : framework.name) : ''} · {editionName}
        </p>
      </header>
      {pickers}
      <Card className="rankings__main">{body}</Card>
      {rankedAfterReform(choice.editionInfo) ? <MergedUnitRule /> : null}
      {run && items.length > 0 && focus ? (
        <div className="rankings__grid">
          <UnitRadar items={items} unit={focus} onUnit={(code) => set({ focus: code })} />
          <RunDiffPanel framework={framework!.code} edition={edition!} runId={run.id} />
        </div>
      ) : null}
    </div>
  );
}
