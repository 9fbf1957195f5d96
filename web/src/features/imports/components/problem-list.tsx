/**
 * An import's errors or warnings as a table (row, cell, column, message in the reader's language), 20 a page, so
 * the 1,000 a preview keeps never make a long page; an error at a cell has a button that shows it in the grid.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { localMessage } from '@/lib/api/errors';
import { formatNumber } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import type { ImportProblem } from '../api/types';
import { parseCellRef } from './cell-refs';

const PAGE = 20;

export interface ProblemListProps {
  title: string;
  problems: readonly ImportProblem[];
  tone: 'danger' | 'warning';
  onShow?: (row: number, column: number) => void;
  testId: string;
}

export function ProblemList({ title, problems, tone, onShow, testId }: ProblemListProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(problems.length / PAGE));
  const current = Math.min(page, pages - 1);
  const shown = problems.slice(current * PAGE, current * PAGE + PAGE);
  return (
    <section className={`import-problems import-problems--${tone}`} data-testid={testId} aria-label={title}>
      <h3 className="import-problems__title">
        {title} ({formatNumber(problems.length, language)})
      </h3>
      <div className="import-problems__scroll">
        <table className="import-problems__table">
          <thead>
            <tr>
              <th scope="col">{t('imports.problems.row')}</th>
              <th scope="col">{t('imports.problems.cell')}</th>
              <th scope="col">{t('imports.problems.column')}</th>
              <th scope="col">{t('imports.problems.message')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((p, i) => {
              const at = parseCellRef(p.cell ?? '');
              return (
                <tr key={`${current}-${i}`}>
                  <td data-label={p.row ? t('imports.problems.row') : ''}>{p.row ? p.row : t('imports.problems.wholeFile')}</td>
                  <td>
                    {at && onShow ? (
                      <button
                        type="button"
                        className="import-problems__cell"
                        onClick={() => onShow(at.row, at.column)}
                        aria-label={t('imports.problems.show', { cell: p.cell })}
                      >
                        {p.cell}
                      </button>
                    ) : (
                      (p.cell ?? '')
                    )}
                  </td>
                  <td>{p.column}</td>
                  <td>{localMessage(p.message ?? '', language)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {pages > 1 ? (
        <nav className="import-problems__pager" aria-label={title}>
          <Button size="small" disabled={current === 0} onClick={() => setPage(current - 1)}>
            {t('imports.problems.previous')}
          </Button>
          <span>{t('imports.problems.page', { page: current + 1, pages })}</span>
          <Button size="small" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
            {t('imports.problems.next')}
          </Button>
        </nav>
      ) : null}
    </section>
  );
}
