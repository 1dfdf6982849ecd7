import { SYSTEM_ACTOR } from '@app/shared';
import { CandidateStageService } from '@app/candidates';
import type { TestApp } from './test-app';
import { apply } from './factories';

/** The calendar day in Amsterdam, as the API and the sweep compute "today". */
export function amsterdamDate(moment: Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(moment);
  const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

export function plusDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** Noon in Amsterdam on `date`: far from midnight, so the day is the same whatever the offset. */
export function noonInAmsterdam(date: string): Date {
  return new Date(`${date}T11:00:00Z`);
}

/**
 * A candidate who passed the selection interview. The stages are walked through the candidates
 * module's own command (compare-and-set, history and audit), not through the selection API, which
 * is built elsewhere; so the arranged path is as real as one a user would leave. Optionally the
 * panel grant that lets a board see the candidate, as the selection interview would give.
 */
export async function candidateWithPassedInterview(
  app: TestApp,
  options: { panelBoardId?: string; firstName?: string } = {},
): Promise<{ candidateId: string; email: string; reference: string }> {
  const receipt = await apply(app, options.firstName ? { firstName: options.firstName } : {});
  const stages = app.api.get(CandidateStageService);
  for (const command of ['screening', 'schedule_interview', 'pass_interview'] as const) {
    await stages.change(SYSTEM_ACTOR, receipt.candidateId, command, null);
  }
  if (options.panelBoardId) {
    await app.db.query(
      `INSERT INTO candidate_access_grants (candidate_id, party_kind, party_id, purpose, disclosed, granted_at)
       VALUES ($1, 'board', $2, 'selection_panel', 'naam, motivatiebrief, cv', now())`,
      [receipt.candidateId, options.panelBoardId],
    );
  }
  return receipt;
}
