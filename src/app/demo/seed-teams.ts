/**
 * The demo's community tech teams (tổ công nghệ số cộng đồng), so Ninh Thuận's figures of 30/6/2023 — "65 Tổ công
 * nghệ số cộng đồng cấp xã, phường, thị trấn với 840 thành viên; 446 Tổ … cấp thôn, khu phố với 2.439 thành viên" —
 * are computed from a registry, not typed: one commune team per commune of '58' in force on 30/6/2023 (60 with 13
 * members, 5 with 12) and 446 village teams (7 in 56 communes, 6 in 9; 209 with 6 members, 237 with 5), all set up
 * before 30/6/2023, each commune team with one activity late in June 2023. Every team is SIMULATED (mô phỏng): the
 * article gives totals only, so villages, names and phones are invented, visibly ("Thành viên mô phỏng 0001",
 * 0900 000 001…). Deterministic. The data elements TCNS_* derive from the registry's measures, each with its CT_
 * indicator; the figures are written by refreshDerivedValues in the same transaction. Seeded once per database
 * (app_meta `demo.teams`).
 */
import type { Kysely } from 'kysely';
import { getMeta, setMeta } from '../../store/app-meta.ts';
import { writeAudit } from '../../store/audit.ts';
import type { Store } from '../../store/db.ts';
import { upsertDataElement, upsertIndicator } from '../../store/metadata/repo.ts';
import type { Database } from '../../store/schema.ts';
import { communesUnder, unitWithLevelAt } from '../../store/teams/counts.ts';
import { insertActivity, insertMembers, insertTeam, type MemberFields } from '../../store/teams/repo.ts';
import { inTransaction } from '../../store/transaction.ts';
import type { RegistryMeasure } from '../../domain/registry-measures.ts';
import { refreshDerivedValues } from '../registries/derived-values.ts';
import { teamsCounter } from '../teams/counter.ts';

const MARK = 'demo.teams';
const PROVINCE = '58';
const AT = '2023-06-30';

const ELEMENTS: Array<{ code: string; measure: RegistryMeasure; name: string; nameEn: string; flow?: boolean; unit: string }> = [
  { code: 'TCNS_XA_SO_TO', measure: 'teams.commune_teams', name: 'Số tổ công nghệ số cộng đồng cấp xã', nameEn: 'Commune community tech teams', unit: 'tổ' },
  {
    code: 'TCNS_XA_THANH_VIEN',
    measure: 'teams.commune_members',
    name: 'Số thành viên tổ công nghệ số cộng đồng cấp xã',
    nameEn: 'Members of commune teams',
    unit: 'người',
  },
  {
    code: 'TCNS_THON_SO_TO',
    measure: 'teams.village_teams',
    name: 'Số tổ công nghệ số cộng đồng cấp thôn, khu phố',
    nameEn: 'Village community tech teams',
    unit: 'tổ',
  },
  {
    code: 'TCNS_THON_THANH_VIEN',
    measure: 'teams.village_members',
    name: 'Số thành viên tổ công nghệ số cộng đồng cấp thôn, khu phố',
    nameEn: 'Members of village teams',
    unit: 'người',
  },
  {
    code: 'TCNS_XA_CO_TO',
    measure: 'teams.communes_with_team',
    name: 'Số xã, phường, thị trấn có tổ công nghệ số cộng đồng',
    nameEn: 'Communes with a community tech team',
    unit: 'xã',
  },
  {
    code: 'TCNS_HOAT_DONG',
    measure: 'teams.activities',
    name: 'Số hoạt động của tổ công nghệ số cộng đồng',
    nameEn: 'Community tech team activities',
    flow: true,
    unit: 'hoạt động',
  },
  {
    code: 'TCNS_LUOT_HO_TRO',
    measure: 'teams.people_supported',
    name: 'Số lượt người dân được tổ công nghệ số cộng đồng hỗ trợ',
    nameEn: 'People supported by the teams',
    flow: true,
    unit: 'lượt',
  },
];

/** The demo's village names: invented, and say so. */
const villageName = (commune: number, i: number) => `Thôn ${i + 1} (mô phỏng, xã ${commune + 1})`;

