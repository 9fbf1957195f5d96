/**
 * The uploaded file as a grid, as the spreadsheet shows it: row numbers down the side, column letters across the
 * top, each bad cell in red with its error (a click or tap shows it above the grid; screen readers read it in the
 * cell). Virtualised (@tanstack/react-virtual): only the rows in the scrolled window (and a few more) are in the
 * page, and only their pages of 200 rows are fetched, so a 100,000-row file scrolls as fast as a 10-row one.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localMessage } from '@/lib/api/errors';
import { formatNumber } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import { ROWS_PAGE, useImportRows } from '../api/use-import-rows';
import type { ImportProblem } from '../api/types';
import { columnLetters, problemsByCell } from './cell-refs';

const ROW_HEIGHT = 32;
const ROW_HEADER_REM = 4.5;
const COLUMN_REM = 10;

export interface GridTarget {
  row: number;
  column: number;
  /** Changes on every request, so asking for the same cell again scrolls again. */
  nonce: number;
}

export interface ImportGridProps {
  importId: string;
  fileName: string;
  rows: number;
  columns: number;
  errors: readonly ImportProblem[];
  target: GridTarget | null;
}

export function ImportGrid({ importId, fileName, rows, columns, errors, target }: ImportGridProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const scroller = useRef<HTMLDivElement>(null);
  const bad = useMemo(() => problemsByCell(errors), [errors]);
  const [selected, setSelected] = useState<{ row: number; column: number } | null>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser is read during render only, never memoised
  const virtualizer = useVirtualizer({ count: rows, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 8 });
  const items = virtualizer.getVirtualItems();
  const first = items.length > 0 ? Math.floor((items[0]?.index ?? 0) / ROWS_PAGE) : 0;
  const last = items.length > 0 ? Math.floor((items[items.length - 1]?.index ?? 0) / ROWS_PAGE) : 0;
  const loaded = useImportRows(importId, first, last, rows > 0);

  useEffect(() => {
    if (!target) return;
    // Sheet rows are stored in order from the first row read; an error's row is near (rowNumber − first row number).
    const firstRow = loaded.get(0)?.row ?? 1;
    virtualizer.scrollToIndex(Math.max(0, Math.min(rows - 1, target.row - firstRow)), { align: 'center' });
    // And across to its column (a phone shows one or two columns): the widths are the template's, in rem.
    const element = scroller.current;
    if (element) {
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
      element.scrollLeft = Math.max(0, (ROW_HEADER_REM + target.column * COLUMN_REM + COLUMN_REM / 2) * rem - element.clientWidth / 2);
    }
    setSelected({ row: target.row, column: target.column });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new target scrolls
  }, [target]);

  const width = Math.max(columns, 1);
  // Fixed widths: every row is its own CSS grid, so its columns must not size to its own content.
  const template = `${ROW_HEADER_REM}rem repeat(${width}, ${COLUMN_REM}rem)`;
  const selectedMessages = selected ? bad.get(`${selected.row}:${selected.column}`) : undefined;
  return (
    <div className="import-grid">
      <p className="import-grid__help" id="import-grid-help">
        {t('imports.grid.help')}
      </p>
      <p className="import-grid__selected" role="status" aria-live="polite" data-testid="grid-selected">
        {selected && selectedMessages
          ? selectedMessages
              .map((m) => t('imports.grid.errorIn', { cell: `${columnLetters(selected.column)}${selected.row}`, message: localMessage(m, language) }))
              .join(' · ')
          : ''}
      </p>
      <div
        ref={scroller}
        className="import-grid__scroller"
        role="table"
        aria-label={t('imports.grid.caption', { file: fileName, rows: formatNumber(rows, language) })}
        aria-rowcount={rows + 1}
        aria-colcount={width + 1}
        aria-describedby="import-grid-help"
        tabIndex={0}
        data-testid="import-grid"
      >
        <div className="import-grid__head" role="row" aria-rowindex={1} style={{ gridTemplateColumns: template }}>
          <span role="columnheader" className="import-grid__corner">
            {t('imports.grid.rowHeader')}
          </span>
          {Array.from({ length: width }, (_, c) => (
            <span role="columnheader" key={c} className="import-grid__colhead">
              {columnLetters(c)}
            </span>
          ))}
        </div>
        <div className="import-grid__body" style={{ height: virtualizer.getTotalSize() }} role="rowgroup">
          {items.map((item) => {
            const row = loaded.get(item.index);
            return (
              <div
                key={item.key}
                role="row"
                aria-rowindex={item.index + 2}
                className="import-grid__row"
                data-grid-row={row?.row ?? ''}
                style={{ transform: `translateY(${item.start}px)`, gridTemplateColumns: template, height: ROW_HEIGHT }}
              >
                <span role="rowheader" className="import-grid__rownum">
                  {row ? row.row : '…'}
                </span>
                {Array.from({ length: width }, (_, c) => {
                  const text = row?.cells[c] ?? '';
                  const messages = row ? bad.get(`${row.row}:${c}`) : undefined;
                  const isSelected = row !== undefined && selected?.row === row.row && selected.column === c;
                  const className = ['import-grid__cell', messages ? 'import-grid__cell--bad' : '', isSelected ? 'import-grid__cell--selected' : '']
                    .filter(Boolean)
                    .join(' ');
                  if (!messages)
                    return (
                      <span role="cell" key={c} className={className} title={text.length > 14 ? text : undefined}>
                        {text}
                      </span>
                    );
                  const described = messages.map((m) => localMessage(m, language)).join(' · ');
                  return (
                    <span role="cell" key={c} className={className} data-cell={`${columnLetters(c)}${row?.row ?? ''}`}>
                      <button type="button" className="import-grid__bad" title={described} onClick={() => row && setSelected({ row: row.row, column: c })}>
                        {text || '\u00a0'}
                        <span className="visually-hidden">{` — ${described}`}</span>
                      </button>
                    </span>
                  );
                })}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
