import { Injectable } from '@nestjs/common';
import { Clock, today, type CalendarDate } from '@app/shared';
import { SweepOn, UnitOfWork, type Sweep } from '@app/infra';
import { END_REMINDERS, dueDaysWindow, pastEndWindow, plannedEndWindow, type ProgrammeReminderKind } from '../domain/reminder.policy';
import { RemindersRepository, type DueProgramme } from '../persistence/reminders.repository';
import { END_REMINDERS_SWEEP } from './programmes.jobs';

/** Claims and queues at most this many reminders per unit of work. */
const BATCH = 1000;

/**
 * R12: planned end in 6, 3 and 1 months without qualification → coach and staff; past the end →
 * staff. Runs before the term-expiry sweep (01:15), so the escalation about a term that just
 * passed goes out with it. Idempotent: each reminder is claimed per (programme, kind, planned end)
 * in the same unit of work that writes its outbox job, and the selection leaves claimed ones out,
 * so a second run, or a restarted worker, queues nothing twice; the mail handler sends through
 * NotificationsService, once per (kind, programme, planned end, recipient).
 */
@SweepOn({ name: END_REMINDERS_SWEEP, cron: '45 0 * * *' })
@Injectable()
export class EndRemindersSweep implements Sweep {
  constructor(
    private readonly reminders: RemindersRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  async run(): Promise<number> {
    let queued = 0;
    for (const { kind, due } of await this.due(today(this.clock.now()))) queued += await this.queue(kind, due);
    return queued;
  }

  /** What is due on `day` per kind, not claimed yet: the selection alone (the benchmark times it beside its bare SQL). */
  async due(day: CalendarDate): Promise<{ kind: Exclude<ProgrammeReminderKind, 'survey_end_of_year_1'>; due: DueProgramme[] }[]> {
    const selections: { kind: Exclude<ProgrammeReminderKind, 'survey_end_of_year_1'>; due: DueProgramme[] }[] = [];
    for (const { kind, months } of END_REMINDERS) {
      const due = await this.reminders.endingBetween(plannedEndWindow(day, months), kind, months, dueDaysWindow(day));
      selections.push({ kind, due });
    }
    const past = pastEndWindow(day);
    selections.push({ kind: 'past_end', due: await this.reminders.pastEndBetween(past.from, past.to) });
    return selections;
  }

  private async queue(kind: Exclude<ProgrammeReminderKind, 'survey_end_of_year_1'>, due: DueProgramme[]): Promise<number> {
    let queued = 0;
    for (let offset = 0; offset < due.length; offset += BATCH) {
      const batch = due.slice(offset, offset + BATCH).map((programme) => ({ programmeId: programme.id, dueKey: programme.plannedEnd }));
      queued += await this.unitOfWork.run(async () => {
        const claimed = await this.reminders.claim(kind, batch, this.clock.now());
        await this.unitOfWork.enqueue(
          ...claimed.map((claim) => ({ name: 'programmes.end-reminder' as const, data: { programmeId: claim.programmeId, kind, plannedEnd: claim.dueKey } })),
        );
        return claimed.length;
      });
    }
    return queued;
  }
}
