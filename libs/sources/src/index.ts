/** How applicants heard of Flevowijs (issue 16, item 4): the list administrators manage and the check of the form's answer. */
export * from './sources.module';
export * from './application/source.reader';
export * from './application/sources.service';
export * from './application/source.views';
export * from './domain/source-code';
export * from './domain/sources.errors';
