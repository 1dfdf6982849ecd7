import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, withId } from '../../api/client';
import type { components } from '../../api/schema';
import { candidateKeys } from '../candidates/queries';

type Schemas = components['schemas'];
export type DataRequest = Schemas['DataRequestResponse'];
export type DataRequestStatus = DataRequest['status'];
export type RecordRequestBody = Schemas['RecordDataRequestRequest'];
export type ExtendRequestBody = Schemas['ExtendDataRequestRequest'];

const requestKeys = {
  all: ['data-requests'] as const,
  list: (status: DataRequestStatus) => ['data-requests', status] as const,
};

export function useDataRequests(status: DataRequestStatus) {
  return useQuery({ queryKey: requestKeys.list(status), queryFn: () => unwrap(api.GET('/api/data-requests', { params: { query: { status } } })) });
}

/** Candidates whose name or reference contains `q` (at least two characters), for picking the request's candidate. */
export function useCandidateSearch(q: string) {
  const term = q.trim();
  return useQuery({
    queryKey: [...candidateKeys.all, 'search', term],
    queryFn: () => unwrap(api.GET('/api/candidates', { params: { query: { q: term, limit: 20 } } })),
    enabled: term.length >= 2,
  });
}

/** A request changes the list, and completing an erasure the candidate too. */
function useInvalidate() {
  const queryClient = useQueryClient();
  return () => Promise.all([queryClient.invalidateQueries({ queryKey: requestKeys.all }), queryClient.invalidateQueries({ queryKey: candidateKeys.all })]);
}

export function useRecordRequest() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: RecordRequestBody) => unwrap(api.POST('/api/data-requests', { body })), onSuccess: invalidate });
}

/** `onExtended` hears the new deadline (the page announces it). */
export function useExtendRequest(id: string, onExtended: (request: DataRequest) => void) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: ExtendRequestBody) => unwrap(api.POST('/api/data-requests/{id}/extend', { ...withId(id), body })),
    onSuccess: (request) => {
      onExtended(request);
      return invalidate();
    },
  });
}

export function useCompleteRequest() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/data-requests/{id}/complete', { ...withId(id), body: {} })),
    onSuccess: invalidate,
  });
}

export function useWithdrawConsent(candidateId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/candidates/{id}/consent/withdraw', { ...withId(candidateId), body: {} })),
    onSuccess: invalidate,
  });
}

/** Downloads the inspection export (a zip) with the session and saves it under the name the server gives. */
export async function downloadExport(candidateId: string, reference: string): Promise<void> {
  const blob = await unwrap(api.GET('/api/candidates/{id}/export', { ...withId(candidateId), parseAs: 'blob' }));
  const url = URL.createObjectURL(blob);
  const link = window.document.createElement('a');
  link.href = url;
  link.download = `inzage-${reference}.zip`;
  window.document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
