/** Notes and contact moments on a candidate: written within scope, read by the desk and the author's organisation, mentions, erasure (R13). */
export * from './notes.module';
export * from './application/notes.service';
export * from './application/notes.reader';
export * from './application/notes.views';
export * from './application/notes-personal-data.service';
export * from './domain/note.policy';
export * from './domain/notes.errors';
export { NOTE_JOBS } from './jobs/notes.jobs';
