import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../db.ts';
import { todayIsoDate } from '../../domain/dates.ts';
import { pickVersion, validityText, type UnitVersion } from '../../domain/unit-scopes.ts';

/** app_meta key: a one-line summary of what 0008 resolved (the details are on each scope row). */
export const SCOPES_RESOLVED_KEY = 'auth.scopesResolved0008';

interface CodeRow {
  owner: number;
  code: string;
  createdAt: string;
}

/**
 * Unit scopes name a unit VERSION (units.id), not just a code: on 1/7/2025 codes such as 68 were re-used by
 * a different unit, and a code-only scope granted for the old Lâm Đồng widened to the merged province.
 * user_units and api_token_scopes are rebuilt with unit_id (null for element scopes, and for a code no version
 * has ever had: such a scope grants nothing) and `resolution`, a note saying how a migrated code was resolved.
 * Each stored code resolves to the version in force on the day its user or token was created (its day in
 * Vietnam): what the admin meant when granting it. `dx-ioc scopes review` lists them for a check.
 * The keys change so one owner may hold two versions of one code (old 68 for 2024's data, new 68 after).
 */
export function unitScopeVersions(_dialect: DialectName) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const versions = new Map<string, UnitVersion[]>();
      const units = await sql<UnitVersion>`SELECT id, code, level, name, valid_from AS "validFrom", valid_to AS "validTo" FROM units`.execute(db);
      for (const u of units.rows) versions.set(u.code, [...(versions.get(u.code) ?? []), { ...u, id: Number(u.id) }]);
      const resolve = (code: string, createdAt: string): { unitId: number | null; resolution: string } => {
        const all = versions.get(code) ?? [];
        const day = todayIsoDate(new Date(createdAt)); // the grant's day in Vietnam, as addUser and createApiToken choose it
        const chosen = pickVersion(all, day);
        if (!chosen)
          return { unitId: null, resolution: `0008: không có đơn vị mã ${code}; phạm vi không cấp quyền nào / no unit has this code; grants nothing` };
        const how =
          all.length > 1
            ? `${all.length} phiên bản, chọn bản có hiệu lực ngày cấp ${day} / ${all.length} versions, the one in force when granted`
            : `1 phiên bản / one version`;
        return { unitId: chosen.id, resolution: `0008: ${code} → ${chosen.name} (${validityText(chosen)}); ${how}` };
      };

      const userRows =
        await sql<CodeRow>`SELECT uu.user_id AS owner, uu.unit_code AS code, u.created_at AS "createdAt" FROM user_units uu JOIN users u ON u.id = uu.user_id`.execute(
          db,
        );
      const tokenRows = await sql<
        CodeRow & { kind: string }
      >`SELECT s.token_id AS owner, s.kind, s.code, t.created_at AS "createdAt" FROM api_token_scopes s JOIN api_tokens t ON t.id = s.token_id`.execute(db);

      await db.schema.dropTable('user_units').execute();
      await db.schema
        .createTable('user_units')
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('unit_code', 'text', (c) => c.notNull())
        .addColumn('unit_id', 'integer', (c) => c.references('units.id'))
        .addColumn('resolution', 'text')
        .execute();
      await db.schema.createIndex('user_units_version').on('user_units').columns(['user_id', 'unit_code', 'unit_id']).unique().execute();
      await db.schema.createIndex('user_units_unit').on('user_units').column('unit_code').execute();

      await db.schema.dropTable('api_token_scopes').execute();
      await db.schema
        .createTable('api_token_scopes')
        .addColumn('token_id', 'integer', (c) => c.notNull().references('api_tokens.id').onDelete('cascade'))
        .addColumn('kind', 'text', (c) => c.notNull()) // 'unit' | 'element'
        .addColumn('code', 'text', (c) => c.notNull())
        .addColumn('unit_id', 'integer', (c) => c.references('units.id'))
        .addColumn('resolution', 'text')
        .execute();
      await db.schema.createIndex('api_token_scopes_version').on('api_token_scopes').columns(['token_id', 'kind', 'code', 'unit_id']).unique().execute();

      const resolved: string[] = [];
      for (const r of userRows.rows) {
        const { unitId, resolution } = resolve(r.code, r.createdAt);
        await sql`INSERT INTO user_units (user_id, unit_code, unit_id, resolution) VALUES (${Number(r.owner)}, ${r.code}, ${unitId}, ${resolution})`.execute(
          db,
        );
        resolved.push(`user#${r.owner}:${r.code}→${unitId ?? '-'}`);
      }
      for (const r of tokenRows.rows) {
        if (r.kind !== 'unit') {
          await sql`INSERT INTO api_token_scopes (token_id, kind, code, unit_id, resolution) VALUES (${Number(r.owner)}, ${r.kind}, ${r.code}, NULL, NULL)`.execute(
            db,
          );
          continue;
        }
        const { unitId, resolution } = resolve(r.code, r.createdAt);
        await sql`INSERT INTO api_token_scopes (token_id, kind, code, unit_id, resolution) VALUES (${Number(r.owner)}, 'unit', ${r.code}, ${unitId}, ${resolution})`.execute(
          db,
        );
        resolved.push(`token#${r.owner}:${r.code}→${unitId ?? '-'}`);
      }
      if (resolved.length) {
        await sql`INSERT INTO app_meta (key, value) VALUES (${SCOPES_RESOLVED_KEY}, ${`${resolved.length}: ${resolved.join(' ')}`.slice(0, 4000)})`.execute(db);
      }
    },
  };
}
