/**
 * Importing teams and members from the communes' spreadsheets (one row per member; import-columns.ts): read with
 * the import machinery (import-read.ts), checked whole — every row against the domain's validators, the tree (a
 * commune in force on the decision's date), the caller's scope (`write_values` on the commune) and the other rows
 * of its team (one decision per team) —, and written only when no row has an error, in one transaction with the
 * audit and the derived figures. A team already open at the same commune, level and village takes the file's
 * decision and member list (the file is the commune's list as it stands); any other is created.
 *
 * Errors name the row, the column (its header in the file), the cell ('H7') and the value. The audit keeps the
 * teams and the number of members, never their names or phones (commands.ts says why).
 */
import type { Actor } from '../../domain/access.ts';
import { validateMember, validateTeam, type MemberInput, type TeamInput } from '../../domain/community-teams.ts';
import { foldVietnamese } from '../../domain/text.ts';
import { writeAudit } from '../../store/audit.ts';
import type { Store } from '../../store/db.ts';
import { unitWithLevelAt } from '../../store/teams/counts.ts';
import { deleteMembersOf, findOpenTeam, insertMembers, insertTeam, updateTeamRow } from '../../store/teams/repo.ts';
import { inRetryingTransaction } from '../../store/transaction.ts';
import { refreshDerivedValues } from '../registries/derived-values.ts';
import { teamsCounter } from './counter.ts';
import { TEAM_IMPORT_FIELDS, type TeamImportField } from './import-columns.ts';
import { cellDate, cellLevel, cellPhone, cellRole, cellString } from './import-cells.ts';
import { cellOf, readTeamSheet, type TeamSheet, type TeamSheetRow } from './import-read.ts';
import { canOnTeamUnit, teamUnitPath } from './team-access.ts';

export interface TeamImportProblem {
  row: number;
  column: string;
  cell: string;
  value: string;
  message: string;
}

export interface TeamImportResult {
  fileName: string;
  format: 'xlsx' | 'csv';
  written: boolean;
  rows: number;
  teams: { created: number; updated: number };
  members: number;
  errorCount: number;
  errors: TeamImportProblem[];
}

const KEPT_ERRORS = 1000;

const TEAM_PATHS: Record<string, TeamImportField> = {
  'team.unit': 'unit',
  'team.level': 'level',
  'team.village': 'village',
  'team.name': 'name',
  'team.decisionNumber': 'decisionNumber',
  'team.decisionDate': 'decisionDate',
  'team.decisionIssuer': 'decisionIssuer',
  'team.dissolvedOn': 'decisionDate',
  'member.name': 'memberName',
  'member.role': 'role',
  'member.phone': 'phone',
  'member.villageServed': 'villageServed',
  'member.joinedOn': 'joinedOn',
  'member.leftOn': 'joinedOn',
};

const WORDS: Partial<Record<TeamImportField, string>> = {
  level: 'cần "Xã" hoặc "Thôn" / expected "Xã" (commune) or "Thôn" (village)',
  role: 'cần "Tổ trưởng", "Tổ phó" hoặc "Thành viên" / expected leader, deputy or member',
};

interface Group {
  key: string;
  team: TeamInput;
  firstRow: number;
  members: MemberInput[];
}

class Problems {
  readonly list: TeamImportProblem[] = [];
  count = 0;
  constructor(private readonly sheet: TeamSheet) {}

  add(row: TeamSheetRow, field: TeamImportField, message: string): void {
    this.count++;
    if (this.list.length >= KEPT_ERRORS) return;
    const label = this.sheet.columns[field]?.label ?? TEAM_IMPORT_FIELDS.find((f) => f.field === field)!.label;
    this.list.push({ row: row.rowNumber, column: label, cell: cellOf(this.sheet, row.rowNumber, field), value: cellString(row.cells[field]) ?? '', message });
  }
}

