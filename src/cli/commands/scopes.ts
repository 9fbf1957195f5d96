/** `dx-ioc scopes review`, and how a scope prints in `user list`, `token list` and the scope changes. */
import type { Command } from 'commander';
import { isCalendarDate } from '../../domain/dates.ts';
import { describeVersion } from '../../domain/unit-scopes.ts';
import { reviewScopes } from '../../app/auth/scopes.ts';
import { CLI_ACTOR } from '../../app/policy.ts';
import type { UnitScope } from '../../store/auth/unit-scopes.ts';
import { withStore } from '../store-option.ts';

/** '68 (Lâm Đồng, …–2025-06-30)': a scope with the unit version it names, as user list and token list print it. */
export function scopeText(scope: UnitScope): string {
  return scope.version ? describeVersion(scope.version) : `${scope.code} (không có phiên bản nào / names no unit version)`;
}

/** Scopes joined for a tab-separated column. */
export function scopesColumn(scopes: readonly UnitScope[]): string {
  return scopes.length ? scopes.map(scopeText).join('; ') : '-';
}

/**
 * `dx-ioc scopes review [--at DATE]`: scopes of enabled users and live tokens whose unit version has ended
 * (or that name none), with how migration 0008 resolved them, so an admin re-grants them on the new tree.
 */
export async function scopesReviewCommand(opts: { at?: string; db?: string }): Promise<void> {
  if (opts.at !== undefined && !isCalendarDate(opts.at)) throw new Error(`Ngày "${opts.at}" không hợp lệ (--at): YYYY-MM-DD / invalid --at date`);
  const rows = await withStore(opts.db, (store) => reviewScopes(store, CLI_ACTOR, opts.at));
  if (!rows.length) {
    console.log('Không có phạm vi nào cần xem lại: mọi phạm vi đều chỉ đơn vị đang có hiệu lực / no scope to review: every scope names a unit in force.');
    return;
  }
  for (const r of rows) {
    console.log([r.kind === 'user' ? 'người dùng/user' : 'token', r.owner, scopeText(r.scope), r.scope.resolution ?? ''].join('\t').trimEnd());
  }
  console.log(
    `${rows.length} phạm vi chỉ đơn vị đã hết hiệu lực: chúng chỉ cho quyền với các kỳ của đơn vị cũ; cấp thêm đơn vị mới nếu cần (dx-ioc user scope add TÊN MÃ, dx-ioc token scope add TÊN MÃ) / ${rows.length} scope(s) name an ended unit: they reach only the old unit's periods; grant the new unit if needed.`,
  );
}

/** Adds `dx-ioc scopes review`. */
export function registerScopeCommands(program: Command, dbHelp: string): void {
  const scopes = program.command('scopes').description('phạm vi đơn vị của người dùng và token / unit scopes of users and tokens');
  scopes
    .command('review')
    .description('list scopes whose unit version has ended (re-grant them on the new tree)')
    .option('--at <date>', 'the day to judge "ended" on (YYYY-MM-DD; default today in Vietnam)')
    .option('--db <target>', dbHelp)
    .action(scopesReviewCommand);
}
