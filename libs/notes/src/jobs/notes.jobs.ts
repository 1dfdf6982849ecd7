import type { JobName } from '@app/infra';

declare module '@app/infra' {
  interface JobMap {
    /** Tells the colleagues a note mentions (`@e-mailprefix`) who may read it. */
    'notes.mention': { noteId: string };
  }
}

export const NOTE_JOBS = ['notes.mention'] as const satisfies readonly JobName[];
