import { calendarDate } from '@app/shared';
import { extendedDeadline, requestDeadline } from './data-request.policy';

describe('deadlines of a data subject request (AVG art. 12(3))', () => {
  it('one month after receipt, clamped to the end of a shorter month', () => {
    expect(requestDeadline(calendarDate('2027-01-31'))).toBe('2027-02-28');
    expect(requestDeadline(calendarDate('2028-01-31'))).toBe('2028-02-29');
    expect(requestDeadline(calendarDate('2027-03-15'))).toBe('2027-04-15');
    expect(requestDeadline(calendarDate('2027-12-31'))).toBe('2028-01-31');
  });

  it('an extension by one or two months counts from receipt too', () => {
    expect(extendedDeadline(calendarDate('2027-01-31'), 2)).toBe('2027-04-30');
    expect(extendedDeadline(calendarDate('2027-01-31'), 1)).toBe('2027-03-31');
    expect(extendedDeadline(calendarDate('2027-11-30'), 2)).toBe('2028-02-29');
  });
});
