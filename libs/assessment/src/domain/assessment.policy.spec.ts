import { DomainError, ValidationFailedError } from '@app/shared';
import { AssessmentDateRefusedError } from './assessment.errors';
import { calendarDate } from '@app/shared';
import {
  checkOutcome,
  checkOutcomeTiming,
  checkRequestDates,
  outcomeFieldProblems,
  overdueDueDate,
  overdueRequestedOnOrBefore,
  rejectionReason,
  type OutcomeInput,
} from './assessment.policy';
import { thrownBy } from '../../../../test/support/thrown-by';

const fieldsOf = (input: OutcomeInput) => outcomeFieldProblems(input).map((problem) => problem.field);

const refusal = (work: () => void): DomainError => thrownBy(DomainError, work);

describe('outcome rules', () => {
  it('accepts suitable with a declaration date, with or without validUntil', () => {
    expect(fieldsOf({ outcome: 'suitable', decidedOn: '2026-04-20', declarationDate: '2026-04-20' })).toEqual([]);
    expect(fieldsOf({ outcome: 'suitable', decidedOn: '2026-04-20', declarationDate: '2026-04-21', validUntil: '2028-04-21' })).toEqual([]);
  });

  it('requires the declaration date when suitable', () => {
    const error = refusal(() => checkOutcome({ outcome: 'suitable', decidedOn: '2026-04-20' }));
    expect(error).toBeInstanceOf(ValidationFailedError);
    expect(error.kind).toBe('invalid');
    expect(error.fields.map((problem) => problem.field)).toEqual(['declarationDate']);
  });

  it('forbids a declaration and its validity when not suitable', () => {
    expect(fieldsOf({ outcome: 'not_suitable', decidedOn: '2026-04-20', declarationDate: '2026-04-20' })).toContain('declarationDate');
    expect(fieldsOf({ outcome: 'not_suitable', decidedOn: '2026-04-20', validUntil: '2027-04-20' })).toEqual(['validUntil']);
    expect(fieldsOf({ outcome: 'not_suitable', decidedOn: '2026-04-20' })).toEqual([]);
  });

  it('wants validUntil after the declaration date', () => {
    expect(fieldsOf({ outcome: 'suitable', decidedOn: '2026-04-20', declarationDate: '2026-04-20', validUntil: '2026-04-20' })).toEqual(['validUntil']);
    expect(fieldsOf({ outcome: 'suitable', decidedOn: '2026-04-20', declarationDate: '2026-04-20', validUntil: '2026-04-19' })).toEqual(['validUntil']);
  });

  it('refuses a declaration dated before the decision', () => {
    expect(fieldsOf({ outcome: 'suitable', decidedOn: '2026-04-20', declarationDate: '2026-04-19' })).toEqual(['declarationDate']);
  });
});

describe('outcome timing', () => {
  const context = { today: '2026-04-20', requestedOn: '2026-03-02' };

  it('accepts today and any day since the request', () => {
    expect(() => checkOutcomeTiming({ outcome: 'not_suitable', decidedOn: '2026-04-20' }, context)).not.toThrow();
    expect(() => checkOutcomeTiming({ outcome: 'not_suitable', decidedOn: '2026-03-02' }, context)).not.toThrow();
  });

  it('refuses a decision in the future or before the request with 422 naming decidedOn', () => {
    for (const decidedOn of ['2026-04-21', '2026-03-01']) {
      const error = refusal(() => checkOutcomeTiming({ outcome: 'not_suitable', decidedOn }, context));
      expect(error).toBeInstanceOf(AssessmentDateRefusedError);
      expect(error.kind).toBe('unprocessable');
      expect(error.fields[0].field).toBe('decidedOn');
    }
  });
});

describe('request dates', () => {
  it('accepts a practice day on or after the request', () => {
    expect(() => checkRequestDates({ requestedOn: '2026-03-02', plannedPracticeDay: '2026-03-02' }, '2026-03-02')).not.toThrow();
    expect(() => checkRequestDates({ requestedOn: '2026-03-02' }, '2026-03-10')).not.toThrow();
  });

  it('refuses a practice day before the request (400) and a request dated ahead (422)', () => {
    expect(refusal(() => checkRequestDates({ requestedOn: '2026-03-02', plannedPracticeDay: '2026-03-01' }, '2026-03-02')).fields[0].field).toBe(
      'plannedPracticeDay',
    );
    const ahead = refusal(() => checkRequestDates({ requestedOn: '2026-03-03' }, '2026-03-02'));
    expect([ahead.kind, ahead.fields[0].field]).toEqual(['unprocessable', 'requestedOn']);
  });
});

describe('reason and due date', () => {
  it('keeps the motivation with the rejection reason', () => {
    expect(rejectionReason()).toBe('Niet geschikt bevonden in het geschiktheidsonderzoek');
    expect(rejectionReason('  Onvoldoende taalvaardigheid ')).toBe('Niet geschikt bevonden in het geschiktheidsonderzoek: Onvoldoende taalvaardigheid');
  });

  it('is due 8 weeks after the request, across month ends and daylight saving', () => {
    expect(overdueDueDate('2026-03-02')).toBe('2026-04-27');
    expect(overdueDueDate('2026-02-28')).toBe('2026-04-25');
    expect(overdueDueDate('2025-12-15')).toBe('2026-02-09');
    expect(overdueDueDate('2028-01-05')).toBe('2028-03-01');
    expect(() => overdueDueDate('2026-02-30')).toThrow(RangeError);
  });

  it('is overdue on the due date itself, not the day before', () => {
    const cutoff = overdueRequestedOnOrBefore(calendarDate('2026-04-27'));
    expect(cutoff).toBe('2026-03-02');
    expect(overdueDueDate(cutoff)).toBe('2026-04-27');
  });
});
