/**
 * The rank sentences of a progress report ("đạt 0,5934, xếp thứ 27/63, tăng 26 bậc so với năm 2021"), from
 * published score runs only (app/frameworks/run-reads.ts unitScores reads published revisions, never a draft):
 * for each framework the latest edition whose period is not after the report's year, the rank among the units the
 * ranking counts (rankedAmong), and the change against the run it was compared with.
 */
import type { Actor } from '../../domain/access.ts';
import { parsePeriod } from '../../domain/periods.ts';
import { fillTemplate, type TemplateTexts } from '../../domain/report-template.ts';
import type { Store } from '../../store/db.ts';
import { unitScores, type UnitScore } from '../../app/frameworks/run-reads.ts';

export interface RankFact {
  score: UnitScore;
  previous: string | null;
}

export async function rankFacts(store: Store, actor: Actor, unit: string, period: string): Promise<RankFact[]> {
  const year = String(parsePeriod(period).year);
  const all = (await unitScores(store, actor, unit)).filter((s) => s.run.status === 'published');
  const latest = new Map<string, UnitScore>();
  for (const s of all) {
    if (s.result.rank === null || s.run.period > year) continue;
    const seen = latest.get(s.framework.code);
    if (!seen || s.run.period > seen.run.period) latest.set(s.framework.code, s);
  }
  return [...latest.values()].map((score) => {
    const compared = all.find((s) => s.run.id === score.run.compareRunId);
    const previous = compared?.edition.edition ?? (/^\d{4}$/.test(score.edition.edition) ? String(Number(score.edition.edition) - 1) : null);
    return { score, previous };
  });
}

export function rankSentence(texts: TemplateTexts, fact: RankFact, unitName: string): string {
  const { result, rankedAmong, edition } = fact.score;
  const change = result.rankChange;
  const previous = fact.previous ?? 'trước';
  const rankChange =
    change === null
      ? fillTemplate(texts, 'rank.change.unknown', {})
      : change > 0
        ? fillTemplate(texts, 'rank.change.up', { rankChange: { kind: 'integer', value: change }, previous })
        : change < 0
          ? fillTemplate(texts, 'rank.change.down', { rankChange: { kind: 'integer', value: -change }, previous })
          : fillTemplate(texts, 'rank.change.none', { previous });
  const values = {
    framework: edition.name,
    edition: edition.edition,
    unit: unitName,
    rank: { kind: 'integer' as const, value: result.rank! },
    rankOf: { kind: 'integer' as const, value: rankedAmong },
    rankChange,
  };
  return result.score === null
    ? fillTemplate(texts, 'rank.no_score', values)
    : fillTemplate(texts, 'rank', { ...values, value: { kind: 'number', value: result.score, decimals: 4 } });
}
