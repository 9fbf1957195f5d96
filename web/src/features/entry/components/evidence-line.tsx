/** One evidence record in a line: a document (số/ký hiệu, ngày, cơ quan, trích yếu), a link, or a file (with its download). */
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import type { FormEvidence } from '../api/types';

export function EvidenceLine({ evidence }: { evidence: FormEvidence }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  if (evidence.kind === 'document' && evidence.document) {
    const d = evidence.document;
    return (
      <span className="entry-evidence__line">
        {t('entry.evidenceForm.documentLine', { number: d.number })}
        {d.date ? ` ${t('entry.evidenceForm.issuedOn', { date: formatDate(d.date, language) })}` : ''}
        {d.issuer ? ` · ${d.issuer}` : ''}
        {d.summary ? ` · ${d.summary}` : ''}
      </span>
    );
  }
  if (evidence.kind === 'link' && evidence.url)
    return (
      <span className="entry-evidence__line">
        {t('entry.evidenceForm.linkLine')}:{' '}
        <a href={evidence.url} target="_blank" rel="noopener noreferrer">
          {evidence.url}
        </a>
      </span>
    );
  const file = evidence.file;
  return (
    <span className="entry-evidence__line">
      <a href={`/api/v1/evidence/${evidence.id ?? ''}/file`}>
        {t('entry.evidenceForm.fileLine', { name: file?.name ?? '', size: `${formatNumber((file?.size ?? 0) / 1024, language, 0)} kB` })}
      </a>
    </span>
  );
}
