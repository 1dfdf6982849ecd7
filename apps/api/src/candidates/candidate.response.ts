import { ApiProperty } from '@nestjs/swagger';
import { REGIONS, type Region } from '@app/shared';
import { DEGREE_LEVELS } from '@app/routes';
import {
  STAGE_COMMANDS,
  STAGES,
  type CandidateColumn,
  type CandidateDetail,
  type CandidateDocumentView,
  type CandidateListItem,
  type DisclosureView,
  type Stage,
  type StageCommand,
  type StageHistoryEntry,
} from '@app/candidates';

/** The OpenAPI description of the candidate answers (candidate.views.ts); timestamps are ISO 8601 in UTC. */
export class CandidateListItemResponse implements CandidateListItem {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'ZI-2026-00042' }) reference!: string;
  @ApiProperty() firstName!: string;
  @ApiProperty() lastName!: string;
  @ApiProperty({ format: 'email' }) email!: string;
  @ApiProperty({ enum: REGIONS }) region!: Region;
  @ApiProperty({ enum: STAGES }) stage!: Stage;
  @ApiProperty({ format: 'date-time' }) appliedAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ format: 'date-time', description: 'When the candidate entered its current stage (the latest stage change).' }) stageChangedAt!: string;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When the personal data was erased (R13); names and contact fields are then empty.',
  })
  erasedAt!: string | null;
  @ApiProperty({ type: 'integer', description: "The candidate's version: send it back with a bulk action." }) version!: number;
}

export class CandidatePageResponse {
  @ApiProperty({ type: [CandidateListItemResponse] }) items!: CandidateListItemResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` (with the same `sort`) for the next page; null on the last page.' })
  nextCursor!: string | null;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'How many candidates match the filters within your scope; on the first page (without cursor) only, null on later pages.',
  })
  total!: number | null;
}

export class CandidateDocumentResponse implements CandidateDocumentView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['motivation_letter', 'cv'] }) kind!: 'motivation_letter' | 'cv';
  @ApiProperty() fileName!: string;
  @ApiProperty() mediaType!: string;
  @ApiProperty({ type: 'integer', description: 'Size in bytes.' }) size!: number;
  @ApiProperty() sha256!: string;
}

export class DisclosureResponse implements DisclosureView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['board', 'institute', 'coach'] }) partyKind!: 'board' | 'institute' | 'coach';
  @ApiProperty({ format: 'uuid' }) partyId!: string;
  @ApiProperty() purpose!: string;
  @ApiProperty() disclosed!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) grantedBy!: string | null;
  @ApiProperty({ format: 'date-time' }) grantedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) revokedAt!: string | null;
}

export class CandidateDetailResponse extends CandidateListItemResponse implements CandidateDetail {
  @ApiProperty({ example: 'zij_instroom', description: 'The code of the route the candidate intends to take.' }) route!: string;
  @ApiProperty() phone!: string;
  @ApiProperty({ enum: DEGREE_LEVELS }) degreeLevel!: string;
  @ApiProperty() degreeField!: string;
  @ApiProperty() consentToKeep!: boolean;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) previousCandidateId!: string | null;
  @ApiProperty({ type: String, nullable: true }) closingReason!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'onderwijsloket', description: 'How the applicant heard of Flevowijs: a code of GET /api/sources.' })
  source!: string | null;
  @ApiProperty({ type: String, nullable: true, description: "The applicant's own words with source `anders` (central desk only)." })
  sourceDetail!: string | null;
  @ApiProperty({ type: [CandidateDocumentResponse] }) documents!: CandidateDocumentResponse[];
  @ApiProperty({ type: [DisclosureResponse], description: 'Who was given access and to what (central desk only; empty for others).' })
  disclosures!: DisclosureResponse[];
  @ApiProperty({ enum: Object.keys(STAGE_COMMANDS), isArray: true }) allowedCommands!: StageCommand[];
}

export class StageHistoryEntryResponse implements StageHistoryEntry {
  @ApiProperty({ enum: STAGES, nullable: true }) fromStage!: Stage | null;
  @ApiProperty({ enum: STAGES }) toStage!: Stage;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) actorId!: string | null;
  @ApiProperty({ type: String, nullable: true }) actorName!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) at!: Date;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
}

export class StageCountsResponse {
  @ApiProperty({
    type: 'object',
    properties: Object.fromEntries(STAGES.map((stage) => [stage, { type: 'integer' }])),
    description: 'Number of visible candidates per stage; a stage without candidates is left out.',
  })
  counts!: Partial<Record<Stage, number>>;
}

export class CandidateColumnResponse implements CandidateColumn {
  @ApiProperty({ enum: STAGES }) stage!: Stage;
  @ApiProperty({ type: 'integer', description: 'Number of visible candidates in this stage (after the filters).' }) count!: number;
  @ApiProperty({ type: [CandidateListItemResponse], description: 'The newest candidates of the stage, at most perStage.' }) items!: CandidateListItemResponse[];
}

export class CandidateColumnsResponse {
  @ApiProperty({ type: [CandidateColumnResponse], description: 'Every stage, in pipeline order.' }) columns!: CandidateColumnResponse[];
}
