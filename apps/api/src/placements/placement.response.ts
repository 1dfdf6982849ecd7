import { ApiProperty } from '@nestjs/swagger';
import {
  PLACEMENT_STATUSES,
  PROPOSAL_STATUSES,
  type CapacityStatus,
  type CapacityView,
  type PlacementStatus,
  type PlacementView,
  type PoolCandidateView,
  type ProposalStatus,
  type ProposalView,
} from '@app/placements';

const CAPACITY_STATUSES: CapacityStatus[] = ['under', 'full', 'over', 'undeclared'];

export class CapacityResponse implements CapacityView {
  @ApiProperty({ format: 'uuid' }) boardId!: string;
  @ApiProperty() boardName!: string;
  @ApiProperty({ example: '2025-2026' }) schoolYear!: string;
  @ApiProperty({ type: Number, nullable: true, description: 'Declared supernumerary places; null when none were declared.' }) places!: number | null;
  @ApiProperty({ description: 'Places taken by supernumerary placements that were not cancelled.' }) used!: number;
  @ApiProperty({ enum: CAPACITY_STATUSES }) status!: CapacityStatus;
}

export class PlacementResponse implements PlacementView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) candidateId!: string;
  @ApiProperty() candidateName!: string;
  @ApiProperty() candidateReference!: string;
  @ApiProperty({ format: 'uuid' }) boardId!: string;
  @ApiProperty() boardName!: string;
  @ApiProperty({ format: 'uuid' }) schoolId!: string;
  @ApiProperty() schoolName!: string;
  @ApiProperty({ example: '2025-09-01' }) startDate!: string;
  @ApiProperty({ example: 0.8 }) fte!: number;
  @ApiProperty() supernumerary!: boolean;
  @ApiProperty({ example: '2025-2026' }) schoolYear!: string;
  @ApiProperty({ enum: PLACEMENT_STATUSES }) status!: PlacementStatus;
  @ApiProperty({ description: 'Takes one of the board’s places in its school year.' }) holdsPlace!: boolean;
  @ApiProperty({ example: '2025-11-30', description: 'Last day of the soft landing (the first 3 calendar months).' }) softLandingEndsOn!: string;
  @ApiProperty({ type: String, nullable: true }) endedOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) endReason!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) cancelledAt!: Date | null;
  @ApiProperty({ type: String, nullable: true }) cancellationReason!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
}

export class ProposalResponse implements ProposalView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) candidateId!: string;
  @ApiProperty() candidateName!: string;
  @ApiProperty() candidateReference!: string;
  @ApiProperty({ format: 'uuid' }) boardId!: string;
  @ApiProperty() boardName!: string;
  @ApiProperty({ enum: PROPOSAL_STATUSES }) status!: ProposalStatus;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ type: String, nullable: true }) declineReason!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) placementId!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) proposedAt!: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) decidedAt!: Date | null;
}

class PoolBoardResponse {
  @ApiProperty({ format: 'uuid' }) boardId!: string;
  @ApiProperty() boardName!: string;
}

class PoolProposalResponse extends PoolBoardResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: PROPOSAL_STATUSES }) status!: ProposalStatus;
}

export class PoolCandidateResponse implements PoolCandidateView {
  @ApiProperty({ format: 'uuid' }) candidateId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() reference!: string;
  @ApiProperty() stage!: string;
  @ApiProperty() region!: string;
  @ApiProperty({ type: [PoolBoardResponse], description: 'Boards that advised positively and would employ the candidate.' })
  employingBoards!: PoolBoardResponse[];
  @ApiProperty({ type: [PoolProposalResponse] }) proposals!: PoolProposalResponse[];
}
