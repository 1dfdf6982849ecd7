import { Injectable } from '@nestjs/common';
import { HandlesJob, WebLinks, type JobHandler, type JobMap } from '@app/infra';
import { UserReader } from '@app/accounts';
import { CandidateReader } from '@app/candidates';
import { OrganisationReader } from '@app/organisations';
import { NotificationsService } from '@app/notifications';
import { ProposalsRepository } from '../persistence/proposals.repository';
import { proposalMail } from './proposal-mails';

/**
 * Tells the board's active users that a candidate was proposed to them.
 * Idempotent: NotificationsService sends once per (kind, proposal, recipient); a proposal that is
 * gone or already decided, or whose candidate was erased, is skipped.
 */
@HandlesJob('placements.proposal-mail')
@Injectable()
export class ProposalMailHandler implements JobHandler<'placements.proposal-mail'> {
  constructor(
    private readonly proposals: ProposalsRepository,
    private readonly candidates: CandidateReader,
    private readonly organisations: OrganisationReader,
    private readonly users: UserReader,
    private readonly notifications: NotificationsService,
    private readonly links: WebLinks,
  ) {}

  async handle({ proposalId }: JobMap['placements.proposal-mail']): Promise<void> {
    const proposal = await this.proposals.find(proposalId, null);
    if (!proposal || proposal.status !== 'proposed') return;
    const candidate = await this.candidates.contact(proposal.candidateId);
    if (!candidate) return;
    const board = await this.organisations.getBoard(proposal.boardId);
    const recipients = (await this.users.listActiveByRole('board')).filter((user) => user.boardId === proposal.boardId);
    const mail = proposalMail(
      {
        boardName: board?.name ?? 'het schoolbestuur',
        candidateName: `${candidate.firstName} ${candidate.lastName}`,
        reference: candidate.reference,
        note: proposal.note,
      },
      this.links.candidate(candidate.id),
    );
    await this.notifications.deliver({
      kind: 'matching_proposal',
      subjectId: proposalId,
      dueKey: 'once',
      recipients: recipients.map((user) => ({ email: user.email, userId: user.id })),
      ...mail,
    });
  }
}
