import type { JobName } from '@app/infra';

declare module '@app/infra' {
  interface JobMap {
    /** Commits a checked import: every row in one unit of work, with its progress kept on the import. */
    'imports.commit': { importId: string };
  }
}

/** The imports module's jobs; the worker refuses to start unless each has exactly one handler. */
export const IMPORT_JOBS = ['imports.commit'] as const satisfies readonly JobName[];

/** The daily sweep that discards what an import kept of the file's content once it has no purpose left (R13). */
export const IMPORT_RETENTION_SWEEP = 'imports.retention';
