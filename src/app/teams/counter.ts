/**
 * The teams registry's counter (registries/registry-counter.ts): at each commune (a village team is its commune's),
 * the commune and village teams standing at the period's end and their members, 1 for a commune with a commune
 * team, and the activities held and people supported within the period. The drill-down's records are the teams
 * (title: name, level, village; counts: what each adds), never their members.
 */
import type { Kysely } from 'kysely';
import type { Period } from '../../domain/periods.ts';
import type { RegistryMeasure } from '../../domain/registry-measures.ts';
import { earliestTeamDate, flowPerUnit, flowTeams, stockPerUnit, stockTeams, type TeamFigureRow, type TeamStock } from '../../store/teams/counts.ts';
import type { Database } from '../../store/schema.ts';
import type { RegistryCounter, RegistryRecord } from '../registries/registry-counter.ts';

type Source = { kind: 'stock'; what: TeamStock; level: 'commune' | 'village' } | { kind: 'flow'; what: 'activities' | 'people' };

const SOURCES: Partial<Record<RegistryMeasure, Source>> = {
  'teams.commune_teams': { kind: 'stock', what: 'teams', level: 'commune' },
  'teams.commune_members': { kind: 'stock', what: 'members', level: 'commune' },
  'teams.village_teams': { kind: 'stock', what: 'teams', level: 'village' },
  'teams.village_members': { kind: 'stock', what: 'members', level: 'village' },
  'teams.communes_with_team': { kind: 'stock', what: 'units', level: 'commune' },
  'teams.activities': { kind: 'flow', what: 'activities' },
  'teams.people_supported': { kind: 'flow', what: 'people' },
};

function sourceOf(measure: RegistryMeasure): Source {
  const source = SOURCES[measure];
  if (!source) throw new Error(`not a teams measure: ${measure}`);
  return source;
}

/** A team as the drill-down names it: "Tổ CNSCĐ thôn Phước Hậu (cấp thôn: Phước Hậu)". */
export function teamTitle(team: { name: string; level: string; village: string | null }): string {
  return team.level === 'village' ? `${team.name} (cấp thôn: ${team.village ?? ''})` : `${team.name} (cấp xã)`;
}

function toRecord(row: TeamFigureRow): RegistryRecord {
  return {
    id: String(row.id),
    title: teamTitle(row),
    unit: row.unitCode,
    state: row.dissolvedOn ? 'dissolved' : 'active',
    date: row.decisionDate,
    counts: row.n,
    simulated: row.simulated === 1,
  };
}

export const teamsCounter: RegistryCounter = {
  registry: 'teams',
  async count(db: Kysely<Database>, measure: RegistryMeasure, period: Period, unitCodes: readonly string[] | null) {
    const source = sourceOf(measure);
    if (source.kind === 'stock') return stockPerUnit(db, source.what, { level: source.level, unitCodes }, period.end);
    return flowPerUnit(db, source.what, unitCodes, period.start, period.end);
  },
  async records(db, measure, period, unitCodes, page) {
    const source = sourceOf(measure);
    const rows =
      source.kind === 'stock'
        ? await stockTeams(db, source.what, source.level, unitCodes, period.end)
        : await flowTeams(db, source.what, unitCodes, period.start, period.end);
    rows.sort((a, b) => a.unitCode.localeCompare(b.unitCode) || (a.village ?? '').localeCompare(b.village ?? '') || a.id - b.id);
    return { total: rows.length, rows: rows.slice(page.offset, page.offset + page.limit).map(toRecord) };
  },
  earliestDate: (db) => earliestTeamDate(db),
};
