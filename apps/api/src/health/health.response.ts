import { ApiProperty } from '@nestjs/swagger';
import type { QueueBackend } from '@app/infra';

const QUEUE_BACKENDS = ['redis', 'postgres'] as const satisfies readonly QueueBackend[];

const DEPENDENCY_STATES = ['up', 'down'] as const;
export type DependencyState = (typeof DEPENDENCY_STATES)[number];

export class DependencyHealthResponse {
  @ApiProperty({ enum: DEPENDENCY_STATES }) status!: DependencyState;
}

export class QueueHealthResponse extends DependencyHealthResponse {
  @ApiProperty({ enum: QUEUE_BACKENDS, description: 'Where the jobs go, from the configuration.' }) backend!: QueueBackend;
}

export class HealthDependenciesResponse {
  @ApiProperty({ type: DependencyHealthResponse }) database!: DependencyHealthResponse;
  @ApiProperty({ type: QueueHealthResponse }) queue!: QueueHealthResponse;
}

/** `GET /api/health`: 200 when every dependency is up, 503 with the same body when one is down. */
export class HealthResponse {
  @ApiProperty({ enum: ['ok', 'error'] }) status!: 'ok' | 'error';
  @ApiProperty({ type: DependencyHealthResponse }) database!: DependencyHealthResponse;
  @ApiProperty({ type: QueueHealthResponse }) queue!: QueueHealthResponse;
  // `info` and `details` keep the Terminus shape that monitors read since the first release.
  @ApiProperty({ type: HealthDependenciesResponse, description: 'Every dependency (as in the first release).' }) details!: HealthDependenciesResponse;
  @ApiProperty({
    type: 'object',
    additionalProperties: { $ref: '#/components/schemas/DependencyHealthResponse' },
    description: 'The dependencies that are up (as in the first release).',
  })
  info!: Partial<Record<keyof HealthDependenciesResponse, DependencyHealthResponse>>;
}

/** `GET /api/health/live` and `/api/health/ready`. */
export class ProbeResponse {
  @ApiProperty({ enum: ['ok', 'error'] }) status!: 'ok' | 'error';
}
