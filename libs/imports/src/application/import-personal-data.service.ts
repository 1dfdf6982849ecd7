import { Injectable } from '@nestjs/common';
import { ImportsRepository, type HeldImport } from '../persistence/imports.repository';

/**
 * R13: what the imports module keeps on a candidate it imported: the reference and the fingerprints
 * of their rows (import_people). The upload and its problem list go after 30 days by themselves
 * (ImportRetentionSweep); the fingerprints are hashes, kept so a later import of the same rows
 * changes nothing.
 */
@Injectable()
export class ImportPersonalData {
  constructor(private readonly imports: ImportsRepository) {}

  /** What the last import of the candidate kept, or null: for the inspection export (the caller has checked its reader is the desk). */
  held(candidateId: string): Promise<HeldImport | null> {
    return this.imports.heldPerson(candidateId);
  }
}
