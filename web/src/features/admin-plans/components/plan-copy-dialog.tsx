/**
 * "Sao chép cho các tỉnh": pick provinces (searchable, accent-insensitive), optionally the pattern of the new
 * codes, and copy the plan's targets to all of them in one action (POST /plans/{code}/copy, all or nothing); the
 * answer lists one new plan per province, each a link, or the problems naming the province they concern.
 */
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { TextField } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { Skeleton } from '@/components/ui/skeleton';
import { useCopyPlan, useProvinces, type AdminPlan } from '../api/admin-plans';
import { ProblemList } from './problem-list';

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase();

export function PlanCopyDialog({ plan, open, onClose, linkTo }: { plan: AdminPlan; open: boolean; onClose: () => void; linkTo: (code: string) => string }) {
  const { t } = useTranslation();
  const at = plan.startPeriod ? `${plan.startPeriod.slice(0, 4)}-01-01` : undefined;
  const provinces = useProvinces(at, open);
  const copy = useCopyPlan(plan.code);
  const [q, setQ] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [pattern, setPattern] = useState('{code}_{unit}');
  const items = useMemo(() => (provinces.data?.items ?? []).filter((u) => u.code !== plan.unitCode), [provinces.data, plan.unitCode]);
  const shown = items.filter((u) => !q.trim() || fold(`${u.name} ${u.code}`).includes(fold(q.trim())));
  const names = new Map(items.map((u) => [u.code, u.name]));
  const toggle = (code: string) => setChosen((all) => (all.includes(code) ? all.filter((c) => c !== code) : [...all, code]));
  const describe = (field: string) => {
    const m = /^units\[(\d+)\]$/.exec(field);
    const code = m ? chosen[Number(m[1])] : undefined;
    return code ? `${names.get(code) ?? code} (${code})` : field;
  };
  return (
    <Dialog open={open} title={t('adminPlans.copy.title')} closeLabel={t('adminPlans.copy.close')} onClose={onClose}>
      <p>{t('adminPlans.copy.intro', { plan: plan.code })}</p>
      {copy.isSuccess ? (
        <Notice tone="success" title={t('adminPlans.copy.done', { count: copy.data.plans.length })}>
          <ul className="admin-plans__results">
            {copy.data.plans.map((p) => (
              <li key={p.code}>
                {t('adminPlans.copy.result', { unit: p.unitName, code: p.code, targets: p.targetCount })}{' '}
                <Link to={linkTo(p.code)} onClick={onClose}>
                  {t('adminPlans.copy.open')}
                </Link>
              </li>
            ))}
          </ul>
        </Notice>
      ) : (
        <>
          <TextField label={t('adminPlans.copy.search')} value={q} onChange={(e) => setQ(e.target.value)} data-autofocus type="search" />
          <fieldset className="admin-plans__provinces">
            <legend>{t('adminPlans.copy.provinces', { count: chosen.length })}</legend>
            {provinces.isPending ? <Skeleton label={t('adminPlans.loading')} /> : null}
            {shown.length === 0 && !provinces.isPending ? <p>{t('adminPlans.copy.noMatch', { q })}</p> : null}
            <ul>
              {shown.map((u) => (
                <li key={u.code}>
                  <label>
                    <input type="checkbox" checked={chosen.includes(u.code)} onChange={() => toggle(u.code)} /> {u.name}{' '}
                    <span className="admin-plans__muted">({u.code})</span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <TextField
            label={t('adminPlans.copy.codePattern')}
            hint={t('adminPlans.copy.codePatternHint')}
            value={pattern}
            onChange={(e) => setPattern(e.target.value)}
          />
          {copy.isError ? <ProblemList error={copy.error} title={t('adminPlans.copy.problems')} describeField={describe} /> : null}
          <div className="admin-plans__actions">
            {chosen.length === 0 ? <span className="admin-plans__muted">{t('adminPlans.copy.none')}</span> : null}
            <Button
              variant="primary"
              disabled={chosen.length === 0 || copy.isPending}
              onClick={() => copy.mutate({ units: chosen, ...(pattern.trim() && pattern.trim() !== '{code}_{unit}' ? { codePattern: pattern.trim() } : {}) })}
            >
              {copy.isPending ? t('adminPlans.copy.working') : t('adminPlans.copy.submit', { count: chosen.length })}
            </Button>
          </div>
        </>
      )}
    </Dialog>
  );
}
