/**
 * Lịch sử số liệu: for one unit and period, each element behind the indicator with every version of its value —
 * the value, its status (its form's workflow state), who wrote it and from where, when, the comment and the evidence
 * cited — newest first; a figure worked back from others is marked "suy ra". The numbers a leader sees can be traced
 * to who reported them.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { useLanguage } from '@/lib/i18n';
import { formatDateTime, formatNumber } from '@/lib/format';
import type { IndicatorDetail } from '@/lib/api/types';
import { useValueHistory } from '../api/get-value-history';
import { EVIDENCE_ID } from '../api/get-evidence';
import { EvidenceDialog } from './evidence-dialog';
import './indicators.css';

const VALUE_STATUSES = new Set(['draft', 'submitted', 'approved', 'returned', 'direct']);

export interface ValueHistoryProps {
  elements: IndicatorDetail['elements'];
  unit: string;
  unitName: string;
  period: string;
  periodLabel: string;
}

export function ValueHistoryPanel({ elements, unit, unitName, period, periodLabel }: ValueHistoryProps) {
  const { t } = useTranslation();
  const [evidence, setEvidence] = useState<string | null>(null);
  return (
    <section className="history" data-testid="value-history" aria-label={t('indicatorPage.historyOf', { unit: unitName, period: periodLabel })}>
      <h3 className="history__title">{t('indicatorPage.historyOf', { unit: unitName, period: periodLabel })}</h3>
      {elements.map((element) => (
        <ElementHistory key={element.code} code={element.code} name={element.name} unit={unit} period={period} onOpenEvidence={setEvidence} />
      ))}
      <EvidenceDialog id={evidence} unit={{ code: unit, label: unitName }} onClose={() => setEvidence(null)} />
    </section>
  );
}

interface ElementHistoryProps {
  code: string;
  name: string;
  unit: string;
  period: string;
  onOpenEvidence: (id: string) => void;
}

function ElementHistory({ code, name, unit, period, onOpenEvidence }: ElementHistoryProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const history = useValueHistory(code, unit, period);
  let body;
  if (history.isPending) body = <Skeleton lines={2} label={t('indicatorPage.loadingHistory')} />;
  else if (history.isError) body = <ApiErrorNotice error={history.error} onRetry={() => void history.refetch()} />;
  else if ((history.data.versions ?? []).length === 0) body = <p className="history__none">{t('indicatorPage.noVersions')}</p>;
  else
    body = (
      <ol className="history__versions">
        {[...(history.data.versions ?? [])].reverse().map((v, i) => (
          <li key={v.version ?? i}>
            <span className="history__value">{typeof v.value === 'number' ? formatNumber(v.value, language) : String(v.value ?? '—')}</span>{' '}
            {v.derived ? (
              <>
                <span className="history__derived" data-testid="value-derived" title={t('indicatorPage.derivedHelp')}>
                  {t('indicatorPage.derived')}
                </span>{' '}
              </>
            ) : null}
            {t('indicatorPage.version', {
              version: v.version,
              author: v.author,
              source: v.source,
              when: formatDateTime(v.createdAt, language),
              status: VALUE_STATUSES.has(v.status ?? '') ? t(`valueStatus.${v.status as 'draft'}`) : (v.status ?? ''),
            })}
            {v.comment ? <span className="history__comment"> · {v.comment}</span> : null}
            {v.evidence && EVIDENCE_ID.test(v.evidence) ? (
              <button
                type="button"
                className="ui-button ui-button--small history__evidence-button"
                aria-label={t('evidence.openLabel', { version: v.version })}
                aria-haspopup="dialog"
                onClick={() => onOpenEvidence(v.evidence!)}
              >
                {t('evidence.open')}
              </button>
            ) : v.evidence ? (
              <span className="history__evidence"> · {t('evidence.notRecord', { ref: v.evidence })}</span>
            ) : null}
          </li>
        ))}
      </ol>
    );
  return (
    <div className="history__element">
      <p className="history__element-name">
        {name} <span className="history__code">({code})</span>
      </p>
      {body}
    </div>
  );
}
