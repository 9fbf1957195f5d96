import { Option, type Command } from 'commander';
import type { Actor } from '../../domain/access.ts';
import { TARGET_STATUS_LABELS } from '../../domain/targets.ts';
import { formatViNumber } from '../../domain/vi-number.ts';
import { queryIndicator, type AnalyticsRow, type Breakdown, type IndicatorQueryResult, type View } from '../../app/analytics/indicator-query.ts';
import { periodsOfInput, unitsOfInput } from '../../app/analytics/query-input.ts';
import { withStore } from '../store-option.ts';

/** The operator at the database's console reads as an admin (as `dx-ioc import` without --as). */
const CLI_ACTOR: Actor = { kind: 'user', name: 'cli', role: 'admin', unitScopes: [] };

interface AnalyticsOptions {
  db?: string;
  view: View;
  by?: string;
}

/**
 * `dx-ioc analytics INDICATOR UNIT PERIOD[..PERIOD] [--view was|now] [--by children|leaves|UNIT,…]`: the same
 * query as GET /api/v1/analytics (app/analytics/indicator-query.ts), printed as a vi-VN table.
 */
export function registerAnalyticsCommand(program: Command, dbHelp: string): void {
  program
    .command('analytics <indicator> <unit> <period>')
    .description(
      'Số liệu một chỉ tiêu của một đơn vị theo kỳ (PERIOD hoặc ĐẦU..CUỐI, ví dụ 202401..202412) / an indicator for a unit over one period or a range',
    )
    .addOption(
      new Option('--view <view>', "cây 'was' (như trong kỳ) hoặc 'now' (cây hiện nay) / the tree as it was, or today's").choices(['was', 'now']).default('was'),
    )
    .option(
      '--by <breakdown>',
      "chia theo: 'children' (đơn vị trực thuộc), 'leaves' (cấp xã) hoặc danh sách mã A,B,… / break down by children, leaves or listed units",
    )
    .option('--db <target>', dbHelp)
    .action(async (indicator: string, unit: string, period: string, opts: AnalyticsOptions) => {
      const periods = periodsOfInput(period.includes('..') ? { periods: period } : { period });
      const by = opts.by?.trim();
      const breakdown: Breakdown = by === undefined || by === 'none' ? 'none' : by === 'children' || by === 'leaves' ? by : 'units';
      const units = breakdown === 'units' ? unitsOfInput(by!) : undefined;
      const result = await withStore(opts.db, (store) =>
        queryIndicator(store, { indicator, unit, periods, view: opts.view, breakdown, ...(units ? { units } : {}) }, CLI_ACTOR),
      );
      console.log(analyticsTable(result));
    });
}

const TREE = { was: 'cây đơn vị trong kỳ', now: 'cây đơn vị hiện nay' } as const;

/** The answer as a table: a heading line, then one line per row; numbers in vi-VN, '—' where there is none. */
export function analyticsTable(result: IndicatorQueryResult): string {
  const periods =
    result.periods.length === 1 ? `kỳ ${result.periods[0]}` : `${result.periods.length} kỳ ${result.periods[0]}..${result.periods[result.periods.length - 1]}`;
  const heading = `Chỉ tiêu ${result.indicator} — ${result.unit.code} ${result.unit.name}, ${periods}, ${TREE[result.view]}: ${formatViNumber(result.rows.length)} dòng`;
  const header = ['Kỳ', 'Đơn vị', 'Giá trị', 'Tử số', 'Mẫu số', 'Báo cáo', 'Chỉ tiêu', 'Đánh giá', 'Chênh lệch'];
  const lines = result.rows.map((row) => cells(row, result.decimals));
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  // Text columns (period, unit, status) to the left, numbers to the right.
  const left = new Set([0, 1, 7]);
  const format = (line: string[]) =>
    line
      .map((cell, i) => (left.has(i) ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  const notes = result.rows.some((r) => r.approximate)
    ? ['≈: có phần số liệu qua liên kết sắp xếp lại không rõ tỷ lệ / partly through a lineage link without a declared share']
    : [];
  return [heading, '', format(header), ...lines.map(format), ...(notes.length ? ['', ...notes] : [])].join('\n');
}

function cells(row: AnalyticsRow, decimals: number): string[] {
  const value = row.value === null ? '—' : `${row.approximate ? '≈' : ''}${formatViNumber(row.value, decimals)}`;
  return [
    row.period,
    `${row.unit.code} ${row.unit.name}`,
    value,
    part(row.numerator),
    part(row.denominator),
    `${formatViNumber(row.coverage.reported)}/${formatViNumber(row.coverage.expected)}`,
    row.target === undefined ? '' : formatViNumber(row.target, decimals),
    row.status ? TARGET_STATUS_LABELS[row.status].vi : '',
    row.gap === undefined || row.gap === null ? '' : formatViNumber(row.gap, decimals),
  ];
}

/** A numerator or denominator: whole as counted, else with two decimals (a share through a partial link). */
function part(n: number | null): string {
  if (n === null) return '—';
  return formatViNumber(n, Number.isInteger(n) ? 0 : 2);
}
