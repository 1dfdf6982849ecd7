import { Injectable } from '@nestjs/common';
import { Clock, isCentralDesk, NotFoundError, type Actor } from '@app/shared';
import { UnitOfWork } from '@app/infra';
import { AuditService } from '@app/audit';
import { DEGREE_LEVEL_LABELS, RouteReader, routesAccepting } from '@app/routes';
import { routeMayChange } from '../domain/candidate-route.policy';
import { RouteFixedError, RouteNotForDegreeError, StaleCandidateError } from '../domain/candidates.errors';
import { CandidateRepository } from '../persistence/candidate.repository';
import { CandidateReader } from './candidate.reader';
import type { CandidateDetail } from './candidate.views';

/** The route a candidate intends to take, as the desk changes it (R1 still holds: the route must accept the degree level). */
@Injectable()
export class CandidateRouteService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly candidates: CandidateRepository,
    private readonly reader: CandidateReader,
    private readonly routes: RouteReader,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * Changes the route before the programme starts, audited. With `version` (the request's If-Match)
   * only at that version of the candidate (412 otherwise); the row is locked while it is judged.
   */
  async change(actor: Actor, id: string, routeCode: string, version: number | null): Promise<CandidateDetail> {
    await this.reader.assertVisible(actor, id);
    const route = await this.routes.activeRoute(routeCode);
    const offered = await this.routes.active();
    await this.unitOfWork.run(async () => {
      const candidate = await this.candidates.lockForRouteChange(id);
      if (!candidate) throw new NotFoundError('candidate');
      if (version !== null && candidate.version !== version) {
        const current = await this.candidates.current(id);
        throw new StaleCandidateError(candidate.stage, isCentralDesk(actor) ? (current?.changedBy ?? null) : null);
      }
      if (!routeMayChange(candidate.stage)) throw new RouteFixedError(candidate.stage);
      if (!route.degreeLevels.includes(candidate.degreeLevel)) {
        const fitting = routesAccepting(candidate.degreeLevel, offered).map((fits) => fits.name);
        const degree = DEGREE_LEVEL_LABELS[candidate.degreeLevel] ?? candidate.degreeLevel;
        throw new RouteNotForDegreeError(route.name, degree.charAt(0).toLowerCase() + degree.slice(1), fitting);
      }
      if (candidate.route === route.code) return;
      await this.candidates.setRoute(id, route.code, this.clock.now());
      await this.audit.record(actor, { entity: 'candidate', entityId: id, action: 'change_route', changedFields: ['route'] });
    });
    return this.reader.get(actor, id);
  }
}
