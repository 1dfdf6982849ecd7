import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { RequestBody } from '../../api/models';
import type { components } from '../../api/schema';

export type MailTemplate = components['schemas']['MailTemplateResponse'];
export type MailText = RequestBody<'MailTemplateTextRequest'>;

const templateKeys = { all: ['mail-templates'] as const };

export function useMailTemplates() {
  return useQuery({ queryKey: templateKeys.all, queryFn: () => unwrap(api.GET('/api/mail-templates')) });
}

export function useSaveMailTemplate(kind: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MailText) => unwrap(api.PUT('/api/mail-templates/{kind}', { params: { path: { kind } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: templateKeys.all }),
  });
}

export function useResetMailTemplate(kind: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/mail-templates/{kind}', { params: { path: { kind } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: templateKeys.all }),
  });
}

export function usePreviewMailTemplate(kind: string) {
  return useMutation({
    mutationFn: (body: MailText) => unwrap(api.POST('/api/mail-templates/{kind}/preview', { params: { path: { kind } }, body })),
  });
}
