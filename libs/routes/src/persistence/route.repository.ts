import { Injectable } from '@nestjs/common';
import { Database, isUniqueViolation } from '@app/infra';
import { DuplicateRouteError } from '../domain/routes.errors';
import type { NewRoute, RouteChanges, RouteView } from '../application/route.views';

const COLUMNS = `code, name, duration_months AS "durationMonths", assessment_required AS "assessmentRequired", degree_levels AS "degreeLevels", active`;

/** All SQL of the routes. */
@Injectable()
export class RouteRepository {
  constructor(private readonly database: Database) {}

  /** In the order they were added: the default route (zij_instroom) first. */
  list(onlyActive: boolean): Promise<RouteView[]> {
    return this.database.query<RouteView>(`SELECT ${COLUMNS} FROM routes WHERE active OR NOT $1::boolean ORDER BY position`, [onlyActive]);
  }

  async get(code: string): Promise<RouteView | null> {
    const [route] = await this.database.query<RouteView>(`SELECT ${COLUMNS} FROM routes WHERE code = $1`, [code]);
    return route ?? null;
  }

  async insert(route: NewRoute): Promise<RouteView> {
    const [row] = await this.database
      .query<RouteView>(
        `INSERT INTO routes (code, name, duration_months, assessment_required, degree_levels) VALUES ($1, $2, $3, $4, $5) RETURNING ${COLUMNS}`,
        [route.code, route.name, route.durationMonths, route.assessmentRequired, route.degreeLevels],
      )
      .catch(refuseDuplicate);
    return row;
  }

  /** Null when there is no route with this code. */
  async update(code: string, changes: RouteChanges): Promise<RouteView | null> {
    const [row] = await this.database
      .query<RouteView>(
        `UPDATE routes SET name = COALESCE($2, name), duration_months = COALESCE($3, duration_months),
         assessment_required = COALESCE($4, assessment_required), degree_levels = COALESCE($5, degree_levels), active = COALESCE($6, active)
       WHERE code = $1 RETURNING ${COLUMNS}`,
        [code, changes.name ?? null, changes.durationMonths ?? null, changes.assessmentRequired ?? null, changes.degreeLevels ?? null, changes.active ?? null],
      )
      .catch(refuseDuplicate);
    return row ?? null;
  }
}

function refuseDuplicate(error: unknown): never {
  if (isUniqueViolation(error, 'routes_pkey')) throw new DuplicateRouteError('code');
  if (isUniqueViolation(error, 'routes_name_key')) throw new DuplicateRouteError('name');
  throw error;
}
