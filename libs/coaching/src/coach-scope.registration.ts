import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ProgrammeReader } from '@app/programmes';
import { CoachingReader } from './application/coaching.reader';

/**
 * R14: a coach reads exactly the programmes currently assigned to them. Programmes may not read
 * this module's tables (and cannot import it: this module imports programmes), so the module hands
 * ProgrammeReader the query when it starts.
 */
@Injectable()
export class CoachScopeRegistration implements OnModuleInit {
  constructor(
    private readonly programmes: ProgrammeReader,
    private readonly coaching: CoachingReader,
  ) {}

  onModuleInit(): void {
    this.programmes.useCoachScope((coachId) => this.coaching.currentProgrammeIds(coachId));
  }
}
