import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

/**
 * The structure docs/ARCHITECTURE.md states, as the project's own lint config enforces it: SQL in src/store
 * only, transactions opened in src/app or src/store, server and cli calling app (the store only for its types
 * and to open and migrate it), and the dependency direction.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function problems(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('the architecture lint', () => {
  it('refuses SQL builder calls and kysely values outside src/store, and takes them inside', async () => {
    expect(await problems('src/compute/analytics/x.ts', "export const f = (db: Db) => db.selectFrom('units').selectAll().execute();\n")).toEqual([
      expect.stringMatching(/^no-restricted-syntax: SQL lives in src\/store only/),
    ]);
    expect(await problems('src/app/collection/x.ts', "export const f = (trx: Db) => trx.deleteFrom('units').execute();\n")).toHaveLength(1);
    expect(await problems('src/app/collection/x.ts', "import { sql } from 'kysely';\nexport const q = sql`select 1`;\n")).toEqual([
      expect.stringMatching(/no-restricted-imports.*SQL lives in src\/store only/),
    ]);
    expect(await problems('src/app/collection/x.ts', "import type { Kysely } from 'kysely';\nexport type D = Kysely<object>;\n")).toEqual([]);
    expect(
      await problems(
        'src/store/units/x.ts',
        "import { sql } from 'kysely';\nexport const f = (db: Db) => db.selectFrom('units').where(sql`1 = 1`).execute();\n",
      ),
    ).toEqual([]);
  });

  it('lets only src/app and src/store open a transaction', async () => {
    const code = 'export const f = (db: Db) => db.transaction().execute(async () => 1);\n';
    expect(await problems('src/compute/aggregates/x.ts', code)).toEqual([
      expect.stringMatching(/^no-restricted-syntax: Transactions are opened by the use cases in src\/app/),
    ]);
    expect(await problems('src/server/routes/x.ts', code)).toHaveLength(1);
    expect(await problems('src/app/metadata/x.ts', code)).toEqual([]);
  });

  it('has server and cli call app, naming the store only for its types, db.ts and migrate.ts', async () => {
    expect(await problems('src/server/routes/x.ts', "import { findSession } from '../../store/auth/sessions.ts';\nexport const f = findSession;\n")).toEqual([
      expect.stringMatching(/no-restricted-imports.*src\/server calls src\/app, not the store/),
    ]);
    expect(await problems('src/cli/commands/x.ts', "import { listUsers } from '../../store/auth/users.ts';\nexport const f = listUsers;\n")).toHaveLength(1);
    expect(
      await problems('src/cli/commands/x.ts', "import { recomputeAll } from '../../compute/aggregates/recompute.ts';\nexport const f = recomputeAll;\n"),
    ).toEqual([expect.stringMatching(/no-restricted-imports.*src\/cli calls src\/app, not compute/)]);
    expect(
      await problems(
        'src/server/x.ts',
        "import type { Store } from '../store/db.ts';\nimport type { UserRow } from '../store/auth/users.ts';\nexport type S = [Store, UserRow];\n",
      ),
    ).toEqual([]);
    expect(
      await problems(
        'src/cli/commands/x.ts',
        "import { openStore } from '../../store/db.ts';\nimport { migrateToLatest } from '../../store/migrate.ts';\nexport const f = [openStore, migrateToLatest];\n",
      ),
    ).toEqual([]);
  });

  it('keeps the dependency direction: no layer imports one above it', async () => {
    expect(
      await problems('src/store/x.ts', "import { queryIndicator } from '../app/analytics/indicator-query.ts';\nexport const f = queryIndicator;\n"),
    ).toEqual([expect.stringMatching(/src\/store must not import src\/app/)]);
    expect(await problems('src/domain/x.ts', "import type { Store } from '../store/db.ts';\nexport type S = Store;\n")).toHaveLength(1);
  });
});
