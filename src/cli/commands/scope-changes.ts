/**
 * `dx-ioc user scope add|remove USERNAME UNIT[@DATE]…` and `dx-ioc token scope add|remove TOKEN [UNIT[@DATE]]…
 * [--element CODE]…`: change the scopes of an existing user or token (e.g. re-grant what `scopes review`
 * lists after the reform). Each prints the scopes held afterwards, one a line, as `user list` shows them. The
 * changes are app/auth/scopes.ts's, as the operator (CLI_ACTOR), audited as actor `cli`.
 */
import type { Command } from 'commander';
import { describeVersion, type UnitVersion } from '../../domain/unit-scopes.ts';
import { addTokenScopes, addUserScopes, removeTokenScopes, removeUserScopes, type ScopeChangeResult } from '../../app/auth/scopes.ts';
import { cliContext } from '../../app/auth/admin-context.ts';
import { withStore } from '../store-option.ts';
import { scopeText } from './scopes.ts';

const collect = (value: string, previous: string[]): string[] => [...previous, value];

const UNIT_HELP = 'unit scope CODE (the version in force today) or CODE@YYYY-MM-DD (the version in force that day)';

function printUnitChange(owner: string, verb: 'add' | 'remove', result: ScopeChangeResult): void {
  const done = verb === 'add' ? 'Đã cấp / granted' : 'Đã bỏ / removed';
  const list = (vs: UnitVersion[]): string => vs.map(describeVersion).join('; ');
  if (result.changed.length) console.log(`${done} ${owner}: ${list(result.changed)}`);
  if (result.unchanged.length) console.log(`Đã có sẵn, bỏ qua / already held, skipped: ${result.unchanged.join(', ')}`);
  console.log(`Phạm vi đơn vị của ${owner} / unit scopes of ${owner}:`);
  for (const s of result.scopes) console.log(`  ${scopeText(s)}`);
  if (!result.scopes.length) console.log('  -');
}

export async function userScopeAddCommand(username: string, units: string[], opts: { db?: string }): Promise<void> {
  const result = await withStore(opts.db, (store) => addUserScopes(store, cliContext('user scope add'), username, units));
  printUnitChange(username, 'add', result);
}

export async function userScopeRemoveCommand(username: string, units: string[], opts: { db?: string }): Promise<void> {
  const result = await withStore(opts.db, (store) => removeUserScopes(store, cliContext('user scope remove'), username, units));
  printUnitChange(username, 'remove', result);
}

interface TokenScopeOptions {
  element: string[];
  db?: string;
}

async function tokenScopeCommand(verb: 'add' | 'remove', name: string, units: string[], opts: TokenScopeOptions): Promise<void> {
  const change = verb === 'add' ? addTokenScopes : removeTokenScopes;
  const result = await withStore(opts.db, (store) => change(store, cliContext(`token scope ${verb}`), name, { units, elements: opts.element }));
  printUnitChange(`token ${name}`, verb, result);
  if (result.elementsUnchanged.length) console.log(`Phần tử đã có sẵn, bỏ qua / elements already held, skipped: ${result.elementsUnchanged.join(', ')}`);
  console.log(`Phần tử dữ liệu / data elements: ${result.elements.length ? result.elements.join(', ') : '* (mọi phần tử / every element)'}`);
}

export const tokenScopeAddCommand = (name: string, units: string[], opts: TokenScopeOptions): Promise<void> => tokenScopeCommand('add', name, units, opts);
export const tokenScopeRemoveCommand = (name: string, units: string[], opts: TokenScopeOptions): Promise<void> =>
  tokenScopeCommand('remove', name, units, opts);

/** Adds `user scope add|remove` under the `user` command. */
export function registerUserScopeCommands(user: Command, dbHelp: string): void {
  const scope = user.command('scope').description('change the unit scopes of an existing user (one transaction; sessions see it at their next request)');
  scope
    .command('add <username> <units...>')
    .description(`grant unit scopes; ${UNIT_HELP}; held ones are skipped`)
    .option('--db <target>', dbHelp)
    .action(userScopeAddCommand);
  scope
    .command('remove <username> <units...>')
    .description('remove unit scopes the user has: CODE (their only scope with that code, else the version in force today) or CODE@YYYY-MM-DD')
    .option('--db <target>', dbHelp)
    .action(userScopeRemoveCommand);
}

/** Adds `token scope add|remove` under the `token` command. */
export function registerTokenScopeCommands(token: Command, dbHelp: string): void {
  const scope = token.command('scope').description('change the unit and data element scopes of a live token (one transaction)');
  scope
    .command('add <name> [units...]')
    .description(`grant unit scopes (${UNIT_HELP}) and data elements; held ones are skipped; an element narrows a token that had none (every element)`)
    .option('--element <code>', 'data element scope (repeatable)', collect, [])
    .option('--db <target>', dbHelp)
    .action(tokenScopeAddCommand);
  scope
    .command('remove <name> [units...]')
    .description('remove unit scopes and data elements the token has; it keeps at least one unit, and one element if it had any')
    .option('--element <code>', 'data element scope (repeatable)', collect, [])
    .option('--db <target>', dbHelp)
    .action(tokenScopeRemoveCommand);
}
