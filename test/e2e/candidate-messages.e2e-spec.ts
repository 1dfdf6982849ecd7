import { useTestApp } from '../support/test-app';
import { createBoard, createUser, type TestUser } from '../support/factories';
import { waitForQuiet } from '../support/quiet';
import { candidateInScreening, interviewBody, panelBoard, type PanelBoard } from '../support/selection-fixtures';

interface Message {
  kind: string;
  about: string;
  dueKey: string;
  recipient: string;
  title: string;
  status: string;
  sentAt: string | null;
}

/**
 * Issue 16 item 2: the candidate page's mail timeline lists every message the product sent to or
 * about the candidate, with recipient, subject and delivery status, and each calendar update of
 * their interviews. Scoped like the candidate: the desk reads all, a panel board only its own
 * messages, anyone else gets 404.
 */
describe('the mail timeline of a candidate', () => {
  const app = useTestApp();
  let staff: TestUser;
  let panel: PanelBoard;
  let candidate: { candidateId: string; email: string; reference: string };

  beforeAll(async () => {
    staff = await createUser(app(), 'staff');
    panel = await panelBoard(app());
    candidate = await candidateInScreening(app(), staff.http);
    const scheduled = await staff.http.post(`/api/candidates/${candidate.candidateId}/interviews`, interviewBody(staff, [panel]));
    expect(scheduled.status).toBe(201);
    await waitForQuiet(app());
    expect((await staff.http.patch(`/api/interviews/${scheduled.body.id}`, { startsAt: '2027-03-26T14:00' })).status).toBe(200);
    await staff.http.post(`/api/candidates/${candidate.candidateId}/notes`, { kind: 'note', text: `Zie @${staff.email.split('@')[0]}` });
    await waitForQuiet(app());
  });

  it('shows the desk every message with recipient, subject and status, the interview invitation and its update among them', async () => {
    const timeline = await staff.http.get(`/api/candidates/${candidate.candidateId}/messages`);
    expect(timeline.status).toBe(200);
    const messages = timeline.body as Message[];
    const toCandidate = messages.filter((message) => message.recipient === candidate.email);
    expect(toCandidate.map((message) => [message.kind, message.about, message.dueKey]).sort()).toEqual(
      [
        ['application_confirmation', 'candidate', expect.any(String)],
        ['interview_invitation', 'interview', 'seq-0'],
        ['interview_invitation', 'interview', 'seq-1'],
      ].sort(),
    );
    for (const message of toCandidate) {
      expect(message.status).toBe('sent');
      expect(message.sentAt).not.toBeNull();
      expect(message.title.length).toBeGreaterThan(0);
    }
    expect(messages.some((message) => message.recipient === panel.representative.email && message.kind === 'interview_invitation')).toBe(true);
    // A mention in a note is a message between colleagues, not to or about the candidate.
    expect(messages.filter((message) => message.kind === 'note_mention')).toEqual([]);
  });

  it('shows a panel board only the messages sent to its user, and another board nothing (404)', async () => {
    const theirs = await panel.representative.http.get(`/api/candidates/${candidate.candidateId}/messages`);
    expect(theirs.status).toBe(200);
    const recipients = new Set((theirs.body as Message[]).map((message) => message.recipient));
    expect([...recipients]).toEqual([panel.representative.email]);
    expect((theirs.body as Message[]).map((message) => message.dueKey).sort()).toEqual(['seq-0', 'seq-1']);
    const outsider = await createUser(app(), 'board', { boardId: (await createBoard(app())).id });
    expect((await outsider.http.get(`/api/candidates/${candidate.candidateId}/messages`)).status).toBe(404);
  });
});
