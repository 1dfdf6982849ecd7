import { Injectable } from '@nestjs/common';
import { NotFoundError, type Actor } from '@app/shared';
import { UnitOfWork } from '@app/infra';
import { AuditService } from '@app/audit';
import { isRouteCode } from '../domain/route-code';
import { RouteRepository } from '../persistence/route.repository';
import type { NewRoute, RouteChanges, RouteView } from './route.views';

/** Routes are data that admins manage (R1, R8): added and changed, deactivated instead of deleted. */
@Injectable()
export class RoutesService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly routes: RouteRepository,
    private readonly audit: AuditService,
  ) {}

  create(actor: Actor, input: NewRoute): Promise<RouteView> {
    return this.unitOfWork.run(async () => {
      const route = await this.routes.insert(input);
      await this.audit.record(actor, { entity: 'route', entityId: route.code, action: 'create', changedFields: Object.keys(input) });
      return route;
    });
  }

  /** Changes anything but the code; `active: false` deactivates (candidates and programmes keep the route they have). */
  update(actor: Actor, code: string, changes: RouteChanges): Promise<RouteView> {
    return this.unitOfWork.run(async () => {
      const route = isRouteCode(code) ? await this.routes.update(code, changes) : null;
      if (!route) throw new NotFoundError('route');
      const changedFields = Object.entries(changes)
        .filter(([, value]) => value !== undefined)
        .map(([field]) => field);
      await this.audit.record(actor, { entity: 'route', entityId: code, action: 'update', changedFields });
      return route;
    });
  }
}
