import { useMutation } from '@tanstack/react-query';
import { api, unwrapUndocumented } from '../../api/client';
import type { ApplicationCreated } from '../../api/models';
import { toFormData, type Application } from './apply-form';

export function useApply() {
  return useMutation({
    mutationFn: (application: Application) =>
      // TODO(contract): the multipart request and its answer are not documented yet.
      unwrapUndocumented<ApplicationCreated>(
        api.POST('/api/applications', { body: toFormData(application) as never, bodySerializer: (body: unknown) => body }),
      ),
  });
}
