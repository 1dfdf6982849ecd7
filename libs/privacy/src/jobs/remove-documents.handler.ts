import { Injectable } from '@nestjs/common';
import { HandlesJob, StorageService, type JobHandler } from '@app/infra';
import type { JobMap } from '@app/infra';

/** Removes the files of an erased candidate's documents. */
@HandlesJob('privacy.remove-documents')
@Injectable()
export class RemoveDocumentsHandler implements JobHandler<'privacy.remove-documents'> {
  constructor(private readonly storage: StorageService) {}

  // Idempotent: removing a file that is gone already does nothing, so a retry or a second run is harmless.
  async handle(data: JobMap['privacy.remove-documents']): Promise<void> {
    for (const key of data.storageKeys) await this.storage.remove(key);
  }
}
