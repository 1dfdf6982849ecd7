import { Injectable } from '@nestjs/common';
import type { Actor } from '@app/shared';
import { UnitOfWork } from '@app/infra';
import { AuditService } from '@app/audit';
import { PlacementErasureRepository } from '../persistence/placement-erasure.repository';
import { PlacementsRepository } from '../persistence/placements.repository';
import { ProposalsRepository, type ProposalRow } from '../persistence/proposals.repository';
import type { PlacementRow } from './placement.views';

/** R13: what the placements module holds on a candidate, and what it erases. */
@Injectable()
export class PlacementPersonalData {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly erasure: PlacementErasureRepository,
    private readonly placements: PlacementsRepository,
    private readonly proposals: ProposalsRepository,
    private readonly audit: AuditService,
  ) {}

  /** Every placement and matching proposal of the candidate, for the inspection export (the caller has checked its reader is the desk). */
  async held(candidateId: string): Promise<{ placements: PlacementRow[]; proposals: ProposalRow[] }> {
    const [placements, proposals] = await Promise.all([this.placements.forCandidate(candidateId), this.proposals.forCandidates([candidateId])]);
    return { placements, proposals };
  }

  /** Inside the caller's unit of work: reasons and notes go. Returns the ids of the placements and proposals. */
  erase(actor: Actor, candidateId: string): Promise<string[]> {
    return this.unitOfWork.run(async () => {
      const { placementIds, proposalIds } = await this.erasure.eraseFreeText(candidateId);
      for (const id of placementIds) {
        await this.audit.record(actor, { entity: 'placement', entityId: id, action: 'erase', changedFields: ['endReason', 'cancellationReason'] });
      }
      for (const id of proposalIds) {
        await this.audit.record(actor, { entity: 'matching_proposal', entityId: id, action: 'erase', changedFields: ['note', 'declineReason'] });
      }
      return [...placementIds, ...proposalIds];
    });
  }
}
