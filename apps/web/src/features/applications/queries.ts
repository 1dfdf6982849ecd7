import { useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { ApplicationRequest } from '../../api/models';
import { toFormData, type Application } from './apply-form';

/** Flevowijs's contact details (and, for the form, what it offers): configuration, the same for everyone. */
export function useFormOptions() {
  return useQuery({
    queryKey: ['application-form-options'],
    queryFn: () => unwrap(api.GET('/api/applications/form-options')),
    staleTime: Infinity,
  });
}

export function useApply() {
  return useMutation({
    mutationFn: (application: Application) =>
      unwrap(
        api.POST('/api/applications', {
          // The document types the two files as binary strings; the browser sends them as File objects.
          body: application as unknown as ApplicationRequest,
          bodySerializer: () => toFormData(application),
        }),
      ),
  });
}
