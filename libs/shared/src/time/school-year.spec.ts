import { calendarDate } from './calendar-date';
import { SchoolYear } from './school-year';

describe('SchoolYear', () => {
  it('runs from 1 August to 31 July', () => {
    expect(SchoolYear.of(calendarDate('2025-08-01')).label).toBe('2025-2026');
    expect(SchoolYear.of(calendarDate('2026-07-31')).label).toBe('2025-2026');
    expect(SchoolYear.of(calendarDate('2025-07-31')).label).toBe('2024-2025');
    expect(SchoolYear.of(calendarDate('2026-08-01')).label).toBe('2026-2027');
    expect(SchoolYear.of(calendarDate('2026-01-01')).label).toBe('2025-2026');
    expect(SchoolYear.of(calendarDate('2028-02-29')).label).toBe('2027-2028');
  });

  it('knows its first and last day and what it contains', () => {
    const year = SchoolYear.of(calendarDate('2025-09-01'));
    expect([year.start, year.end, year.startYear]).toEqual(['2025-08-01', '2026-07-31', 2025]);
    expect(year.contains(calendarDate('2025-08-01'))).toBe(true);
    expect(year.contains(calendarDate('2026-07-31'))).toBe(true);
    expect(year.contains(calendarDate('2025-07-31'))).toBe(false);
    expect(year.contains(calendarDate('2026-08-01'))).toBe(false);
  });

  it('steps to the next and previous year', () => {
    const year = SchoolYear.of(calendarDate('2025-08-01'));
    expect(year.next().label).toBe('2026-2027');
    expect(year.next().start).toBe('2026-08-01');
    expect(year.previous().label).toBe('2024-2025');
    expect(year.next().previous().equals(year)).toBe(true);
  });

  it('parses its label strictly', () => {
    expect(SchoolYear.parse('2025-2026')?.start).toBe('2025-08-01');
    for (const label of ['2025-2027', '2025-2025', '2025/2026', '2025-26', ' 2025-2026', '2025-2026\u00a0', '']) expect(SchoolYear.parse(label)).toBeNull();
  });

  it('is written as its label', () => {
    const year = SchoolYear.parse('2025-2026');
    expect(String(year)).toBe('2025-2026');
    expect(JSON.stringify({ cohort: year })).toBe('{"cohort":"2025-2026"}');
  });
});
