/**
 * The demo's open data, so the public portal is not empty on `npm start`: every demo indicator with approved
 * figures from the seed articles, and the DTI 2021 and 2022 published editions (the draft DTI 2022 revision stays
 * private). Published once per database (app_meta `demo.publications`): an administrator's later unpublishing
 * is not undone by a restart.
 */
import { getMeta, setMeta } from '../../store/app-meta.ts';
import type { Store } from '../../store/db.ts';
import { listIndicators } from '../../store/metadata/indicators.ts';
import { approvedValueSpan } from '../../store/open-data/unapproved.ts';
import { loadIndicator } from '../../compute/analytics/indicator.ts';
import { publishIndicator, publishRanking } from '../open-data/publications.ts';
import { DEMO_ACTOR } from './record-figures.ts';

const MARK = 'demo.publications';
const NOTE = 'Dữ liệu mẫu: số liệu từ các bài viết đã công bố / demo: figures from the published articles';

export async function ensureDemoPublications(store: Store): Promise<string[]> {
  if ((await getMeta(store.db, MARK)) !== null) return [];
  const ctx = { actor: DEMO_ACTOR, via: 'dx-ioc demo' };
  let indicators = 0;
  for (const indicator of await listIndicators(store.db)) {
    const elements = (await loadIndicator(store.db, indicator.code)).elements.map((e) => e.id);
    if ((await approvedValueSpan(store.db, elements)).periods.length === 0) continue;
    await publishIndicator(store, indicator.code, NOTE, ctx);
    indicators += 1;
  }
  const rankings: string[] = [];
  for (const edition of ['2021', '2022']) {
    try {
      await publishRanking(store, { framework: 'DTI_TINH', edition, period: edition }, NOTE, ctx);
      rankings.push(`DTI ${edition}`);
    } catch {
      // an edition without a published run stays private
    }
  }
  await setMeta(store.db, MARK, new Date().toISOString());
  return [`Dữ liệu mở: ${indicators} chỉ tiêu và ${rankings.join(', ') || 'không có xếp hạng'} đã công bố (trang /du-lieu-mo).`];
}
