import { DomainError } from '@app/shared';
import {
  assertScheduled,
  assertStarted,
  boardsWithoutPurpose,
  checkDuration,
  checkPanel,
  interviewStart,
  panelChange,
  panelUserIds,
  type Panel,
} from './interview.policy';
import { thrownBy } from '../../../../test/support/thrown-by';

const NOW = new Date('2026-11-22T10:00:00Z');

const refusal = (action: () => unknown): DomainError => thrownBy(DomainError, action);

describe('interview rules', () => {
  const panel: Panel = { staffUserIds: ['s1'], boards: [{ boardId: 'b1', representativeUserId: 'r1' }] };

  it('accepts a joint panel of staff and a board', () => {
    expect(() => checkPanel(panel)).not.toThrow();
  });

  it('refuses a panel without a board, naming boards', () => {
    const error = refusal(() => checkPanel({ ...panel, boards: [] }));
    expect(error.kind).toBe('invalid');
    expect(error.fields.map((field) => field.field)).toEqual(['boards']);
  });

  it('refuses a panel without staff, and the same board or person twice', () => {
    expect(refusal(() => checkPanel({ ...panel, staffUserIds: [] })).fields[0].field).toBe('staffUserIds');
    expect(refusal(() => checkPanel({ ...panel, staffUserIds: ['s1', 's1'] })).fields[0].field).toBe('staffUserIds');
    const twice = { ...panel, boards: [panel.boards[0], { boardId: 'b1', representativeUserId: 'r2' }] };
    expect(refusal(() => checkPanel(twice)).fields[0].field).toBe('boards');
  });

  it('converts the start from Amsterdam time and refuses the gap and the past', () => {
    expect(interviewStart('2027-03-25T10:00', NOW).toISOString()).toBe('2027-03-25T09:00:00.000Z');
    const gap = refusal(() => interviewStart('2027-03-28T02:30', NOW));
    expect([gap.kind, gap.fields[0].field]).toEqual(['invalid', 'startsAt']);
    const malformed = refusal(() => interviewStart('25-03-2027 10:00', NOW));
    expect([malformed.kind, malformed.fields[0].field]).toEqual(['invalid', 'startsAt']);
    const past = refusal(() => interviewStart('2026-11-22T10:00', NOW));
    expect([past.kind, past.fields[0].field]).toEqual(['unprocessable', 'startsAt']);
  });

  it('limits the duration to 15–240 whole minutes', () => {
    expect(() => checkDuration(15)).not.toThrow();
    expect(() => checkDuration(240)).not.toThrow();
    for (const minutes of [14, 241, 30.5]) expect(refusal(() => checkDuration(minutes)).fields[0].field).toBe('durationMinutes');
  });

  it('allows changes only while scheduled', () => {
    expect(() => assertScheduled('scheduled')).not.toThrow();
    expect(refusal(() => assertScheduled('cancelled')).kind).toBe('conflict');
    expect(refusal(() => assertScheduled('completed')).kind).toBe('conflict');
  });

  it('finds added and removed boards and the people who leave the panel', () => {
    const before: Panel = {
      staffUserIds: ['s1', 's2'],
      boards: [
        { boardId: 'b1', representativeUserId: 'r1' },
        { boardId: 'b2', representativeUserId: 'r2' },
      ],
    };
    const after: Panel = {
      staffUserIds: ['s2'],
      boards: [
        { boardId: 'b1', representativeUserId: 'r1b' },
        { boardId: 'b3', representativeUserId: 'r3' },
      ],
    };
    expect(panelChange(before, after)).toEqual({ addedBoardIds: ['b3'], removedBoardIds: ['b2'], removedUserIds: ['s1', 'r1', 'r2'] });
    expect(panelUserIds(after)).toEqual(['s2', 'r1b', 'r3']);
  });

  it('refuses advice and outcome before the start with 409 naming the Amsterdam start time, and accepts them from the start on', () => {
    const startsAt = new Date('2027-03-25T09:00:00Z');
    const early = refusal(() => assertStarted(startsAt, new Date('2027-03-25T08:59:59Z')));
    expect([early.kind, early.code]).toEqual(['conflict', 'selection.interview_not_started']);
    expect(early.message).toContain('donderdag 25 maart 2027 om 10:00');
    expect(() => assertStarted(startsAt, startsAt)).not.toThrow();
    expect(() => assertStarted(startsAt, new Date('2027-03-25T10:30:00Z'))).not.toThrow();
  });

  it('lets go of boards that advised negatively or would not employ, keeping the others and those without advice', () => {
    expect(
      boardsWithoutPurpose([
        { boardId: 'positive', advice: 'positive', wouldEmploy: true },
        { boardId: 'negative', advice: 'negative', wouldEmploy: true },
        { boardId: 'not-employing', advice: 'positive', wouldEmploy: false },
        { boardId: 'silent', advice: null, wouldEmploy: null },
      ]),
    ).toEqual(['negative', 'not-employing']);
  });
});
