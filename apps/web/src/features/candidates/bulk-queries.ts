import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import type { RequestBody } from '../../api/models';
import { candidateKeys } from './queries';

export type BulkSelection = RequestBody<'BulkSelectionRequest'>;
type BulkResult = components['schemas']['BulkResultResponse'];
type BulkRejectResult = components['schemas']['BulkRejectResultResponse'];

export type BulkAction =
  | { action: 'screening'; selection: BulkSelection }
  | { action: 'reject'; selection: BulkSelection; reason: string }
  | { action: 'undo'; batchId: string }
  | { action: 'export'; selection: BulkSelection };

export type BulkOutcome =
  { action: 'screening' | 'undo'; result: BulkResult } | { action: 'reject'; result: BulkRejectResult } | { action: 'export'; result: null };

/** One mutation for the bar's actions; the lists are refetched afterwards (an export changes nothing). */
export function useBulkAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: BulkAction): Promise<BulkOutcome> => {
      if (input.action === 'screening')
        return { action: 'screening', result: await unwrap(api.POST('/api/candidates/bulk/screening', { body: input.selection })) };
      if (input.action === 'reject') {
        const body = { ...input.selection, reason: input.reason };
        return { action: 'reject', result: await unwrap(api.POST('/api/candidates/bulk/reject', { body })) };
      }
      if (input.action === 'undo') {
        return {
          action: 'undo',
          result: await unwrap(api.POST('/api/candidates/bulk/reject/{batchId}/undo', { params: { path: { batchId: input.batchId } } })),
        };
      }
      await downloadCsv(input.selection);
      return { action: 'export', result: null };
    },
    onSuccess: (outcome) => (outcome.action === 'export' ? undefined : queryClient.invalidateQueries({ queryKey: candidateKeys.all })),
  });
}

async function downloadCsv(selection: BulkSelection): Promise<void> {
  const blob = await unwrap(api.POST('/api/candidates/bulk/export', { body: selection, parseAs: 'blob' }));
  const url = URL.createObjectURL(blob as Blob);
  const link = window.document.createElement('a');
  link.href = url;
  link.download = 'kandidaten.csv';
  window.document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
