import type { Kysely } from 'kysely';
import type { DialectName } from '../db.ts';
import { withId } from './column-types.ts';

/**
 * Tổ công nghệ số cộng đồng (domain/community-teams.ts): a team per commune (unit_code, level 'commune') or village
 * (the commune's unit_code, level 'village', the village's name: villages are not units of the tree); its members
 * (personal data: name, phone) and activities hang off it and go with it. `simulated` marks the demo's invented
 * teams (mô phỏng). Dates are ISO text; a span's end (dissolved_on, left_on) is exclusive and null while open.
 */
export function communityTeams(dialect: DialectName) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await withId(db.schema.createTable('community_teams'), dialect)
        .addColumn('unit_code', 'text', (c) => c.notNull())
        .addColumn('level', 'text', (c) => c.notNull())
        .addColumn('village', 'text')
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('decision_number', 'text', (c) => c.notNull())
        .addColumn('decision_date', 'text', (c) => c.notNull())
        .addColumn('decision_issuer', 'text', (c) => c.notNull())
        .addColumn('dissolved_on', 'text')
        .addColumn('simulated', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('community_teams_unit').on('community_teams').columns(['unit_code', 'level']).execute();

      await withId(db.schema.createTable('community_team_members'), dialect)
        .addColumn('team_id', 'integer', (c) => c.notNull().references('community_teams.id').onDelete('cascade'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('phone', 'text')
        .addColumn('village_served', 'text')
        .addColumn('joined_on', 'text', (c) => c.notNull())
        .addColumn('left_on', 'text')
        .execute();
      await db.schema.createIndex('community_team_members_team').on('community_team_members').column('team_id').execute();

      await withId(db.schema.createTable('community_team_activities'), dialect)
        .addColumn('team_id', 'integer', (c) => c.notNull().references('community_teams.id').onDelete('cascade'))
        .addColumn('held_on', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('people_supported', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('community_team_activities_team').on('community_team_activities').columns(['team_id', 'held_on']).execute();
    },
  };
}
