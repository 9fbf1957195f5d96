/**
 * The open-data calls. Public, anonymous reads: the catalogue (GET /public/catalog), a published indicator by unit
 * and period (GET /public/indicators/{code}), a plan's progress (GET /public/plans/{code}) and a published ranking
 * edition (GET /public/rankings/{framework}/{edition}/{period}). The administrator's: what is published (GET
 * /admin/publications) and publish / unpublish an indicator or a ranking edition (PUT / DELETE), each refreshing
 * every open-data read after it. Types only from the generated OpenAPI document.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { data, useApi } from '@/lib/api/client';
import type { paths } from '@/lib/api/schema';

type JsonBody<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type Ok<P extends keyof paths> = paths[P] extends { get: { responses: { 200: infer R } } } ? JsonBody<R> : never;

export type Catalog = Ok<'/api/v1/public/catalog'>;
export type CatalogDataset = Catalog['datasets'][number];
export type PublicIndicatorList = Ok<'/api/v1/public/indicators'>;
export type PublicIndicator = Ok<'/api/v1/public/indicators/{code}'>;
export type PublicIndicatorRow = PublicIndicator['rows'][number];
export type PublicPlan = Ok<'/api/v1/public/plans/{code}'>;
export type PublicRanking = Ok<'/api/v1/public/rankings/{framework}/{edition}/{period}'>;
export type Publication = Ok<'/api/v1/admin/publications'>['items'][number];

const STALE = 60_000;
/** The server caches public answers (max-age) for anonymous portals; the app asks again with its ETag (a 304 is cheap), so an unpublished dataset goes at once. */
const REVALIDATE: RequestCache = 'no-cache';

export function usePublicCatalog() {
  const api = useApi();
  return useQuery({ queryKey: ['open-data', 'catalog'], queryFn: () => data(api.GET('/api/v1/public/catalog', { cache: REVALIDATE })), staleTime: STALE });
}

export function usePublicIndicators() {
  const api = useApi();
  return useQuery({
    queryKey: ['open-data', 'indicators'],
    queryFn: () => data(api.GET('/api/v1/public/indicators', { cache: REVALIDATE })),
    staleTime: STALE,
  });
}

export function usePublicIndicator(code: string, unit: string | null, periods: string | null, breakdown: 'none' | 'children') {
  const api = useApi();
  return useQuery({
    queryKey: ['open-data', 'indicator', code, unit, periods, breakdown],
    queryFn: () =>
      data(
        api.GET('/api/v1/public/indicators/{code}', {
          params: { path: { code }, query: { unit: unit!, breakdown, ...(periods ? { periods } : {}) } },
          cache: REVALIDATE,
        }),
      ),
    enabled: unit !== null,
    staleTime: STALE,
  });
}

export function usePublicPlan(code: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['open-data', 'plan', code],
    queryFn: () => data(api.GET('/api/v1/public/plans/{code}', { params: { path: { code } }, cache: REVALIDATE })),
    staleTime: STALE,
  });
}

export function usePublicRanking(framework: string, edition: string, period: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['open-data', 'ranking', framework, edition, period],
    queryFn: () =>
      data(api.GET('/api/v1/public/rankings/{framework}/{edition}/{period}', { params: { path: { framework, edition, period } }, cache: REVALIDATE })),
    staleTime: STALE,
  });
}

export function usePublications() {
  const api = useApi();
  return useQuery({ queryKey: ['open-data', 'publications'], queryFn: () => data(api.GET('/api/v1/admin/publications')) });
}

/** A ranking edition's key, as the server writes a publication's `key`. */
export const rankingKey = (framework: string, edition: string, period: string) => `${framework}|${edition}|${period}`;

export type PublicationTarget = { kind: 'indicator'; code: string } | { kind: 'ranking'; framework: string; edition: string; period: string };

/** Publishes (publish: true) or unpublishes a target; every open-data read is refreshed after it. */
export function useSetPublication() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ target, publish }: { target: PublicationTarget; publish: boolean }): Promise<void> => {
      if (target.kind === 'indicator') {
        const path = { code: target.code };
        if (publish) await data(api.PUT('/api/v1/admin/publications/indicators/{code}', { params: { path }, body: {} }));
        else await data(api.DELETE('/api/v1/admin/publications/indicators/{code}', { params: { path } }));
        return;
      }
      const path = { framework: target.framework, edition: target.edition, period: target.period };
      if (publish) await data(api.PUT('/api/v1/admin/publications/rankings/{framework}/{edition}/{period}', { params: { path }, body: {} }));
      else await data(api.DELETE('/api/v1/admin/publications/rankings/{framework}/{edition}/{period}', { params: { path } }));
    },
    onSettled: () => client.invalidateQueries({ queryKey: ['open-data'] }),
  });
}

/** What an administrator may publish: every indicator (GET /indicators) … */
export function usePublishableIndicators() {
  const api = useApi();
  return useQuery({
    queryKey: ['open-data', 'publishable', 'indicators'],
    queryFn: async () => (await data(api.GET('/api/v1/indicators', { params: { query: { limit: 1000 } } }))).items,
  });
}

export interface PublishableRanking {
  framework: { code: string; name: string };
  edition: { edition: string; name: string };
  period: string;
}

/** … and every framework edition's period with a published run (GET /frameworks, then each edition's runs): a draft is never publishable. */
export function usePublishableRankings() {
  const api = useApi();
  return useQuery({
    queryKey: ['open-data', 'publishable', 'rankings'],
    queryFn: async (): Promise<PublishableRanking[]> => {
      const frameworks = (await data(api.GET('/api/v1/frameworks'))).items;
      const editions = frameworks.flatMap((f) =>
        f.editions.map((e) => ({ framework: { code: f.code, name: f.name }, edition: { edition: e.edition, name: e.name } })),
      );
      const runs = await Promise.all(
        editions.map(
          async (e) =>
            (
              await data(
                api.GET('/api/v1/frameworks/{code}/editions/{edition}/runs', { params: { path: { code: e.framework.code, edition: e.edition.edition } } }),
              )
            ).items,
        ),
      );
      return editions.flatMap((e, i) =>
        [...new Set((runs[i] ?? []).filter((r) => r.status === 'published').map((r) => r.period))]
          .sort()
          .reverse()
          .map((period) => ({ ...e, period })),
      );
    },
  });
}
