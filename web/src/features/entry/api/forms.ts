/**
 * The reporter's forms: the list (GET /forms), one form (GET /forms/{dataset}/{unit}/{period}), saving a draft
 * (PUT, with the warnings accepted), the workflow step (POST …/submit), and evidence (POST /evidence: a document
 * reference or a link as JSON; a file as multipart through XMLHttpRequest, for its upload progress).
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { data, useApi } from '@/lib/api/client';
import { ApiError, toApiError } from '@/lib/api/errors';
import type { FormEvidence, FormListQuery, FormRef, SaveAnswer } from './types';

/** The datasets (GET /datasets), for the list's filter. */
export function useDatasetChoices() {
  const api = useApi();
  return useQuery({
    queryKey: ['datasets'],
    queryFn: () => data(api.GET('/api/v1/datasets')),
    staleTime: 10 * 60_000,
  });
}

export function useFormList(query: FormListQuery) {
  const api = useApi();
  return useQuery({
    queryKey: ['forms', query],
    queryFn: () => data(api.GET('/api/v1/forms', { params: { query } })),
    placeholderData: keepPreviousData,
    staleTime: 15_000,
  });
}

const formKey = (ref: FormRef) => ['form', ref.dataset, ref.unit, ref.period];

export function useForm(ref: FormRef) {
  const api = useApi();
  return useQuery({
    queryKey: formKey(ref),
    queryFn: () => data(api.GET('/api/v1/forms/{dataset}/{unit}/{period}', { params: { path: ref } })),
    staleTime: 0,
    refetchOnWindowFocus: false,
  });
}

export interface SaveInput {
  values: Array<{ dataElement: string; value: number | string | boolean | null; comment?: string | null; evidence?: string | null }>;
  acceptWarnings?: Array<{ index: number; rule: string }>;
}

export function useSaveForm(ref: FormRef) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveInput): Promise<SaveAnswer> => data(api.PUT('/api/v1/forms/{dataset}/{unit}/{period}', { params: { path: ref }, body })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: formKey(ref) });
      void queryClient.invalidateQueries({ queryKey: ['forms'] });
    },
  });
}

export function useSubmitForm(ref: FormRef) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => data(api.POST('/api/v1/forms/{dataset}/{unit}/{period}/{action}', { params: { path: { ...ref, action: 'submit' } }, body: {} })),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: formKey(ref) });
      void queryClient.invalidateQueries({ queryKey: ['forms'] });
    },
  });
}

/** Where a new evidence record is attached: one element of the form, or the whole form (its dataset). */
export type EvidenceTarget = { unit: string; period: string } & ({ element: string } | { dataset: string });

export type ReferenceEvidence = { kind: 'document'; number: string; date?: string; issuer?: string; summary?: string } | { kind: 'link'; url: string };

export function useCreateEvidence() {
  const api = useApi();
  return useMutation({
    mutationFn: (input: { target: EvidenceTarget; evidence: ReferenceEvidence }): Promise<FormEvidence> =>
      data(api.POST('/api/v1/evidence', { body: { ...input.target, ...input.evidence } as never })) as Promise<FormEvidence>,
  });
}

/** Uploads a file as evidence (multipart, fields before the file), reporting progress 0..1; resolves with the record. */
export function uploadEvidenceFile(
  target: EvidenceTarget,
  file: File,
  csrfToken: string | null,
  onProgress: (fraction: number) => void,
): Promise<FormEvidence> {
  const body = new FormData();
  for (const [field, value] of Object.entries(target)) body.append(field, value);
  body.append('file', file, file.name);
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/api/v1/evidence');
    request.withCredentials = true;
    request.setRequestHeader('accept', 'application/json');
    if (csrfToken) request.setRequestHeader('x-csrf-token', csrfToken);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      let answer: unknown = null;
      try {
        answer = JSON.parse(request.responseText);
      } catch {
        answer = null;
      }
      if (request.status >= 200 && request.status < 300) {
        onProgress(1);
        resolve(answer as FormEvidence);
      } else reject(toApiError(request.status, answer));
    };
    request.onerror = () => reject(new ApiError(0, 'NETWORK', 'Không kết nối được máy chủ / Cannot reach the server'));
    request.send(body);
  });
}
