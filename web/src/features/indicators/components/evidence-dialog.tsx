/**
 * Minh chứng: the evidence a value cites, opened in a dialog — a document's số/ký hiệu, ngày, cơ quan ban hành and
 * trích yếu; a link to open (http and https only, in a new window); a file to download — with whose unit and period
 * it is and who attached it. The server decides who may read it (the unit's readers); a refusal is its own message.
 */
import { useTranslation } from 'react-i18next';
import { Dialog } from '@/components/ui/dialog';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { useLanguage } from '@/lib/i18n';
import { formatDate, formatDateTime, formatNumber } from '@/lib/format';
import { periodLabel } from '@/lib/i18n/period-label';
import type { Evidence } from '@/lib/api/types';
import { evidenceFileUrl, useEvidence } from '../api/get-evidence';
import './indicators.css';

export interface EvidenceDialogProps {
  /** The evidence shown, or null when the dialog is closed. */
  id: string | null;
  /** The unit's name as the screen shows it, for the evidence of that unit ("Nghĩa Đức (24611)"). */
  unit?: { code: string; label: string };
  onClose: () => void;
}

export function EvidenceDialog({ id, unit, onClose }: EvidenceDialogProps) {
  const { t } = useTranslation();
  const evidence = useEvidence(id);
  return (
    <Dialog open={id !== null} title={t('evidence.title')} closeLabel={t('evidence.close')} onClose={onClose}>
      <div data-testid="evidence-dialog">
        {evidence.isPending ? (
          <Skeleton lines={4} label={t('evidence.loading')} />
        ) : evidence.isError ? (
          <ApiErrorNotice error={evidence.error} onRetry={() => void evidence.refetch()} />
        ) : (
          <EvidenceRecord evidence={evidence.data} unitLabel={unit && unit.code === evidence.data.unit ? unit.label : evidence.data.unit} />
        )}
      </div>
    </Dialog>
  );
}

/** A link only to the web (never javascript: or data: from a stored record). */
function webUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

function fileSize(bytes: number, language: 'vi' | 'en'): string {
  if (bytes < 1024) return `${formatNumber(bytes, language, 0)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, language, 1)} KB`;
  return `${formatNumber(bytes / (1024 * 1024), language, 1)} MB`;
}

function EvidenceRecord({ evidence, unitLabel }: { evidence: Evidence; unitLabel: string | undefined }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const unknown = t('evidence.unknown');
  const link = webUrl(evidence.url);
  const kind = evidence.kind ?? 'document';
  return (
    <div className="evidence">
      <p className="evidence__kind">{t(`evidence.kind.${kind}`)}</p>
      {evidence.document ? (
        <dl className="evidence__facts">
          <dt>{t('evidence.number')}</dt>
          <dd data-testid="evidence-number">{evidence.document.number || unknown}</dd>
          <dt>{t('evidence.date')}</dt>
          <dd>{evidence.document.date ? formatDate(evidence.document.date, language) : unknown}</dd>
          <dt>{t('evidence.issuer')}</dt>
          <dd>{evidence.document.issuer || unknown}</dd>
          <dt>{t('evidence.summary')}</dt>
          <dd data-testid="evidence-summary">{evidence.document.summary || unknown}</dd>
        </dl>
      ) : null}
      {evidence.url ? (
        <p>
          <span className="evidence__label">{t('evidence.url')}: </span>
          {link ? (
            <a href={link} target="_blank" rel="noopener noreferrer" data-testid="evidence-link">
              {t('evidence.openLink')}: {link}
            </a>
          ) : (
            <span>{evidence.url}</span>
          )}
        </p>
      ) : null}
      {evidence.file && evidence.id ? (
        <p>
          <a className="ui-button ui-button--primary" href={evidenceFileUrl(evidence.id)} download={evidence.file.name} data-testid="evidence-download">
            {t('evidence.download', { name: evidence.file.name, size: fileSize(evidence.file.size ?? 0, language) })}
          </a>
        </p>
      ) : null}
      <p className="evidence__meta">
        {t('evidence.scope', { unit: unitLabel ?? unknown, period: evidence.period ? periodLabel(evidence.period, t, language) : unknown })}
        <br />
        {t('evidence.createdBy', { author: evidence.createdBy, when: formatDateTime(evidence.createdAt, language) })}
        <br />
        {t('evidence.reference', { id: evidence.id })}
      </p>
    </div>
  );
}
