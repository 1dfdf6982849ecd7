import { Injectable } from '@nestjs/common';
import Holidays from 'date-holidays';
import type { CalendarDate } from '@app/shared';

/**
 * The Dutch public holidays, as date-holidays (NL) types them `public`: Nieuwjaarsdag, Pasen and
 * Tweede paasdag, Koningsdag (27 April, the 26th when that is a Sunday), Hemelvaartsdag, Pinksteren
 * and Tweede pinksterdag, Kerstmis and Tweede kerstdag. Goede Vrijdag and Bevrijdingsdag are typed
 * `school` there (a day off only in some collective agreements), so they count as working days.
 */
@Injectable()
export class DutchPublicHolidays {
  private readonly calendar = new Holidays('NL');
  private readonly byYear = new Map<number, ReadonlySet<string>>();

  /** Whether `date` is a Dutch public holiday; bound, so it can be handed on as a HolidayCalendar. */
  readonly has = (date: CalendarDate): boolean => this.ofYear(Number(date.slice(0, 4))).has(date);

  private ofYear(year: number): ReadonlySet<string> {
    let days = this.byYear.get(year);
    if (!days) {
      days = new Set(
        this.calendar
          .getHolidays(year)
          .filter((holiday) => holiday.type === 'public')
          .map((holiday) => holiday.date.slice(0, 10)),
      );
      this.byYear.set(year, days);
    }
    return days;
  }
}
