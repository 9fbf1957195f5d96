/**
 * The steps of a follow-up: POST …/explanations, …/directives, …/directives/{directive}/progress, …/close. Each
 * answers the follow-up as it now is, which replaces the one on screen; the lists are read again.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { data, useApi } from '@/lib/api/client';
import type { FollowUp } from '@/lib/api/types';

export interface EvidenceInput {
  kind: 'document';
  number?: string;
  date?: string;
  issuer?: string;
  summary?: string;
}

export type FollowUpStep =
  | { step: 'explain'; content: string; evidence: EvidenceInput[] }
  | { step: 'direct'; content: string; assignee: string; deadline: string }
  | { step: 'progress'; directive: number; content: string; done: boolean }
  | { step: 'close'; reason: string };

export function useFollowUpStep(id: number) {
  const api = useApi();
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async (input: FollowUpStep): Promise<FollowUp> => {
      const path = { id };
      if (input.step === 'explain')
        return data(api.POST('/api/v1/follow-ups/{id}/explanations', { params: { path }, body: { content: input.content, evidence: input.evidence } }));
      if (input.step === 'direct')
        return data(
          api.POST('/api/v1/follow-ups/{id}/directives', {
            params: { path },
            body: { content: input.content, assignee: input.assignee, deadline: input.deadline },
          }),
        );
      if (input.step === 'progress')
        return data(
          api.POST('/api/v1/follow-ups/{id}/directives/{directive}/progress', {
            params: { path: { id, directive: input.directive } },
            body: { content: input.content, done: input.done },
          }),
        );
      return data(api.POST('/api/v1/follow-ups/{id}/close', { params: { path }, body: { reason: input.reason } }));
    },
    onSuccess: (followUp) => {
      queries.setQueryData(['follow-ups', 'one', id], followUp);
      void queries.invalidateQueries({ queryKey: ['follow-ups', 'list'] });
    },
  });
}
