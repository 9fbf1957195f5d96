/**
 * A report model laid out as an A4-like page, as the DOCX prints it under NĐ 30/2020: the two-column header
 * (the issuer over its parent, the number line; quốc hiệu and tiêu ngữ with their rules, the italic place and
 * date), the type and summary centred, the sections with their tables (numbers vi-VN), the signature, "Nơi
 * nhận:", the simulated-data notice under the title, and the appendix of sources (PHỤ LỤC, Nguồn số liệu) as the
 * same three-column table the DOCX prints. The document is Vietnamese whatever the screen's language.
 */
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '@/lib/format';
import type { ReportModel, ReportSection, ReportTable } from '@/lib/api/types';
import './reports.css';

function cell(value: string | number | null, format: ReportTable['columns'][number]['format'], empty: string): string {
  if (value === null) return empty;
  if (typeof value === 'string') return value;
  const decimals = format.decimals ?? 0;
  return format.kind === 'percent' ? formatPercent(value, 'vi', decimals) : formatNumber(value, 'vi', format.kind === 'number' ? decimals : 2);
}

function Table({ table }: { table: ReportTable }) {
  const { t } = useTranslation();
  return (
    <figure className="report-page__table">
      <figcaption>{table.title}</figcaption>
      <div className="report-page__table-scroll">
        <table>
          <thead>
            <tr>
              {table.columns.map((c, i) => (
                <th key={i}>{c.label}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={r}>
                {row.map((value, i) => {
                  const format = table.columns[i]?.format ?? { kind: 'text' as const };
                  return (
                    <td key={i} className={format.kind === 'text' ? undefined : 'report-page__number'}>
                      {cell(value, format, t('reports.document.emptyCell'))}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {table.note ? <p className="report-page__note">{table.note}</p> : null}
    </figure>
  );
}

function Section({ section }: { section: ReportSection }) {
  return (
    <section className="report-page__section">
      <h3>{section.title}</h3>
      {section.paragraphs.map((p, i) => (
        <p key={i} className="report-page__paragraph">
          {p}
        </p>
      ))}
      {section.tables.map((table, i) => (
        <Table key={i} table={table} />
      ))}
    </section>
  );
}

export function ReportPage({ model }: { model: ReportModel }) {
  const { t } = useTranslation();
  const { header } = model;
  const [year = '', month = '', day = ''] = header.date.split('-').map((part) => String(Number(part)));
  const dateLine = t('reports.document.dateLine', { place: header.place, day, month, year }).replace(/^, /, '');
  return (
    <article className="report-page" lang="vi" data-testid="report-page">
      <header className="report-page__header">
        <div className="report-page__issuer">
          <p>{header.parentBody}</p>
          <p className="report-page__strong">{header.issuingBody}</p>
          <hr className="report-page__rule report-page__rule--short" />
          <p>{header.number}</p>
        </div>
        <div className="report-page__nation">
          <p className="report-page__strong">{t('reports.document.nation')}</p>
          <p className="report-page__strong report-page__motto">{t('reports.document.motto')}</p>
          <hr className="report-page__rule" />
          <p className="report-page__date">{dateLine}</p>
        </div>
      </header>
      <h2 className="report-page__type">
        <span>{header.documentType.toUpperCase()}</span>
        <span className="report-page__summary">{header.summary}</span>
      </h2>
      <hr className="report-page__rule report-page__rule--summary" />
      {model.simulatedNotice ? (
        <p className="report-page__simulated" role="note">
          {model.simulatedNotice}
        </p>
      ) : null}
      {model.introduction.map((p, i) => (
        <p key={i} className="report-page__paragraph">
          {p}
        </p>
      ))}
      {[...model.sections, ...model.closing].map((section) => (
        <Section key={section.key} section={section} />
      ))}
      <footer className="report-page__closing">
        <div className="report-page__recipients">
          <p className="report-page__recipients-title">{t('reports.document.recipients')}</p>
          <ul>
            {model.recipients.map((r, i) => (
              <li key={i}>- {r}</li>
            ))}
          </ul>
        </div>
        <div className="report-page__signature">
          {model.signature.authority ? <p className="report-page__strong">{model.signature.authority}</p> : null}
          <p className="report-page__strong">{model.signature.title}</p>
          <p className="report-page__signer">{model.signature.name}</p>
        </div>
      </footer>
      {model.sources.length > 0 ? (
        <section className="report-page__appendix" data-testid="report-sources">
          <h3 className="report-page__type">
            <span>{t('reports.document.appendix')}</span>
            <span className="report-page__summary">{t('reports.document.sources')}</span>
          </h3>
          <table className="report-page__sources">
            <colgroup>
              <col className="report-page__sources-no" />
              <col className="report-page__sources-subject" />
              <col />
            </colgroup>
            <thead>
              <tr>
                <th>{t('reports.document.sourceNo')}</th>
                <th>{t('reports.document.sourceSubject')}</th>
                <th>{t('reports.document.sourceCitation')}</th>
              </tr>
            </thead>
            <tbody>
              {model.sources.map((s, i) => (
                <tr key={i}>
                  <td className="report-page__number">{formatNumber(i + 1, 'vi')}</td>
                  <td className="report-page__source-subject">{s.subject.replace(/;\s*/g, '; ')}</td>
                  <td>{s.citation}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </article>
  );
}
