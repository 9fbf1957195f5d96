/**
 * /admin/audit: the audit trail, newest first, filtered by actor, entity (and key) and days; the filters and the
 * page are in the URL (?actor=&entity=&key=&from=&to=&page=), so a link or a reload gives the same list.
 */
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { DateField } from '@/components/ui/date-field';
import { TextField } from '@/components/ui/field';
import { EmptyState } from '@/components/ui/notice';
import { SelectField } from '@/components/ui/select-field';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { formatNumber } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import { AUDIT_PAGE_SIZE, useAuditTrail, type AuditFilter } from '../api/audit';
import { AdminPage } from './admin-page';
import { AUDIT_ENTITIES, AuditTable, entityLabel } from './audit-table';

const FIELDS = ['actor', 'entity', 'key', 'from', 'to'] as const;
type Field = (typeof FIELDS)[number];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function readFilter(search: URLSearchParams): { values: Record<Field, string>; page: number } {
  const values = Object.fromEntries(FIELDS.map((f) => [f, (search.get(f) ?? '').trim().slice(0, 200)])) as Record<Field, string>;
  for (const f of ['from', 'to'] as const) if (!DAY.test(values[f])) values[f] = '';
  const page = Math.max(1, Math.min(1_000_000, Number.parseInt(search.get('page') ?? '1', 10) || 1));
  return { values, page };
}

export function AuditScreen({ backHref }: { backHref: string }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [search, setSearch] = useSearchParams();
  const { values, page } = readFilter(search);
  const [draft, setDraft] = useState(values);
  const filter: AuditFilter = {
    ...(values.actor ? { actor: values.actor } : {}),
    ...(values.entity ? { entity: values.entity } : {}),
    ...(values.key ? { entityKey: values.key } : {}),
    ...(values.from ? { from: values.from } : {}),
    ...(values.to ? { to: values.to } : {}),
    offset: (page - 1) * AUDIT_PAGE_SIZE,
  };
  const trail = useAuditTrail(filter);

  const go = (next: Record<Field, string>, nextPage: number) =>
    setSearch((previous) => {
      const params = new URLSearchParams(previous);
      for (const f of FIELDS) {
        if (next[f].trim()) params.set(f, next[f].trim());
        else params.delete(f);
      }
      if (nextPage > 1) params.set('page', String(nextPage));
      else params.delete('page');
      return params;
    });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    go(draft, 1);
  };
  const clear = () => {
    const empty = { actor: '', entity: '', key: '', from: '', to: '' };
    setDraft(empty);
    go(empty, 1);
  };
  const set = (field: Field) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));
  const total = trail.data?.total ?? 0;
  const first = trail.data && trail.data.items.length ? trail.data.offset + 1 : 0;
  const last = trail.data ? trail.data.offset + trail.data.items.length : 0;

  return (
    <AdminPage title={t('adminPeople.audit.title')} intro={t('adminPeople.audit.intro')} backHref={backHref}>
      <Card>
        <form className="admin-people__filters" onSubmit={submit} aria-label={t('adminPeople.audit.filters')}>
          <TextField
            label={t('adminPeople.audit.actor')}
            hint={t('adminPeople.audit.actorHint')}
            value={draft.actor}
            onChange={(e) => set('actor')(e.target.value)}
            maxLength={200}
            spellCheck={false}
            name="actor"
          />
          <SelectField
            label={t('adminPeople.audit.entity')}
            value={draft.entity}
            onChange={set('entity')}
            options={[{ value: '', label: t('adminPeople.audit.anyEntity') }, ...AUDIT_ENTITIES.map((e) => ({ value: e, label: entityLabel(e, t) }))]}
            name="entity"
          />
          <TextField
            label={t('adminPeople.audit.entityKey')}
            value={draft.key}
            onChange={(e) => set('key')(e.target.value)}
            maxLength={200}
            spellCheck={false}
            name="key"
          />
          <DateField
            label={t('adminPeople.audit.from')}
            hint={draft.from ? undefined : t('adminPeople.audit.anyDay')}
            value={draft.from}
            onChange={(value) => set('from')(value)}
            name="from"
          />
          <DateField
            label={t('adminPeople.audit.to')}
            hint={draft.to ? undefined : t('adminPeople.audit.anyDay')}
            value={draft.to}
            onChange={(value) => set('to')(value)}
            name="to"
          />
          <div className="admin-people__actions">
            <Button type="submit" variant="primary">
              {t('adminPeople.audit.apply')}
            </Button>
            <Button variant="quiet" onClick={clear}>
              {t('adminPeople.audit.clear')}
            </Button>
          </div>
        </form>
      </Card>
      <Card>
        {trail.isPending ? <Skeleton lines={6} label={t('adminPeople.audit.loading')} /> : null}
        {trail.isError ? <ApiErrorNotice error={trail.error} onRetry={() => void trail.refetch()} /> : null}
        {trail.data && trail.data.items.length === 0 ? (
          <EmptyState title={t('adminPeople.audit.empty')}>
            <p>{t('adminPeople.audit.emptyHelp')}</p>
          </EmptyState>
        ) : null}
        {trail.data && trail.data.items.length ? (
          <>
            <AuditTable events={trail.data.items} />
            <div className="admin-people__pager">
              <Button size="small" disabled={page <= 1} onClick={() => go(values, page - 1)}>
                {t('adminPeople.audit.previous')}
              </Button>
              <span data-testid="audit-range">
                {t('adminPeople.audit.total', { from: formatNumber(first, language), to: formatNumber(last, language), total: formatNumber(total, language) })}
              </span>
              <Button size="small" disabled={last >= total} onClick={() => go(values, page + 1)}>
                {t('adminPeople.audit.next')}
              </Button>
            </div>
          </>
        ) : null}
      </Card>
    </AdminPage>
  );
}
