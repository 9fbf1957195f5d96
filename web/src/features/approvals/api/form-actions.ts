/**
 * The approver's actions: approve, return or reopen one form (POST /forms/{…}/{action}, a reason for return and
 * reopen) and approve several at once (POST /forms/approve, all or none). Each refreshes the forms read since.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { data, useApi } from '@/lib/api/client';
import { FORMS_KEY } from './get-forms';
import type { FormRef, WorkflowAction } from './types';

export function useFormAction(ref: FormRef) {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ action, reason }: { action: WorkflowAction; reason?: string }) =>
      data(
        api.POST('/api/v1/forms/{dataset}/{unit}/{period}/{action}', {
          params: { path: { ...ref, action } },
          body: reason === undefined ? {} : { reason },
        }),
      ),
    // Every list read since, the ones not on screen too, so the queue the approver goes back to is already current.
    onSuccess: () => client.invalidateQueries({ queryKey: FORMS_KEY, refetchType: 'all' }),
  });
}

export function useApproveForms() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (forms: FormRef[]) => data(api.POST('/api/v1/forms/approve', { body: { forms } })),
    onSettled: () => client.invalidateQueries({ queryKey: FORMS_KEY }),
  });
}
