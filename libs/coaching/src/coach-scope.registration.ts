import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ProgrammeReader } from '@app/programmes';
import { CoachingReader } from './application/coaching.reader';

/**
 * R14: a coach reads exactly the programmes currently assigned to them; R12: the reminders about a
 * programme's planned end go to its coach too. Programmes may not read this module's tables (and
 * cannot import it: this module imports programmes), so the module hands ProgrammeReader both
 * queries when it starts.
 */
@Injectable()
export class CoachScopeRegistration implements OnModuleInit {
  constructor(
    private readonly programmes: ProgrammeReader,
    private readonly coaching: CoachingReader,
  ) {}

  onModuleInit(): void {
    this.programmes.useCoachScope((coachId) => this.coaching.currentProgrammeIds(coachId));
    this.programmes.useAssignedCoach((programmeId) => this.coaching.assignedCoach(programmeId));
  }
}
