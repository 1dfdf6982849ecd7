import { Injectable } from '@nestjs/common';
import { isRouteCode } from '../domain/route-code';
import { UnknownRouteError } from '../domain/routes.errors';
import { RouteRepository } from '../persistence/route.repository';
import type { RouteView } from './route.views';

/** The routes as the API and other modules read them (the programmes: duration and whether an assessment is required). */
@Injectable()
export class RouteReader {
  constructor(private readonly routes: RouteRepository) {}

  /** Every route, deactivated ones included, in their order. */
  list(): Promise<RouteView[]> {
    return this.routes.list(false);
  }

  /** The routes offered to applicants and to new candidates. */
  active(): Promise<RouteView[]> {
    return this.routes.list(true);
  }

  /** The route with this code, active or not; null when there is none. */
  get(code: string): Promise<RouteView | null> {
    return isRouteCode(code) ? this.routes.get(code) : Promise.resolve(null);
  }

  /** The active route with this code, or a 400 naming `field` and the routes that can be chosen. */
  async activeRoute(code: string, field = 'route'): Promise<RouteView> {
    const route = await this.get(code);
    if (route?.active) return route;
    throw new UnknownRouteError(
      field,
      (await this.active()).map((offered) => offered.code),
    );
  }
}
