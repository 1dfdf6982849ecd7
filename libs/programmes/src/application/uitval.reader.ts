import { Injectable } from '@nestjs/common';
import { Clock, NotFoundError, today, type Actor } from '@app/shared';
import { UitvalRepository } from '../persistence/uitval.repository';
import { scopeOf } from './programme.reader';
import type { UitvalFilter, UitvalView } from './programme.views';

/**
 * Uitval per cohort (R11, SPEC §5 definitions): the one reader the programme list and the reports
 * use. Counts people who started a programme — losses before the programme are the funnel's.
 */
@Injectable()
export class UitvalReader {
  constructor(
    private readonly uitval: UitvalRepository,
    private readonly clock: Clock,
  ) {}

  /** Every cohort (or one) as of a day, optionally of one board or route; unscoped, for reports that scope themselves. */
  byCohort(filter: UitvalFilter): Promise<UitvalView[]> {
    return this.uitval.byCohort(filter);
  }

  /** As of today within the actor's scope (R14): a board user its own board only, another board's id answers 404. */
  forActor(actor: Actor, query: { cohort?: string; boardId?: string }): Promise<UitvalView[]> {
    const scope = scopeOf(actor);
    if (scope.kind === 'none' || (scope.kind === 'board' && query.boardId !== undefined && query.boardId !== scope.boardId)) throw new NotFoundError('board');
    const boardId = scope.kind === 'board' ? scope.boardId : (query.boardId ?? null);
    return this.uitval.byCohort({ asOf: today(this.clock.now()), cohort: query.cohort ?? null, boardId });
  }
}
