import { DomainError, calendarDate } from '@app/shared';
import { DROPOUT_REASONS, checkOutcomeDate, checkRunning, checkSwitch } from './outcome.policy';

const day = calendarDate;

function fieldOf(work: () => unknown): string | null {
  try {
    work();
    return null;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return error.fields[0]?.field ?? error.code;
  }
}

describe('programme outcomes', () => {
  const term = { startDate: day('2025-10-01'), plannedEnd: day('2027-09-30'), today: day('2026-03-15') };

  it('dates an outcome within the term and not in the future', () => {
    const check = (date: string, within = term) => fieldOf(() => checkOutcomeDate('droppedOutOn', 'Datum uitval', day(date), within));
    expect(check('2025-10-01')).toBeNull();
    expect(check('2026-03-15')).toBeNull();
    expect(check('2025-09-30')).toBe('droppedOutOn');
    expect(check('2026-03-16')).toBe('droppedOutOn');
    // Past the planned end (the sweep has not run yet): only with an extension.
    const late = { ...term, today: day('2027-10-05') };
    expect(check('2027-09-30', late)).toBeNull();
    expect(check('2027-10-01', late)).toBe('droppedOutOn');
  });

  it('takes outcomes only while running', () => {
    expect(fieldOf(() => checkRunning('running'))).toBeNull();
    for (const status of ['qualified', 'dropped_out', 'term_expired', 'route_switched'] as const) {
      expect(fieldOf(() => checkRunning(status))).toBe('programmes.not_running');
    }
  });

  it('switches to another route after the start, ending the current programme the day before', () => {
    const current = { route: 'zij_instroom', startDate: day('2025-10-01'), plannedEnd: day('2027-09-30') };
    expect(checkSwitch(current, { route: 'duaal', startDate: day('2026-08-01') })).toBe('2026-07-31');
    expect(checkSwitch(current, { route: 'duaal', startDate: day('2027-10-01') })).toBe('2027-09-30');
    expect(fieldOf(() => checkSwitch(current, { route: 'zij_instroom', startDate: day('2026-08-01') }))).toBe('route');
    expect(fieldOf(() => checkSwitch(current, { route: 'duaal', startDate: day('2025-10-01') }))).toBe('startDate');
    expect(fieldOf(() => checkSwitch(current, { route: 'duaal', startDate: day('2027-10-02') }))).toBe('startDate');
  });

  it('has a fixed list of dropout reasons with Dutch names and no free text', () => {
    expect(Object.keys(DROPOUT_REASONS).length).toBeGreaterThanOrEqual(5);
    for (const name of Object.values(DROPOUT_REASONS)) expect(name).toMatch(/^[A-Z]/);
  });
});
