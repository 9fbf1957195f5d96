/**
 * The citizen's side of Phản ánh hiện trường, no login: the categories with their deadlines, the commune picker
 * (GET /public/feedback/places), filing a report (POST /public/feedback, then each photo with the report's secret
 * to POST /public/feedback/photos as multipart), following it by its secret and rating the answer once.
 */
import { useMutation, useQuery } from '@tanstack/react-query';
import { data, useApi } from '@/lib/api/client';
import { ApiError, toApiError } from '@/lib/api/errors';
import type { paths } from '@/lib/api/schema';

export type FileFeedbackBody = paths['/api/v1/public/feedback']['post']['requestBody']['content']['application/json'];
export type FiledFeedback = paths['/api/v1/public/feedback']['post']['responses']['200']['content']['application/json'];
export type TrackedReport = paths['/api/v1/public/feedback/track']['post']['responses']['200']['content']['application/json'];

/** What the server takes per photo (server/routes/public-feedback.ts PHOTO_MAX_BYTES, MAX_PHOTOS_PER_REPORT). */
export const PHOTO_LIMITS = { bytes: 5 * 1024 * 1024, count: 5, types: ['image/jpeg', 'image/png'] } as const;

export function useFeedbackCategories() {
  const api = useApi();
  return useQuery({
    queryKey: ['public-feedback', 'categories'],
    queryFn: () => data(api.GET('/api/v1/public/feedback/categories')),
    staleTime: 60 * 60_000,
  });
}

export function useFeedbackPlaces(q: string) {
  const api = useApi();
  const wanted = q.trim();
  return useQuery({
    queryKey: ['public-feedback', 'places', wanted],
    queryFn: () => data(api.GET('/api/v1/public/feedback/places', { params: { query: { q: wanted } } })),
    enabled: wanted.length >= 2,
    staleTime: 10 * 60_000,
  });
}

export interface FiledWithPhotos extends FiledFeedback {
  /** The photos the server refused, each with its reason (the report itself is filed). */
  photoFailures: Array<{ name: string; error: ApiError }>;
}

async function uploadPhoto(token: string, file: File): Promise<void> {
  const form = new FormData();
  form.append('token', token);
  form.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch('/api/v1/public/feedback/photos', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
      body: form,
    });
  } catch {
    throw new ApiError(0, 'NETWORK', 'Không kết nối được máy chủ / Cannot reach the server');
  }
  if (!response.ok) throw toApiError(response.status, await response.json().catch(() => null));
}

export function useFileFeedback() {
  const api = useApi();
  return useMutation({
    mutationFn: async ({ body, photos }: { body: FileFeedbackBody; photos: readonly File[] }): Promise<FiledWithPhotos> => {
      const filed = await data(api.POST('/api/v1/public/feedback', { body }));
      const photoFailures: FiledWithPhotos['photoFailures'] = [];
      for (const photo of photos) {
        try {
          await uploadPhoto(filed.token, photo);
        } catch (error) {
          photoFailures.push({ name: photo.name, error: error instanceof ApiError ? error : new ApiError(0, 'NETWORK', String(error)) });
        }
      }
      return { ...filed, photoFailures };
    },
  });
}

export function useTrackFeedback() {
  const api = useApi();
  return useMutation({ mutationFn: (token: string) => data(api.POST('/api/v1/public/feedback/track', { body: { token } })) });
}

export function useRateFeedback() {
  const api = useApi();
  return useMutation({
    mutationFn: (body: { token: string; rating: number }) => data(api.POST('/api/v1/public/feedback/rating', { body })),
  });
}