export async function importTeams(
  store: Store,
  actor: Actor,
  upload: { path: string; fileName: string },
  ctx: { today: string; now?: Date; via?: string },
): Promise<TeamImportResult> {
  const sheet = await readTeamSheet(upload.path, upload.fileName);
  const base = { fileName: upload.fileName, format: sheet.format, rows: sheet.rows.length, teams: { created: 0, updated: 0 }, members: 0 };
  if (sheet.errors.length > 0) return { ...base, written: false, errorCount: sheet.errors.length, errors: sheet.errors.map((e) => ({ ...e, value: '' })) };
  const problems = new Problems(sheet);
  const groups = await checkRows(store, actor, sheet, problems, ctx.today);
  if (problems.count > 0 || groups.length === 0) {
    if (groups.length === 0 && problems.count === 0)
      problems.list.push({ row: 0, column: '', cell: '', value: '', message: 'Tệp không có dòng thành viên nào / the file has no member rows' });
    return { ...base, written: false, errorCount: Math.max(problems.count, problems.list.length), errors: problems.list };
  }
  const now = ctx.now ?? new Date();
  const written = await inRetryingTransaction(store.db, async (trx) => {
    const counts = { created: 0, updated: 0, members: 0 };
    const dates: string[] = [];
    for (const g of groups) {
      const t = g.team;
      const fields = {
        unitCode: t.unit,
        level: t.level,
        village: t.village,
        name: t.name,
        decisionNumber: t.decisionNumber,
        decisionDate: t.decisionDate,
        decisionIssuer: t.decisionIssuer,
        dissolvedOn: null,
        updatedAt: now.toISOString(),
      };
      const existing = await findOpenTeam(trx, t.unit, t.level, t.village);
      let id: number;
      let removed = 0;
      if (existing) {
        id = existing.id;
        dates.push(existing.decisionDate);
        await updateTeamRow(trx, id, fields);
        removed = await deleteMembersOf(trx, id);
        counts.updated++;
      } else {
        id = await insertTeam(trx, { ...fields, simulated: 0, createdAt: now.toISOString() });
        counts.created++;
      }
      await insertMembers(trx, id, g.members);
      counts.members += g.members.length;
      dates.push(t.decisionDate, ...g.members.map((m) => m.joinedOn));
      await writeAudit(
        trx,
        [
          {
            actor: { name: actor.name, kind: actor.kind },
            source: 'import',
            via: upload.fileName,
            entity: 'team',
            entityKey: String(id),
            action: existing ? 'import_update' : 'import_create',
            before: existing ? { decisionNumber: existing.decisionNumber, decisionDate: existing.decisionDate } : null,
            after: {
              unit: t.unit,
              level: t.level,
              village: t.village,
              name: t.name,
              decisionNumber: t.decisionNumber,
              decisionDate: t.decisionDate,
              decisionIssuer: t.decisionIssuer,
              membersRemoved: removed,
              membersAdded: g.members.length,
            },
          },
        ],
        now,
      );
    }
    const unitCodes = [...new Set(groups.map((g) => g.team.unit))];
    await refreshDerivedValues(trx, teamsCounter, { unitCodes, from: dates.sort()[0]!, now });
    return counts;
  });
  return { ...base, written: true, teams: { created: written.created, updated: written.updated }, members: written.members, errorCount: 0, errors: [] };
}

/** Every row checked; the teams the file describes, when it has no error. */
async function checkRows(store: Store, actor: Actor, sheet: TeamSheet, problems: Problems, today: string): Promise<Group[]> {
  const groups = new Map<string, Group>();
  const units = new Map<string, Promise<{ allowed: boolean; name: string | null; level: string | null }>>();
  const unitInfo = (code: string, at: string) => {
    const key = `${code}@${at}`;
    if (!units.has(key))
      units.set(
        key,
        (async () => {
          const unit = await unitWithLevelAt(store.db, code, at);
          return {
            allowed: canOnTeamUnit(actor, 'write_values', await teamUnitPath(store.db, code, today)),
            name: unit?.name ?? null,
            level: unit?.level ?? null,
          };
        })(),
      );
    return units.get(key)!;
  };
  for (const row of sheet.rows) {
    const c = row.cells;
    const teamRaw = {
      unit: cellString(c.unit),
      level: cellLevel(c.level),
      village: cellString(c.village),
      name: cellString(c.name) ?? 'tạm',
      decisionNumber: cellString(c.decisionNumber),
      decisionDate: cellDate(c.decisionDate),
      decisionIssuer: cellString(c.decisionIssuer),
    };
    const team = validateTeam(teamRaw);
    for (const p of team.problems) report(problems, row, p.path, p.message);
    const member = validateMember({
      name: cellString(c.memberName),
      role: cellRole(c.role),
      phone: cellPhone(c.phone),
      villageServed: cellString(c.villageServed) ?? (team.value?.level === 'village' ? team.value.village : null),
      joinedOn: cellDate(c.joinedOn) ?? teamRaw.decisionDate,
    });
    for (const p of member.problems) report(problems, row, p.path, p.message);
    if (!team.value || !member.value) continue;
    const t = team.value;
    const info = await unitInfo(t.unit, t.decisionDate);
    if (info.level !== 'commune') {
      problems.add(
        row,
        'unit',
        `"${t.unit}" không phải mã xã, phường, thị trấn có hiệu lực ngày ${t.decisionDate} / not a commune in force on ${t.decisionDate}`,
      );
      continue;
    }
    if (!info.allowed) {
      problems.add(row, 'unit', `Bạn không có quyền cập nhật tổ của xã ${t.unit} / you may not write this commune's teams`);
      continue;
    }
    if (!cellString(c.name)) t.name = `Tổ công nghệ số cộng đồng ${t.level === 'village' ? t.village : info.name}`;
    const key = `${t.unit}|${t.level}|${foldVietnamese(t.village ?? '')}`;
    const group = groups.get(key);
    if (!group) {
      groups.set(key, { key, team: t, firstRow: row.rowNumber, members: [member.value] });
      continue;
    }
    let same = true;
    for (const field of ['decisionNumber', 'decisionDate', 'decisionIssuer'] as const)
      if (group.team[field] !== t[field]) {
        same = false;
        problems.add(row, field, `khác với dòng ${group.firstRow} của cùng tổ ("${group.team[field]}") / differs from row ${group.firstRow} of the same team`);
      }
    const duplicate = group.members.find((m) => foldVietnamese(m.name) === foldVietnamese(member.value!.name) && m.phone === member.value!.phone);
    if (duplicate) {
      problems.add(row, 'memberName', 'thành viên này đã có ở một dòng trước của cùng tổ / this member is already listed for the team');
      same = false;
    }
    if (same) group.members.push(member.value);
  }
  return [...groups.values()];
}

function report(problems: Problems, row: TeamSheetRow, path: string, message: string): void {
  const field = TEAM_PATHS[path] ?? 'unit';
  const words = WORDS[field];
  problems.add(row, field, words && message.includes('không thuộc') ? words : message);
}
