/**
 * A unit event as what it does to the tree, once checked against it (resolve.ts): the versions it ends on the
 * date, the new versions it makes (a UnitPlan's drafts, written by store/units/write.ts like the reference
 * packages' plan), each new version's parents, the lineage links from the old versions to the new, and whether
 * a new version continues an old one (rename, reclassify, recode: its children, later lineage, values from the
 * date and scopes follow it). Problems are collected with their field, never thrown here.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../store/schema.ts';
import type { UnitRow } from '../../../store/units/rows.ts';
import { childLinksAfter, parentLinksFrom, referencedPeriods } from '../../../store/units/version-edits.ts';
import { versionsById } from '../../../store/units/event-reads.ts';
import { END_OF_TIME } from '../../../store/dates.ts';
import type { UnitDraft } from '../../../domain/units-plan.ts';
import type { UnitEventInput } from '../../../domain/unit-events.ts';
import type { LineagePart, UnitLevel } from '../../../domain/units.ts';
import { parsePeriod } from '../../../domain/periods.ts';
import { EventChecks, draftOfRow, newDraft } from './resolve.ts';

export interface NewVersion {
  draft: UnitDraft;
  /** Parent links of the new version: the parent's stored version and the days. */
  parents: Array<{ parent: UnitRow; validFrom: string; validTo: string }>;
  /** rename, reclassify, recode: the version it continues. */
  continues?: UnitRow;
}

export interface EventPlan {
  ended: UnitRow[];
  created: NewVersion[];
  links: Array<{ from: UnitRow; toKey: string; part: LineagePart; share: number | null }>;
  /** The names the ended version had before the date, when the stored one already had the new ones. */
  previous?: { unit: UnitRow; typed: { type: string; name: string; fullName: string } };
  /** Stored versions the plan names (for key resolution). */
  known: UnitRow[];
}

/** Periods of the version whose last day is on or after the date: they belong to whatever follows it. */
export async function periodsFrom(db: Kysely<Database>, unitId: number, date: string): Promise<string[]> {
  return (await referencedPeriods(db, unitId)).filter((p) => parsePeriod(p).end >= date);
}

async function inheritedParents(db: Kysely<Database>, unit: UnitRow, date: string, until: string): Promise<NewVersion['parents']> {
  const links = (await parentLinksFrom(db, unit.id, date)).filter((l) => l.validFrom < until);
  const rows = new Map(
    (
      await versionsById(
        db,
        links.map((l) => l.parentId),
      )
    ).map((r) => [r.id, r]),
  );
  return links.map((l) => ({ parent: rows.get(l.parentId)!, validFrom: l.validFrom, validTo: l.validTo < until ? l.validTo : until }));
}

function explicitParent(parent: UnitRow, date: string, until: string): NewVersion['parents'] {
  return [{ parent, validFrom: date, validTo: parent.validTo < until ? parent.validTo : until }];
}

async function refuseLater(db: Kysely<Database>, checks: EventChecks, unit: UnitRow, what: string): Promise<void> {
  const periods = await periodsFrom(db, unit.id, checks.date);
  if (periods.length)
    checks.problem(
      'date',
      `${unit.fullName} (${unit.code}) có số liệu hoặc báo cáo kỳ ${periods.join(', ')} sau ngày này; không thể ${what} / it has values for periods after the date`,
    );
}

