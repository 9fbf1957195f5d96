/**
 * A unit's score and rank in each framework of its level: GET /frameworks, then each edition's published result
 * (GET /frameworks/{code}/editions/{edition}/scores?period=EDITION) — 404 SCORE_RUN_NOT_FOUND is "none published
 * yet", not an error — and the unit's row in it, matched by code. Newest edition first; editions without a
 * published run are left out.
 */
import { useQuery } from '@tanstack/react-query';
import { data, useApi } from '@/lib/api/client';
import { toApiError } from '@/lib/api/errors';
import type { Framework, ScoreItem, Scores } from '@/lib/api/types';

export interface UnitScore {
  framework: Framework;
  edition: NonNullable<Framework['editions']>[number];
  run: NonNullable<Scores['run']>;
  /** How many units the run ranks (those it could score). */
  ranked: number;
  /** The unit's row; null when the run does not include the unit. */
  item: ScoreItem | null;
}

export function useUnitScores(code: string, level: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: ['scores', 'unit', code, level],
    enabled: level !== undefined,
    queryFn: async (): Promise<UnitScore[]> => {
      const frameworks = (await data(api.GET('/api/v1/frameworks'))).items ?? [];
      const editions = frameworks
        .filter((f) => f.level === level && f.code)
        .flatMap((framework) => (framework.editions ?? []).filter((e) => e.edition).map((edition) => ({ framework, edition })));
      const answers = await Promise.all(
        editions.map(async ({ framework, edition }): Promise<UnitScore | null> => {
          const answer = await api.GET('/api/v1/frameworks/{code}/editions/{edition}/scores', {
            params: { path: { code: framework.code!, edition: edition.edition! }, query: { period: edition.edition! } },
          });
          if (answer.response.status === 404) return null;
          if (!answer.response.ok || !answer.data?.run) throw toApiError(answer.response.status, answer.error);
          const items = answer.data.items ?? [];
          return {
            framework,
            edition,
            run: answer.data.run,
            ranked: items.filter((i) => i.rank !== null && i.rank !== undefined).length,
            item: items.find((i) => i.unit?.code === code) ?? null,
          };
        }),
      );
      return answers.filter((a): a is UnitScore => a !== null).sort((a, b) => (b.edition.edition ?? '').localeCompare(a.edition.edition ?? ''));
    },
    staleTime: 5 * 60_000,
  });
}
