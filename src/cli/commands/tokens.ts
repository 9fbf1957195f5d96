/** `dx-ioc token create|revoke|list`: the use cases of app/auth/tokens.ts as the operator (CLI_ACTOR), audited as actor `cli`. */
import type { Command } from 'commander';
import { createApiToken, listApiTokens, revokeApiToken } from '../../app/auth/tokens.ts';
import { CLI_ACTOR } from '../../app/policy.ts';
import { cliContext } from '../../app/auth/admin-context.ts';
import { withStore } from '../store-option.ts';
import { scopesColumn } from './scopes.ts';
import { registerTokenScopeCommands } from './scope-changes.ts';

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** `dx-ioc token create --name NAME --unit CODE… [--element CODE]…`: the token goes to stdout, once; notes go to stderr. */
export async function tokenCreateCommand(opts: { name: string; unit: string[]; element: string[]; db?: string }): Promise<void> {
  const { secret } = await withStore(opts.db, (store) =>
    createApiToken(store, cliContext('token create'), { name: opts.name, units: opts.unit, elements: opts.element }),
  );
  console.error(`Token "${opts.name}" (api_client; đơn vị ${opts.unit.join(', ')}${opts.element.length ? `; phần tử ${opts.element.join(', ')}` : ''}).`);
  console.error('Lưu lại ngay: token chỉ hiện một lần / store it now: it is shown only once. Gửi kèm: Authorization: Bearer <token>');
  console.log(secret);
}

export async function tokenRevokeCommand(name: string, opts: { db?: string }): Promise<void> {
  await withStore(opts.db, (store) => revokeApiToken(store, cliContext('token revoke'), name));
  console.log(`Đã thu hồi token "${name}"; nó không dùng được nữa.`);
}

export async function tokenListCommand(opts: { db?: string }): Promise<void> {
  const tokens = await withStore(opts.db, (store) => listApiTokens(store, CLI_ACTOR));
  if (!tokens.length) {
    console.log('Chưa có token nào. Tạo: dx-ioc token create --name TEN --unit MA');
    return;
  }
  for (const t of tokens) {
    const state = t.revokedAt ? `thu hồi ${t.revokedAt}` : 'hoạt động';
    console.log([t.name, scopesColumn(t.scopes), t.elements.length ? t.elements.join(',') : '*', state, `tạo ${t.createdAt}`].join('\t'));
  }
}

/** Adds `dx-ioc token create|revoke|list|scope` (API tokens for source systems, role api_client). */
export function registerTokenCommands(program: Command, dbHelp: string): void {
  const token = program.command('token').description('API tokens for source systems / token cho hệ thống nguồn');
  token
    .command('create')
    .description('create a token scoped to units (and data elements); printed once')
    .requiredOption('--name <name>', 'token name (e.g. the source system)')
    .option('--unit <code>', 'unit scope CODE or CODE@YYYY-MM-DD: the unit version in force that day, default today (repeatable, at least one)', collect, [])
    .option('--element <code>', 'data element scope (repeatable; none = all elements)', collect, [])
    .option('--db <target>', dbHelp)
    .action(tokenCreateCommand);
  token.command('revoke <name>').description('revoke a token at once').option('--db <target>', dbHelp).action(tokenRevokeCommand);
  token.command('list').description('list tokens (never the tokens themselves)').option('--db <target>', dbHelp).action(tokenListCommand);
  registerTokenScopeCommands(token, dbHelp);
}
