import { Injectable } from '@nestjs/common';
import { Clock, calendarDate, today, type CalendarDate } from '@app/shared';
import { SweepOn, UnitOfWork, type Sweep } from '@app/infra';
import { SurveyService } from '@app/surveys';
import { dueDaysWindow, yearOneStartWindow, yearOneSurveyDueOn } from '../domain/reminder.policy';
import { RemindersRepository, type DueProgramme } from '../persistence/reminders.repository';
import { YEAR_ONE_SURVEY_SWEEP } from './programmes.jobs';

const BATCH = 500;

/**
 * R12 / issue 13 item 6: the candidate is invited to the satisfaction survey when study year 1
 * of their programme ended (the day after its last day). Idempotent twice over: the programme is
 * claimed once for this occasion in the unit of work that writes the survey and its mail job, and
 * SurveyService.invite writes one survey per programme and occasion.
 */
@SweepOn({ name: YEAR_ONE_SURVEY_SWEEP, cron: '0 9 * * *' })
@Injectable()
export class YearOneSurveySweep implements Sweep {
  constructor(
    private readonly reminders: RemindersRepository,
    private readonly surveys: SurveyService,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  /** What is due on `day`, not claimed yet: the selection alone (the benchmark times it beside its bare SQL). */
  async due(day: CalendarDate): Promise<DueProgramme[]> {
    return this.reminders.startedBetween(yearOneStartWindow(day), dueDaysWindow(day));
  }

  async run(): Promise<number> {
    const due = await this.due(today(this.clock.now()));
    let invited = 0;
    for (let offset = 0; offset < due.length; offset += BATCH) {
      const batch = due.slice(offset, offset + BATCH);
      const byId = new Map(batch.map((programme) => [programme.id, programme]));
      invited += await this.unitOfWork.run(async () => {
        const claimed = await this.reminders.claim(
          'survey_end_of_year_1',
          batch.map((programme) => ({ programmeId: programme.id, dueKey: 'once' })),
          this.clock.now(),
        );
        let count = 0;
        for (const { programmeId } of claimed) {
          const programme = byId.get(programmeId)!;
          const dueOn = yearOneSurveyDueOn(calendarDate(programme.startDate));
          if (await this.surveys.invite({ candidateId: programme.candidateId, programmeId, occasion: 'end_of_year_1' }, dueOn)) count += 1;
        }
        return count;
      });
    }
    return invited;
  }
}
