import { describe, expect, it } from 'vitest';
import type { LineageLink, Unit, UnitLineage } from '@/lib/api/types';
import { timelineItems } from './lineage-events';

const unit = (code: string, name: string, validFrom: string | null, validTo: string | null): Unit => ({
  code,
  level: 'province',
  type: 'province',
  name,
  nameEn: name,
  fullName: `Tỉnh ${name}`,
  fullNameEn: name,
  validFrom,
  validTo,
  validToKnown: true,
  codeOfficial: true,
  parentCode: 'VN',
  note: null,
});
const link = (u: Unit): LineageLink => ({
  kind: 'merge',
  date: '2025-07-01',
  legalBasis: 'Nghị quyết 202/2025/QH15',
  part: 'full',
  share: null,
  unit: { code: u.code, level: u.level, name: u.name, fullName: u.fullName, validFrom: u.validFrom, validTo: u.validTo },
});

const oldLamDong = unit('68', 'Lâm Đồng', null, '2025-07-01');
const newLamDong = unit('68', 'Lâm Đồng', '2025-07-01', null);
const dakNong = unit('67', 'Đắk Nông', null, '2025-07-01');
const binhThuan = unit('60', 'Bình Thuận', null, '2025-07-01');

describe('the lineage timeline', () => {
  it('puts one merge between the two versions of Lâm Đồng, with the three provinces it took in, by code', () => {
    const lineage: UnitLineage = {
      code: '68',
      versions: [
        { unit: oldLamDong, predecessors: [], successors: [link(newLamDong)] },
        { unit: newLamDong, predecessors: [link(oldLamDong), link(binhThuan), link(dakNong)], successors: [] },
      ],
      predecessors: [],
      successors: [],
    };
    const items = timelineItems(lineage);
    expect(items.map((i) => i.type)).toEqual(['version', 'event', 'version']);
    const merge = items[1]!;
    if (merge.type !== 'event') throw new Error('not an event');
    expect(merge.from.map((s) => s.code)).toEqual(['60', '67', '68']);
    expect(merge.into.map((s) => [s.code, s.validFrom])).toEqual([['68', '2025-07-01']]);
    expect(merge).toMatchObject({ date: '2025-07-01', kind: 'merge', legalBasis: 'Nghị quyết 202/2025/QH15' });
  });

  it('Đắk Nông: its one version, then the merge into Lâm Đồng, the province itself on the side that ended', () => {
    const items = timelineItems({
      code: '67',
      versions: [{ unit: dakNong, predecessors: [], successors: [link(newLamDong)] }],
      predecessors: [],
      successors: [],
    });
    expect(items.map((i) => i.type)).toEqual(['version', 'event']);
    const merge = items[1]!;
    if (merge.type !== 'event') throw new Error('not an event');
    expect(merge.from.map((s) => s.name)).toEqual(['Đắk Nông']);
    expect(merge.into.map((s) => s.name)).toEqual(['Lâm Đồng']);
  });
});
