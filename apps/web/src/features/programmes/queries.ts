import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, withId } from '../../api/client';
import type { RequestBody } from '../../api/models';
import { candidateKeys } from '../candidates/queries';
import type { ProgrammeStatus } from './programme-labels';

export interface ProgrammeFilters {
  status?: ProgrammeStatus;
  cohort?: string;
}

const programmeKeys = {
  all: ['programmes'] as const,
  list: (filters: ProgrammeFilters) => ['programmes', 'list', filters] as const,
  detail: (id: string) => ['programmes', 'detail', id] as const,
  ready: ['programmes', 'ready'] as const,
  uitval: ['programmes', 'uitval'] as const,
  tasks: ['programmes', 'tasks'] as const,
  routes: ['programmes', 'routes'] as const,
};

export function useProgrammes(filters: ProgrammeFilters) {
  return useQuery({ queryKey: programmeKeys.list(filters), queryFn: () => unwrap(api.GET('/api/programmes', { params: { query: filters } })) });
}

export function useProgramme(id: string) {
  return useQuery({ queryKey: programmeKeys.detail(id), queryFn: () => unwrap(api.GET('/api/programmes/{id}', withId(id))) });
}

export function useReadyToStart() {
  return useQuery({ queryKey: programmeKeys.ready, queryFn: () => unwrap(api.GET('/api/programmes/ready-to-start')) });
}

export function useUitval() {
  return useQuery({ queryKey: programmeKeys.uitval, queryFn: () => unwrap(api.GET('/api/programmes/uitval')) });
}

export function useOpenTasks() {
  return useQuery({ queryKey: programmeKeys.tasks, queryFn: () => unwrap(api.GET('/api/programme-tasks')) });
}

export function useRoutes() {
  return useQuery({ queryKey: programmeKeys.routes, queryFn: () => unwrap(api.GET('/api/programmes/routes')), staleTime: Infinity });
}

/** Every command changes programmes, the uitval and tasks, and the candidate's stage: all are refetched. */
function useInvalidate() {
  const queryClient = useQueryClient();
  return () => Promise.all([queryClient.invalidateQueries({ queryKey: programmeKeys.all }), queryClient.invalidateQueries({ queryKey: candidateKeys.all })]);
}

/**
 * `onStarted` runs at the hook level, before the refetch: the refetched list no longer holds the
 * started candidate, so the form that started it unmounts, and a callback passed to `mutate` would never run.
 */
export function useStartProgramme(onStarted: (programmeId: string) => void) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: RequestBody<'StartProgrammeRequest'>) => unwrap(api.POST('/api/programmes', { body })),
    onSuccess: (programme) => {
      onStarted(programme.id);
      return invalidate();
    },
  });
}

export function useQualify(id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: RequestBody<'QualifyRequest'>) => unwrap(api.POST('/api/programmes/{id}/qualify', { ...withId(id), body })),
    onSuccess: invalidate,
  });
}

export function useDropout(id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: RequestBody<'DropoutRequest'>) => unwrap(api.POST('/api/programmes/{id}/dropout', { ...withId(id), body })),
    onSuccess: invalidate,
  });
}

export function useExtend(id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: RequestBody<'ExtendRequest'>) => unwrap(api.POST('/api/programmes/{id}/extend', { ...withId(id), body })),
    onSuccess: invalidate,
  });
}

/** `onSwitched` runs at the hook level, as for useStartProgramme: the ended programme's page drops the form that switched. */
export function useSwitchRoute(id: string, onSwitched: (programmeId: string) => void) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: RequestBody<'SwitchRouteRequest'>) => unwrap(api.POST('/api/programmes/{id}/switch-route', { ...withId(id), body })),
    onSuccess: (next) => {
      onSwitched(next.id);
      return invalidate();
    },
  });
}

export function useSaveSubsidy(id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: RequestBody<'SubsidyRequest'>) => unwrap(api.PUT('/api/programmes/{id}/subsidy', { ...withId(id), body })),
    onSuccess: invalidate,
  });
}

export function useMarkTaskDone() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (taskId: string) => unwrap(api.POST('/api/programme-tasks/{id}/done', withId(taskId))),
    onSuccess: invalidate,
  });
}
