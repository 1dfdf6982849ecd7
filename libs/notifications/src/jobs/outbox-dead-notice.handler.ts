import { Injectable } from '@nestjs/common';
import { HandlesJob, OUTBOX_DEAD_NOTICE_JOB, Outbox, WebLinks, type JobHandler, type JobMap } from '@app/infra';
import { UserReader } from '@app/accounts';
import { NotificationsService } from '../application/notifications.service';

/** What a job did, as the desk calls it. */
const JOB_LABELS: Record<string, string> = {
  'candidates.application-received': 'de ontvangstbevestiging van een aanmelding en de melding aan de balie',
  'selection.interview-invitation': 'een uitnodiging voor een selectiegesprek',
  'selection.interview-cancellation': 'een afzegging van een selectiegesprek',
  'selection.interview-reminder': 'een herinnering aan een selectiegesprek',
  'selection.outcome-mail': 'de uitkomst van een selectiegesprek',
  'assessment.outcome-mail': 'de uitkomst van een geschiktheidsonderzoek',
  'accounts.password-reset-mail': 'een link om een nieuw wachtwoord te kiezen',
  'surveys.invitation-mail': 'een uitnodiging voor de tevredenheidsenquête',
  'portal.sign-in-mail': 'een inloglink voor Mijn aanmelding',
};

/**
 * A job the outbox gave up on after its horizon: the desk and the administrators hear of it once
 * (per time it died), with a link to the page where an administrator sends it again. The mail
 * names the kind of message and its reference, never the person it was for.
 */
@HandlesJob(OUTBOX_DEAD_NOTICE_JOB)
@Injectable()
export class OutboxDeadNoticeHandler implements JobHandler<typeof OUTBOX_DEAD_NOTICE_JOB> {
  constructor(
    private readonly outbox: Outbox,
    private readonly users: UserReader,
    private readonly notifications: NotificationsService,
    private readonly links: WebLinks,
  ) {}

  async handle({ outboxId, deadAt }: JobMap[typeof OUTBOX_DEAD_NOTICE_JOB]): Promise<void> {
    const job = await this.outbox.read(outboxId);
    if (!job || job.status !== 'dead') return; // retried meanwhile
    const recipients = [...(await this.users.listActiveByRole('staff')), ...(await this.users.listActiveByRole('admin'))];
    await this.notifications.deliver({
      kind: 'outbox_dead',
      subjectId: outboxId,
      dueKey: deadAt,
      recipients: recipients.map((user) => ({ email: user.email, userId: user.id })),
      title: 'Een bericht kon niet worden verstuurd',
      body: [
        `Het systeem heeft drie dagen lang geprobeerd ${JOB_LABELS[job.name] ?? `een taak (${job.name})`} te versturen, zonder succes.`,
        '',
        'Een beheerder kan het opnieuw laten versturen zodra de oorzaak is opgelost, bijvoorbeeld een onjuist e-mailadres of een storing van de mailserver:',
        this.links.operations(),
        '',
        `Kenmerk: ${outboxId}`,
      ].join('\n'),
    });
  }
}
