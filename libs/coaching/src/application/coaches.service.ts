import { Injectable } from '@nestjs/common';
import { Clock, NotFoundError, isUuid, type Actor } from '@app/shared';
import { UnitOfWork } from '@app/infra';
import { AuditService } from '@app/audit';
import { UserReader } from '@app/accounts';
import { CoachExistsError, NotACoachUserError } from '../domain/coaching.errors';
import { CoachesRepository } from '../persistence/coaches.repository';
import type { CoachInput } from './coaching.views';

/** The coach profiles (issue 13 item 1): regions, maximum caseload, active. */
@Injectable()
export class CoachesService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly coaches: CoachesRepository,
    private readonly users: UserReader,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async create(actor: Actor, input: CoachInput): Promise<void> {
    const user = await this.users.get(input.userId).catch(() => null);
    if (!user || user.role !== 'coach' || !user.active) throw new NotACoachUserError();
    await this.unitOfWork.run(async () => {
      if (!(await this.coaches.insert({ ...input, regions: [...new Set(input.regions)] }, this.clock.now()))) throw new CoachExistsError();
      await this.audit.record(actor, { entity: 'coach', entityId: input.userId, action: 'create', changedFields: ['regions', 'maxCaseload', 'active'] });
    });
  }

  async update(actor: Actor, userId: string, changes: Partial<Omit<CoachInput, 'userId'>>): Promise<void> {
    await this.unitOfWork.run(async () => {
      const regions = changes.regions ? [...new Set(changes.regions)] : undefined;
      if (!isUuid(userId) || !(await this.coaches.update(userId, { ...changes, regions }, this.clock.now()))) throw new NotFoundError('coach');
      const changedFields = (['regions', 'maxCaseload', 'active'] as const).filter((field) => changes[field] !== undefined);
      await this.audit.record(actor, { entity: 'coach', entityId: userId, action: 'update', changedFields });
    });
  }
}
