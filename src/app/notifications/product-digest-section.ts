/** The DX products' section of the daily digest: products registered or in progress past their target date (app/products/overdue.ts). */
import type { Actor } from '../../domain/access.ts';
import type { Store } from '../../store/db.ts';
import { listOverdueProducts } from '../products/overdue.ts';
import type { DigestSectionProducer } from './digest-sections.ts';

/** How many products the digest lists (the count says how many in all). */
const LISTED = 50;

const vnDate = (iso: string): string => {
  const [y, m, d] = iso.split('-');
  return `${Number(d)}/${Number(m)}/${y}`;
};

export const productDigestSections: DigestSectionProducer = async (store: Store, actor: Actor, clock) => {
  const overdue = await listOverdueProducts(store, actor, { today: clock.today, ...(clock.unit ? { unit: clock.unit } : {}) });
  return [
    {
      key: 'products_overdue',
      title: 'Sản phẩm chuyển đổi số quá hạn',
      count: overdue.length,
      items: overdue.slice(0, LISTED).map((p) => ({
        title: p.name,
        detail: `${p.agency ? `${p.agency} · ` : ''}đơn vị ${p.ownerUnit} · hạn ${vnDate(p.targetDate)} · quá hạn ${p.daysOverdue} ngày`,
        link: `/products/${p.id}`,
      })),
    },
  ];
};
