import { Injectable } from '@nestjs/common';
import { Clock, NotFoundError, type Actor } from '@app/shared';
import { UnitOfWork } from '@app/infra';
import { AuditService } from '@app/audit';
import { isSourceCode } from '../domain/source-code';
import { SourceRepository } from '../persistence/source.repository';
import type { NewSource, SourceChanges, SourceView } from './source.views';

/** Administrators manage the list of sources: added and changed, retired instead of deleted (candidates keep their answer). */
@Injectable()
export class SourcesService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly sources: SourceRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  create(actor: Actor, input: NewSource): Promise<SourceView> {
    return this.unitOfWork.run(async () => {
      const source = await this.sources.insert(input, this.clock.now());
      const changedFields = Object.entries(input)
        .filter(([, value]) => value !== undefined)
        .map(([field]) => field);
      await this.audit.record(actor, { entity: 'application_source', entityId: source.code, action: 'create', changedFields });
      return source;
    });
  }

  /** Changes anything but the code; `active: false` retires the source. */
  update(actor: Actor, code: string, changes: SourceChanges): Promise<SourceView> {
    return this.unitOfWork.run(async () => {
      const source = isSourceCode(code) ? await this.sources.update(code, changes, this.clock.now()) : null;
      if (!source) throw new NotFoundError('application_source');
      const changedFields = Object.entries(changes)
        .filter(([, value]) => value !== undefined)
        .map(([field]) => field);
      await this.audit.record(actor, { entity: 'application_source', entityId: code, action: 'update', changedFields });
      return source;
    });
  }
}
