import type { JobName } from '@app/infra';

declare module '@app/infra' {
  interface JobMap {
    /** Mails the one-time link of a "Wachtwoord vergeten" request (handled by the notifications module, which sends the mails). */
    'accounts.password-reset-mail': { resetId: string };
  }
}

export const ACCOUNT_JOBS = ['accounts.password-reset-mail'] as const satisfies readonly JobName[];

/** The nightly sweep that deletes sign-in records past any use (accounts-housekeeping.sweep.ts). */
export const ACCOUNTS_HOUSEKEEPING_SWEEP = 'accounts.housekeeping';
