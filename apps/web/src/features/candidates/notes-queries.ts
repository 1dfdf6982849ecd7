import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, withId } from '../../api/client';
import type { components } from '../../api/schema';
import type { RequestBody } from '../../api/models';
import { candidateKeys } from './queries';

export type Note = components['schemas']['NoteResponse'];
export type NoteKind = Note['kind'];
export type CandidateMessage = components['schemas']['CandidateMessageResponse'];

/** Under the candidate's detail key: a stage command refetches them with the rest of the page. */
const notesKey = (id: string) => [...candidateKeys.detail(id), 'notes'] as const;
const messagesKey = (id: string) => [...candidateKeys.detail(id), 'messages'] as const;

export function useNotes(candidateId: string) {
  return useQuery({ queryKey: notesKey(candidateId), queryFn: () => unwrap(api.GET('/api/candidates/{id}/notes', withId(candidateId))) });
}

export function useMessages(candidateId: string) {
  return useQuery({ queryKey: messagesKey(candidateId), queryFn: () => unwrap(api.GET('/api/candidates/{id}/messages', withId(candidateId))) });
}

function useInvalidateNotes(candidateId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: notesKey(candidateId) });
}

export function useWriteNote(candidateId: string, noteId: string | null) {
  const invalidate = useInvalidateNotes(candidateId);
  return useMutation({
    mutationFn: (body: RequestBody<'NoteRequest'>) =>
      noteId
        ? unwrap(api.PATCH('/api/candidates/{id}/notes/{noteId}', { params: { path: { id: candidateId, noteId } }, body }))
        : unwrap(api.POST('/api/candidates/{id}/notes', { ...withId(candidateId), body })),
    onSuccess: invalidate,
  });
}

export function useDeleteNote(candidateId: string) {
  const invalidate = useInvalidateNotes(candidateId);
  return useMutation({
    mutationFn: (noteId: string) => unwrap(api.DELETE('/api/candidates/{id}/notes/{noteId}', { params: { path: { id: candidateId, noteId } } })),
    onSuccess: invalidate,
  });
}
