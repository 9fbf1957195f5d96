/**
 * The team spreadsheet import on /teams (callers with write_values): the template to download, a file to upload,
 * then either the counts written or the row errors at their row (row, cell, column, value, message) with nothing
 * written. A success reads the registry again (and the figures it moved).
 */
import { useRef, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { FilePicker } from '@/components/ui/file-picker';
import { Notice } from '@/components/ui/notice';
import { ApiErrorNotice } from '@/components/errors/api-error-notice';
import { csrfTokenFrom } from '@/lib/auth';
import { localMessage } from '@/lib/api/errors';
import { useLanguage } from '@/lib/i18n';
import { formatNumber } from '@/lib/format';
import { downloadTeamTemplate, teamImportErrors, uploadTeams } from '../api/team-import';
import '@/components/ui/table.css';

export function TeamImport() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const queries = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [missing, setMissing] = useState(false);
  const template = useMutation({ mutationFn: downloadTeamTemplate });
  const upload = useMutation({
    mutationFn: (file: File) => uploadTeams(file, csrfTokenFrom(queries)),
    onSuccess: () => void queries.invalidateQueries(),
  });
  const n = (v: number) => formatNumber(v, language, 0);
  const rowErrors = upload.isError ? teamImportErrors(upload.error) : [];
  const send = () => {
    const file = input.current?.files?.[0];
    setMissing(!file);
    if (file) upload.mutate(file);
  };
  return (
    <div className="teams__import" data-testid="teams-import">
      <p>{t('teams.import.help')}</p>
      <div className="teams__form">
        <Button onClick={() => template.mutate()} disabled={template.isPending}>
          {t('teams.import.template')}
        </Button>
        <FilePicker
          ref={input}
          label={t('teams.import.file')}
          pick={t('teams.import.pick')}
          none={t('teams.import.noFile')}
          accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onFiles={() => {
            setMissing(false);
            upload.reset();
          }}
        />
        <Button variant="primary" onClick={send} disabled={upload.isPending}>
          {upload.isPending ? t('teams.import.uploading') : t('teams.import.upload')}
        </Button>
      </div>
      {template.isError ? <ApiErrorNotice error={template.error} /> : null}
      {missing ? <Notice tone="warning">{t('teams.import.chooseFile')}</Notice> : null}
      {upload.isSuccess ? (
        <Notice tone="success">
          <span data-testid="teams-import-done">
            {t('teams.import.done', {
              file: upload.data.fileName,
              rows: n(upload.data.rows),
              created: n(upload.data.teams.created),
              updated: n(upload.data.teams.updated),
              members: n(upload.data.members),
            })}
          </span>
        </Notice>
      ) : null}
      {rowErrors.length > 0 ? (
        <section data-testid="teams-import-errors" aria-label={t('teams.import.errors')}>
          <Notice tone="danger">{t('teams.import.refused', { number: n(rowErrors.length) })}</Notice>
          <div className="ui-table__scroll">
            <table className="ui-table ui-stack-table">
              <thead>
                <tr>
                  <th scope="col">{t('teams.import.row')}</th>
                  <th scope="col">{t('teams.import.cell')}</th>
                  <th scope="col">{t('teams.import.columnName')}</th>
                  <th scope="col">{t('teams.import.value')}</th>
                  <th scope="col">{t('teams.import.message')}</th>
                </tr>
              </thead>
              <tbody>
                {rowErrors.map((e, i) => (
                  <tr key={i}>
                    <td data-label={t('teams.import.row')}>{e.row ? n(e.row) : '—'}</td>
                    <td data-label={t('teams.import.cell')} className={e.cell ? undefined : 'is-empty'}>
                      {e.cell}
                    </td>
                    <td data-label={t('teams.import.columnName')} className={e.column ? undefined : 'is-empty'}>
                      {e.column}
                    </td>
                    <td data-label={t('teams.import.value')} className={e.value ? undefined : 'is-empty'}>
                      {e.value}
                    </td>
                    <td data-label={t('teams.import.message')}>{localMessage(e.message, language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : upload.isError ? (
        <ApiErrorNotice error={upload.error} />
      ) : null}
    </div>
  );
}
