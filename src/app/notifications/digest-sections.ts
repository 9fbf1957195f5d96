/**
 * The sections of the daily digest (bản tin đôn đốc hằng ngày), one producer per registry: each takes the reader
 * and the day and gives a titled list, empty when there is nothing to chase. Tasks give "Nhiệm vụ quá hạn" and
 * "Nhiệm vụ sắp đến hạn"; the DX products "Sản phẩm chuyển đổi số quá hạn" (product-digest-section.ts).
 */
import type { Actor } from '../../domain/access.ts';
import { DUE_SOON_DAYS } from '../../domain/tasks.ts';
import type { Store } from '../../store/db.ts';
import { dueTasks } from '../tasks/list.ts';
import { productDigestSections } from './product-digest-section.ts';

export interface DigestItem {
  title: string;
  /** One line under the title: unit, deadline, how late or how soon. */
  detail: string;
  /** A path of the web app ('/tasks/12'). */
  link: string;
}

export interface DigestSection {
  key: string;
  title: string;
  /** How many in all (the items may be fewer). */
  count: number;
  items: DigestItem[];
}

export type DigestSectionProducer = (store: Store, actor: Actor, clock: { today: string; unit?: string }) => Promise<DigestSection[]>;

const vnDate = (iso: string): string => {
  const [y, m, d] = iso.split('-');
  return `${Number(d)}/${Number(m)}/${y}`;
};

/** The tasks' sections: overdue (most late first) and due within DUE_SOON_DAYS. */
export const taskDigestSections: DigestSectionProducer = async (store, actor, clock) => {
  const due = await dueTasks(store, { ...(clock.unit ? { unit: clock.unit } : {}), limit: 50 }, actor, clock.today);
  return [
    {
      key: 'tasks_overdue',
      title: 'Nhiệm vụ quá hạn',
      count: due.overdue.count,
      items: due.overdue.items.map((t) => ({
        title: t.title,
        detail: `${t.lead.name} · hạn ${vnDate(t.deadline)} · quá hạn ${-t.daysLeft} ngày`,
        link: `/tasks/${t.id}`,
      })),
    },
    {
      key: 'tasks_due_soon',
      title: `Nhiệm vụ sắp đến hạn (trong ${DUE_SOON_DAYS} ngày)`,
      count: due.dueSoon.count,
      items: due.dueSoon.items.map((t) => ({
        title: t.title,
        detail: `${t.lead.name} · hạn ${vnDate(t.deadline)} · ${t.daysLeft === 0 ? 'đến hạn hôm nay' : `còn ${t.daysLeft} ngày`}`,
        link: `/tasks/${t.id}`,
      })),
    },
  ];
};

/** Every producer, in the digest's order. */
export const DIGEST_SECTIONS: readonly DigestSectionProducer[] = [taskDigestSections, productDigestSections];
