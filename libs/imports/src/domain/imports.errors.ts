import { DomainError } from '@app/shared';

/** The upload is no workbook this import reads (not XLSX or CSV, damaged, too large, a zip bomb): 422 naming the file. */
export class ImportFileRefusedError extends DomainError {
  constructor(message: string) {
    super('imports.file_refused', 'unprocessable', message, [{ field: 'file', message }]);
  }
}

/** Only a checked dry run without errors can be committed, and only once. */
export class ImportNotCommittableError extends DomainError {
  constructor(status: string, errors: number) {
    super(
      'imports.not_committable',
      'conflict',
      errors > 0
        ? `Deze import heeft ${errors} fout(en): verbeter het bestand en lees het opnieuw in.`
        : status === 'committed'
          ? 'Deze import is al verwerkt.'
          : status === 'queued'
            ? 'Deze import wordt al verwerkt.'
            : 'Deze import kan niet (meer) worden verwerkt: lees het bestand opnieuw in.',
    );
  }
}
