/**
 * Published ranking editions for anonymous readers: only a framework edition's period that an administrator
 * published as open data, and of it only the latest published revision of each level (never a draft run). The
 * runs are shown without who entered or published them and without the imported file's name.
 */
import { appError } from '../../domain/errors.ts';
import type { ScoreRun } from '../../domain/frameworks/run-types.ts';
import type { Store } from '../../store/db.ts';
import { listRunResults } from '../../store/frameworks/score-runs.ts';
import { runRankedAmong } from '../../store/frameworks/published-runs.ts';
import { getFramework } from '../../store/frameworks/repo.ts';
import { getPublication, listPublications } from '../../store/open-data/publications.ts';
import { rankingKey } from './publications.ts';
import { publishedEditionRuns } from './ranking-runs.ts';

export interface PublicRankingEdition {
  framework: { code: string; name: string };
  edition: { edition: string; name: string };
  period: string;
  publishedAt: string;
}

export interface PublicRankingRow {
  unitCode: string;
  unitName: string;
  score: number | null;
  rank: number | null;
  rankChange: number | null;
  grade: string | null;
  points: number;
  maxPoints: number;
}

export interface PublicRankingRun {
  level: string;
  revision: number;
  publishedAt: string | null;
  origin: string;
  source: { title: string; url: string | null; date: string | null } | null;
  rankedAmong: number;
  results: PublicRankingRow[];
}

export interface PublicRanking extends PublicRankingEdition {
  runs: PublicRankingRun[];
}

export function parseRankingKey(key: string): { framework: string; edition: string; period: string } {
  const [framework = '', edition = '', period = ''] = key.split('|');
  return { framework, edition, period };
}

/** Every published ranking edition, by framework, edition and period. */
export async function publicRankingEditions(store: Store): Promise<PublicRankingEdition[]> {
  const out: PublicRankingEdition[] = [];
  for (const publication of await listPublications(store.db, 'ranking')) {
    const key = parseRankingKey(publication.key);
    const framework = await getFramework(store.db, key.framework);
    const edition = framework?.editions.find((e) => e.edition === key.edition);
    if (!framework || !edition) continue;
    out.push({
      framework: { code: framework.code, name: framework.name },
      edition: { edition: edition.edition, name: edition.name },
      period: key.period,
      publishedAt: publication.publishedAt,
    });
  }
  return out;
}

/** One published ranking edition's results; 404 SCORE_RUN_NOT_FOUND for anything not published (the same for one that does not exist). */
export async function publicRanking(store: Store, framework: string, edition: string, period: string): Promise<PublicRanking> {
  const notFound = () =>
    appError('SCORE_RUN_NOT_FOUND', {
      reason: `không có bảng xếp hạng đã công bố ${framework} ${edition} ${period} / no published ranking ${framework} ${edition} ${period}`,
    });
  const publication = await getPublication(store.db, 'ranking', rankingKey(framework, edition, period));
  if (!publication) throw notFound();
  const stored = await getFramework(store.db, framework);
  const named = stored?.editions.find((e) => e.edition === edition);
  if (!stored || !named) throw notFound();
  const runs: PublicRankingRun[] = [];
  for (const run of await publishedEditionRuns(store, framework, edition, period)) runs.push(await publicRun(store, run));
  if (runs.length === 0) throw notFound();
  return {
    framework: { code: stored.code, name: stored.name },
    edition: { edition: named.edition, name: named.name },
    period,
    publishedAt: publication.publishedAt,
    runs,
  };
}

async function publicRun(store: Store, run: ScoreRun): Promise<PublicRankingRun> {
  const results = await listRunResults(store.db, run.id);
  return {
    level: run.level,
    revision: run.revision,
    publishedAt: run.publishedAt,
    origin: run.origin,
    source: run.source ? { title: run.source.title, url: run.source.url ?? null, date: run.source.date ?? null } : null,
    // "27/63": an imported table listing a few provinces still ranked them among every province (as the unit pages count).
    rankedAmong: await runRankedAmong(store.db, run),
    results: results.map((r) => ({
      unitCode: r.unitCode,
      unitName: r.unitName,
      score: r.score,
      rank: r.rank,
      rankChange: r.rankChange,
      grade: r.grade?.label ?? null,
      points: r.points,
      maxPoints: r.maxPoints,
    })),
  };
}