export async function planEvent(db: Kysely<Database>, input: UnitEventInput): Promise<{ plan: EventPlan | null; checks: EventChecks }> {
  const checks = new EventChecks(db, input.date);
  const { date } = input;
  const codes = [
    input.code,
    input.newCode,
    ...(input.codes ?? []),
    input.into?.code,
    input.into?.parentCode,
    ...(input.parts ?? []).flatMap((p) => [p.code, p.parentCode]),
  ];
  await checks.load(codes.filter((c): c is string => typeof c === 'string'));
  const plan: EventPlan = { ended: [], created: [], links: [], known: [] };
  const end = (u: UnitRow) => ({ validTo: u.validTo, validToKnown: Number(u.validToKnown) === 1 });

  if (input.kind === 'rename' || input.kind === 'reclassify' || input.kind === 'recode') {
    const old = checks.inForce(input.code!, 'code', input.level);
    if (!old) return { plan: null, checks };
    const level = (input.kind === 'reclassify' ? (input.newLevel ?? old.level) : old.level) as UnitLevel;
    let typed: { type: string; name: string; fullName: string } | null = { type: old.type, name: old.name, fullName: old.fullName };
    if (input.kind !== 'recode') typed = checks.typed(input.fullName!, level, 'fullName');
    if (input.previousFullName) {
      const previous = checks.typed(input.previousFullName, old.level as UnitLevel, 'previousFullName');
      if (previous) plan.previous = { unit: old, typed: previous };
    }
    // What the unit was before the date: the stored version, or the name it had when the stored one already has the new.
    const before = plan.previous?.typed ?? old;
    if (input.kind === 'rename' && typed && typed.type !== before.type)
      checks.problem(
        'fullName',
        `Tên mới đổi loại đơn vị (${before.type} → ${typed.type}): dùng loại sự kiện "reclassify" / the new name changes the type: use reclassify`,
      );
    if (input.kind === 'rename' && typed && typed.fullName === before.fullName) checks.problem('fullName', 'Tên không đổi / the name is unchanged');
    if (input.kind === 'reclassify' && typed && typed.type === before.type && level === old.level)
      checks.problem('fullName', 'Loại và cấp không đổi: dùng "rename" nếu chỉ đổi tên / neither the type nor the level changes');
    if (input.kind === 'recode') checks.free(input.newCode!, old.level, 'newCode');
    if (!typed || checks.problems.length) return { plan: null, checks };
    const draft = newDraft(input.newCode ?? old.code, level, typed, date, end(old));
    plan.ended.push(old);
    plan.created.push({ draft, parents: await inheritedParents(db, old, date, old.validTo), continues: old });
    plan.links.push({ from: old, toKey: draft.key, part: 'full', share: null });
  } else if (input.kind === 'merge') {
    const olds = (input.codes ?? []).map((c, i) => checks.inForce(c, `codes[${i}]`, input.level));
    const into = input.into!;
    if (olds.some((o) => !o)) return { plan: null, checks };
    const merged = olds as UnitRow[];
    const level = merged[0]!.level as UnitLevel;
    if (merged.some((o) => o.level !== level)) checks.problem('codes', 'Các đơn vị hợp nhất phải cùng cấp / the merged units must be of one level');
    const typed = checks.typed(into.fullName, level, 'into.fullName');
    checks.free(into.code, level, 'into.code', input.codes);
    const parent = into.parentCode ? checks.inForce(into.parentCode, 'into.parentCode', undefined, true) : null;
    for (const o of merged) await refuseLater(db, checks, o, 'hợp nhất / merge');
    if (!typed || checks.problems.length) return { plan: null, checks };
    const until = merged.every((o) => o.validTo === merged[0]!.validTo) ? merged[0]!.validTo : END_OF_TIME;
    const draft = newDraft(into.code, level, typed, date, { validTo: until, validToKnown: true });
    const parents = parent ? explicitParent(parent, date, until) : await inheritedParents(db, merged[0]!, date, until);
    plan.ended.push(...merged);
    plan.created.push({ draft, parents });
    for (const o of merged) plan.links.push({ from: o, toKey: draft.key, part: 'full', share: null });
  } else if (input.kind === 'split') {
    const old = checks.inForce(input.code!, 'code', input.level);
    if (!old) return { plan: null, checks };
    if ((await childLinksAfter(db, old.id, date)) > 0)
      checks.problem('code', `${old.fullName} còn đơn vị trực thuộc sau ngày này; chia tách các đơn vị đó trước / it still has subordinate units`);
    await refuseLater(db, checks, old, 'chia tách / split');
    const parts = input.parts ?? [];
    const made: NewVersion[] = [];
    for (const [i, part] of parts.entries()) {
      const typed = checks.typed(part.fullName, old.level as UnitLevel, `parts[${i}].fullName`);
      checks.free(part.code, old.level, `parts[${i}].code`, [old.code]);
      const parent = part.parentCode ? checks.inForce(part.parentCode, `parts[${i}].parentCode`, undefined, true) : null;
      if (!typed) continue;
      const draft = newDraft(part.code, old.level as UnitLevel, typed, date, end(old));
      made.push({ draft, parents: parent ? explicitParent(parent, date, old.validTo) : await inheritedParents(db, old, date, old.validTo) });
      plan.links.push({ from: old, toKey: draft.key, part: 'partial', share: part.share ?? null });
    }
    if (checks.problems.length) return { plan: null, checks };
    plan.ended.push(old);
    plan.created.push(...made);
  } else {
    const old = checks.inForce(input.code!, 'code', input.level);
    if (!old) return { plan: null, checks };
    if ((await childLinksAfter(db, old.id, date)) > 0)
      checks.problem('code', `${old.fullName} còn đơn vị trực thuộc sau ngày này; sáp nhập hoặc chuyển chúng trước / it still has subordinate units`);
    await refuseLater(db, checks, old, 'kết thúc / end');
    if (checks.problems.length) return { plan: null, checks };
    plan.ended.push(old);
    // The end of a unit links the version to itself: the lineage shows the event and its legal basis.
    plan.links.push({ from: old, toKey: draftOfRow(old).key, part: 'full', share: null });
  }
  plan.known = [...plan.ended, ...plan.created.flatMap((c) => c.parents.map((p) => p.parent))];
  return { plan, checks };
}
