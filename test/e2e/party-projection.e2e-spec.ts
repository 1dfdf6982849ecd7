import { CandidateStageService } from '@app/candidates';
import { useTestApp } from '../support/test-app';
import { apply, createInstitute, createUser } from '../support/factories';
import { candidateWithPassedInterview } from '../support/assessment-fixtures';
import { panelBoard } from '../support/selection-fixtures';

const CANARY = 'GEHEIM-motivatie-7f3a';

/**
 * Issue 10, item 1 (OWASP API3:2023): a board or institute reads a projection of the candidate,
 * not the desk's view. Before: a board on the panel read, through the detail and its history, the
 * motivation with which the institute found the candidate not suitable (closingReason, the
 * history's reason) and the name of the institute's assessor.
 */
describe('what a party outside the desk reads of a candidate', () => {
  const app = useTestApp();

  async function grant(candidateId: string, boardId: string): Promise<void> {
    await app().db.query(
      `INSERT INTO candidate_access_grants (candidate_id, party_kind, party_id, purpose, disclosed, granted_at)
       VALUES ($1, 'board', $2, 'selection_panel', 'naam, motivatiebrief, cv', now())`,
      [candidateId, boardId],
    );
  }

  it("a board on the panel reads neither the institute's motivation nor the assessor's name; the desk reads both", async () => {
    const board = await panelBoard(app());
    const institute = await createInstitute(app());
    const assessor = await createUser(app(), 'institute', { instituteId: institute.id });
    const assessorName = (await app().db.query<{ name: string }>(`SELECT name FROM users WHERE id = $1`, [assessor.id])).rows[0].name;
    const candidate = await candidateWithPassedInterview(app(), { panelBoardId: board.boardId });
    // The institute finds the candidate not suitable, with its motivation (what AssessmentsService does).
    const institutionActor = { userId: assessor.id, role: 'institute' as const, instituteId: institute.id };
    await app()
      .api.get(CandidateStageService)
      .change(institutionActor, candidate.candidateId, 'reject', `Niet geschikt bevonden door de lerarenopleiding: ${CANARY}`);
    // A rejection ends the boards' access (issue 11, item 4); a board given access again afterwards still reads the projection only.
    await grant(candidate.candidateId, board.boardId);

    const detail = await board.representative.http.get(`/api/candidates/${candidate.candidateId}`);
    const history = await board.representative.http.get(`/api/candidates/${candidate.candidateId}/history`);
    const list = await board.representative.http.get(`/api/candidates?limit=100`);
    expect([detail.status, history.status, list.status]).toEqual([200, 200, 200]);
    expect(detail.body.stage).toBe('rejected');
    expect(detail.body.closingReason).toBeNull();
    expect(history.body).not.toHaveLength(0);
    for (const answer of [detail.body, history.body, list.body]) {
      expect(JSON.stringify(answer)).not.toContain(CANARY);
      expect(JSON.stringify(answer)).not.toContain(assessorName);
      expect(JSON.stringify(answer)).not.toContain(assessor.id);
    }

    const staff = await createUser(app(), 'staff');
    expect((await staff.http.get(`/api/candidates/${candidate.candidateId}`)).body.closingReason).toContain(CANARY);
    expect(JSON.stringify((await staff.http.get(`/api/candidates/${candidate.candidateId}/history`)).body)).toContain(assessorName);
  });

  it('a board reads the link to an earlier dossier only when it may open that dossier', async () => {
    const earlierBoard = await panelBoard(app());
    const laterBoard = await panelBoard(app());
    const first = await candidateWithPassedInterview(app(), { panelBoardId: earlierBoard.boardId });
    await app().api.get(CandidateStageService).change({ userId: null, role: 'system' }, first.candidateId, 'withdraw', null);
    // The withdrawal ended the board's access to the first dossier (issue 11, item 4): given again, the board may open it.
    await grant(first.candidateId, earlierBoard.boardId);
    const second = await apply(app(), { email: first.email });
    await grant(second.candidateId, laterBoard.boardId);
    await grant(second.candidateId, earlierBoard.boardId);

    expect((await laterBoard.representative.http.get(`/api/candidates/${second.candidateId}`)).body.previousCandidateId).toBeNull();
    expect((await earlierBoard.representative.http.get(`/api/candidates/${second.candidateId}`)).body.previousCandidateId).toBe(first.candidateId);
  });
});