export async function ensureDemoTeams(store: Store, now: Date = new Date()): Promise<string[]> {
  if ((await getMeta(store.db, MARK)) !== null) return [];
  for (const e of ELEMENTS) {
    await upsertDataElement(store.db, {
      code: e.code,
      name: e.name,
      nameEn: e.nameEn,
      description: `Tính từ sổ tổ công nghệ số cộng đồng (${e.measure}); không nhập tay / computed from the teams registry`,
      valueType: 'integer',
      timeAggregation: e.flow ? 'sum' : 'last',
      hierarchyAggregation: 'sum',
      periodType: 'quarterly',
      unitOfMeasure: e.unit,
      derivedFrom: e.measure,
    });
    await upsertIndicator(store.db, {
      code: `CT_${e.code}`,
      name: e.name,
      nameEn: e.nameEn,
      numerator: `#{${e.code}}`,
      factor: 1,
      unitOfMeasure: e.unit,
      decimals: 0,
      direction: 'higher_is_better',
    });
  }
  const province = await unitWithLevelAt(store.db, PROVINCE, AT);
  const communes = province ? await communesUnder(store.db, province.id, AT) : [];
  const counts = await inTransaction(store.db, async (trx) => {
    const seeded = await seedTeams(trx, communes, now);
    await writeAudit(
      trx,
      [{ actor: { name: 'demo', kind: 'user' }, source: 'demo', via: 'dx-ioc demo', entity: 'team', entityKey: PROVINCE, action: 'seed', after: seeded }],
      now,
    );
    await refreshDerivedValues(trx, teamsCounter, { unitCodes: null, now });
    return seeded;
  });
  await setMeta(store.db, MARK, now.toISOString());
  return [
    `Tổ công nghệ số cộng đồng (mô phỏng, Ninh Thuận 30/6/2023): ${counts.communeTeams} tổ cấp xã với ${counts.communeMembers} thành viên; ${counts.villageTeams} tổ cấp thôn với ${counts.villageMembers} thành viên.`,
  ];
}

async function seedTeams(trx: Kysely<Database>, communes: ReadonlyArray<{ code: string; name: string }>, now: Date) {
  const at = now.toISOString();
  let phone = 0;
  const member = (role: MemberFields['role'], village: string | null, joinedOn: string): MemberFields => {
    phone += 1;
    const n = String(phone).padStart(4, '0');
    return { name: `Thành viên mô phỏng ${n}`, role, phone: `0900${String(phone).padStart(6, '0')}`, villageServed: village, joinedOn, leftOn: null };
  };
  const out = { communeTeams: 0, communeMembers: 0, villageTeams: 0, villageMembers: 0 };
  let villageIndex = 0;
  for (const [c, commune] of communes.entries()) {
    // Decisions between August 2022 and June 2023, spread by the commune's position.
    const month = 8 + (c % 11);
    const decisionDate = `${month > 12 ? 2023 : 2022}-${String(month > 12 ? month - 12 : month).padStart(2, '0')}-${String(5 + (c % 20)).padStart(2, '0')}`;
    const issuer = `UBND ${commune.name}`;
    const base = { unitCode: commune.code, decisionDate, decisionIssuer: issuer, dissolvedOn: null, simulated: 1, createdAt: at, updatedAt: at };
    const teamId = await insertTeam(trx, {
      ...base,
      level: 'commune',
      village: null,
      name: `Tổ công nghệ số cộng đồng ${commune.name}`,
      decisionNumber: `${100 + c}/QĐ-UBND (mô phỏng)`,
    });
    const size = c < 60 ? 13 : 12;
    const villages = c < 56 ? 7 : 6;
    await insertMembers(
      trx,
      teamId,
      Array.from({ length: size }, (_, i) => member(i === 0 ? 'leader' : i === 1 ? 'deputy' : 'member', villageName(c, i % villages), decisionDate)),
    );
    await insertActivity(trx, teamId, {
      heldOn: '2023-06-25',
      title: 'Hướng dẫn người dân cài đặt và dùng VNeID, dịch vụ công trực tuyến (mô phỏng)',
      peopleSupported: 20 + ((c * 7) % 41),
    });
    out.communeTeams += 1;
    out.communeMembers += size;
    for (let v = 0; v < villages; v++) {
      const village = villageName(c, v);
      const villageTeam = await insertTeam(trx, {
        ...base,
        level: 'village',
        village,
        name: `Tổ công nghệ số cộng đồng ${village}`,
        decisionNumber: `${200 + c}/QĐ-UBND (mô phỏng)`,
      });
      const count = villageIndex < 209 ? 6 : 5;
      villageIndex += 1;
      await insertMembers(
        trx,
        villageTeam,
        Array.from({ length: count }, (_, i) => member(i === 0 ? 'leader' : 'member', village, decisionDate)),
      );
      out.villageTeams += 1;
      out.villageMembers += count;
    }
  }
  return out;
}
