/** The administrators' datasets (forms): GET /datasets, and the existing POST /datasets (create) and PUT /datasets/{code} (replace). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { data, useApi } from '@/lib/api/client';
import type { DatasetBody } from './types';

export function useDatasetList() {
  const api = useApi();
  return useQuery({ queryKey: ['admin-meta', 'datasets'], queryFn: () => data(api.GET('/api/v1/datasets')) });
}

export function useSaveDataset() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    // The server's dataset body schema is an open object (domain/validation-dataset.ts validates it, 422 by field), so its
    // generated type is empty: the body is the dataset as GET /datasets answers it.
    mutationFn: ({ body, create }: { body: DatasetBody; create: boolean }) =>
      create
        ? data(api.POST('/api/v1/datasets', { body: body as never }))
        : data(api.PUT('/api/v1/datasets/{code}', { params: { path: { code: body.code ?? '' } }, body: body as never })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['admin-meta', 'datasets'] }),
  });
}
