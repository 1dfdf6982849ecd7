import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { RequestBody } from '../../api/models';

/** "Wachtwoord vergeten": the answer is the same whether or not the address has an account. */
export function useRequestPasswordReset() {
  return useMutation({ mutationFn: (body: RequestBody<'PasswordResetRequest'>) => unwrap(api.POST('/api/auth/password-reset', { body })) });
}

export function useConfirmPasswordReset() {
  return useMutation({
    mutationFn: (body: RequestBody<'PasswordResetConfirmRequest'>) => unwrap(api.POST('/api/auth/password-reset/confirm', { body })),
  });
}
