import { Injectable } from '@nestjs/common';
import { Clock, isCentralDesk, NotFoundError, type Actor } from '@app/shared';
import { UnitOfWork } from '@app/infra';
import { AuditService } from '@app/audit';
import { StageConflictError, StaleCandidateError } from '../domain/candidates.errors';
import { isClosed, STAGE_COMMANDS, type Stage, type StageCommand } from '../domain/stage';
import { CandidateRepository } from '../persistence/candidate.repository';
import { CandidateAccessService } from './candidate-access.service';
import { CandidateReader } from './candidate.reader';
import type { CandidateDetail } from './candidate.views';

/** Stages that end the path before the programme: the boards' access ends, and the desk's command mails the candidate. */
const ENDED_BEFORE_PROGRAMME: readonly Stage[] = ['rejected', 'withdrawn'];

export interface StageChange {
  candidateId: string;
  from: Stage;
  to: Stage;
  historyId: string;
}

/** The stage commands (R4), as compare-and-set: exactly one of many concurrent identical commands wins. */
@Injectable()
export class CandidateStageService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly candidates: CandidateRepository,
    private readonly reader: CandidateReader,
    private readonly audit: AuditService,
    private readonly access: CandidateAccessService,
    private readonly clock: Clock,
  ) {}

  /**
   * A desk command (screening, reject, withdraw) as its own unit of work; a closed path is confirmed
   * to the candidate by mail. With `version` (the request's If-Match) it runs only when the candidate
   * is still at that version; without, the compare-and-set on the stage alone decides.
   */
  async runDeskCommand(actor: Actor, id: string, command: StageCommand, reason: string | null, version: number | null = null): Promise<CandidateDetail> {
    await this.reader.assertVisible(actor, id);
    await this.unitOfWork.run(async () => {
      const change = await this.change(actor, id, command, reason, version);
      if (ENDED_BEFORE_PROGRAMME.includes(change.to)) await this.unitOfWork.enqueue({ name: 'candidates.closing-mail', data: { candidateId: id } });
    });
    return this.reader.get(actor, id);
  }

  /**
   * Moves the stage inside the caller's unit of work: the row is locked, the move checked against
   * the current stage, and history and audit written with it. The others of concurrent commands
   * get a conflict naming the allowed stages; with a `version` the candidate has moved on from, the
   * refusal says who changed it and to which stage.
   */
  change(actor: Actor, id: string, command: StageCommand, reason: string | null, version: number | null = null): Promise<StageChange> {
    return this.unitOfWork.run(async () => {
      const transition = STAGE_COMMANDS[command];
      const now = this.clock.now();
      const closes = isClosed(transition.to);
      const from = await this.candidates.moveStage(id, { to: transition.to, from: transition.from, now, closes, reason, version });
      if (from === null) {
        const current = await this.candidates.current(id);
        if (!current) throw new NotFoundError('candidate');
        // Who made the change is named to the desk only (a party reads no names of others: party-projection.ts).
        if (version !== null && current.version !== version) throw new StaleCandidateError(current.stage, isCentralDesk(actor) ? current.changedBy : null);
        throw new StageConflictError(command, current.stage);
      }
      const historyId = await this.candidates.addHistory({ candidateId: id, from, to: transition.to, actorId: actor.userId, at: now, reason });
      await this.audit.record(actor, {
        entity: 'candidate',
        entityId: id,
        action: command,
        changedFields: closes ? ['stage', 'closedAt', 'closingReason'] : ['stage'],
      });
      // Data minimisation: once the path ends before the programme, no board has a purpose left with the data.
      if (ENDED_BEFORE_PROGRAMME.includes(transition.to)) await this.access.revokeAll(actor, id, 'board');
      return { candidateId: id, from, to: transition.to, historyId };
    });
  }
}
