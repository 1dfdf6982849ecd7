import { SYSTEM_ACTOR } from '@app/shared';
import { CandidateStageService } from '@app/candidates';
import type { HttpClient } from './http-client';
import { candidatesAtInterviewPassed, placementBody, type BoardWithSchool } from './placement-fixtures';
import type { TestApp } from './test-app';

/**
 * `count` candidates at assessment_passed: inserted at interview_passed (placement-fixtures), then
 * taken through the assessment by the candidates module's own stage commands (history and audit).
 */
export async function candidatesAtAssessmentPassed(app: TestApp, count: number, options: { panelBoardId?: string } = {}): Promise<string[]> {
  const ids = await candidatesAtInterviewPassed(app, count, options);
  const stages = app.api.get(CandidateStageService);
  for (const id of ids) {
    await stages.change(SYSTEM_ACTOR, id, 'start_assessment', null);
    await stages.change(SYSTEM_ACTOR, id, 'pass_assessment', null);
  }
  return ids;
}

/** Places the candidate through the API (within the formation, so no capacity is needed); returns the placement's id. */
export async function place(desk: HttpClient, candidateId: string, board: Pick<BoardWithSchool, 'schoolId'>, startDate = '2025-09-01'): Promise<string> {
  const placed = await desk.post('/api/placements', placementBody(candidateId, board, { startDate, supernumerary: false }));
  if (placed.status !== 201) throw new Error(`placement refused: ${placed.status} ${JSON.stringify(placed.body)}`);
  return placed.body.id as string;
}

/** A programme request body: Ad PEP from 1 October 2025 with a VOG of 1 September 2025. */
export function programmeBody(candidateId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { candidateId, route: 'zij_instroom', startDate: '2025-10-01', conductCertificateDate: '2025-09-01', ...overrides };
}

/** A candidate at assessment_passed, placed at the board and started on a programme; returns the ids. */
export async function runningProgramme(
  app: TestApp,
  desk: HttpClient,
  board: BoardWithSchool,
  overrides: Record<string, unknown> = {},
): Promise<{ candidateId: string; programmeId: string }> {
  const [candidateId] = await candidatesAtAssessmentPassed(app, 1);
  await place(desk, candidateId, board);
  const started = await desk.post('/api/programmes', programmeBody(candidateId, overrides));
  if (started.status !== 201) throw new Error(`programme refused: ${started.status} ${JSON.stringify(started.body)}`);
  return { candidateId, programmeId: started.body.id as string };
}

/** The candidate's stage as stored. */
export async function stageOf(app: TestApp, candidateId: string): Promise<string> {
  const { rows } = await app.db.query<{ stage: string }>(`SELECT stage FROM candidates WHERE id = $1`, [candidateId]);
  return rows[0].stage;
}
