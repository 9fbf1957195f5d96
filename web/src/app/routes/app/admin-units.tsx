/**
 * /admin/units (Quản trị → Đơn vị hành chính): find a unit on a date (?q=&at=&code= in the URL), its versions and
 * lineage with the legal bases, a new event for it, and the notice while the aggregates wait for a recompute.
 */
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { RequireAbility } from '../../require-ability';
import { useDocumentTitle } from '@/lib/use-document-title';
import { TextField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { EmptyState, Notice } from '@/components/ui/notice';
import { todayInVietnam } from '@/lib/format';
import { localMessage } from '@/lib/api/errors';
import { useUnitFinder, useUnitHistory } from '@/features/admin-units/api/unit-history';
import { useWithdrawUnitEvent } from '@/features/admin-units/api/unit-events';
import { UnitHistory } from '@/features/admin-units/components/unit-history';
import { EventForm } from '@/features/admin-units/components/event-form';
import { RecomputeNotice } from '@/features/admin-units/components/recompute-notice';
import { DateField, parseDay } from '@/components/ui/date-field';

export function AdminUnitsRoute() {
  return (
    <RequireAbility ability="manage">
      <AdminUnits />
    </RequireAbility>
  );
}

function AdminUnits() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('adminUnits.title'));
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const at = params.get('at') ?? todayInVietnam();
  const code = params.get('code');
  const put = (change: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(change))
      if (v === null || v === '') next.delete(k);
      else next.set(k, v);
    setParams(next, { replace: true });
  };
  const found = useUnitFinder(q, at);
  const history = useUnitHistory(code);
  const withdraw = useWithdrawUnitEvent();
  const [saved, setSaved] = useState<number | null>(null);
  const [withdrawn, setWithdrawn] = useState<number | null>(null);
  const language = i18n.language === 'en' ? 'en' : 'vi';
  const choose = (next: string) => {
    setSaved(null);
    setWithdrawn(null);
    withdraw.reset();
    put({ code: next });
  };
  const chosen = history.data?.versions.at(-1)?.unit;

  return (
    <>
      <header className="page-header">
        <h1>{t('adminUnits.title')}</h1>
        <p className="page-header__context">{t('adminUnits.intro')}</p>
      </header>
      <div className="admin-units__notice">
        <RecomputeNotice />
      </div>
      <div className="admin-units">
        <section className="admin-units__finder">
          <TextField label={t('adminUnits.search')} hint={t('adminUnits.searchHint')} value={q} onChange={(e) => put({ q: e.target.value })} type="search" />
          <DateField label={t('adminUnits.at')} value={at} onChange={(value) => (parseDay(value) ? put({ at: value }) : undefined)} />
          {q && found.data?.items.length === 0 ? <p>{t('adminUnits.noMatch')}</p> : null}
          <ul className="admin-units__results">
            {found.data?.items.map((u) => (
              <li key={`${u.code}-${u.level}`}>
                <Button variant={u.code === code ? 'primary' : 'quiet'} onClick={() => choose(u.code)}>
                  {u.fullName} ({u.code})
                </Button>
              </li>
            ))}
          </ul>
        </section>
        <div className="admin-units__detail">
          {!code ? <EmptyState title={t('adminUnits.pick')}>{t('adminUnits.pickBody')}</EmptyState> : null}
          {saved !== null ? (
            <Notice
              tone="success"
              title={t('adminUnits.form.saved', { id: saved })}
              actions={
                <Button
                  onClick={() =>
                    withdraw.mutate(saved, {
                      onSuccess: () => {
                        setWithdrawn(saved);
                        setSaved(null);
                      },
                    })
                  }
                  disabled={withdraw.isPending}
                >
                  {t('adminUnits.form.withdraw', { id: saved })}
                </Button>
              }
            >
              {withdraw.error ? <p className="ui-field__error">{localMessage(withdraw.error.message, language)}</p> : null}
            </Notice>
          ) : null}
          {withdrawn !== null ? <Notice tone="success" title={t('adminUnits.form.withdrawn', { id: withdrawn })} /> : null}
          {history.data ? <UnitHistory lineage={history.data} at={at} /> : null}
          {code && chosen ? (
            <EventForm
              key={`${code}-${saved ?? ''}`}
              code={code}
              unitName={chosen.fullName}
              defaultDate={at}
              onSaved={(id) => {
                setWithdrawn(null);
                setSaved(id);
              }}
            />
          ) : null}
        </div>
      </div>
    </>
  );
}
