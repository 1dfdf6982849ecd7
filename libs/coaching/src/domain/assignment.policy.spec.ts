import { assignmentOrder, type CoachOption } from './assignment.policy';

function coach(userId: string, caseload: number, maxCaseload: number, lastAssignedAt: string | null = null): CoachOption {
  return { userId, caseload, maxCaseload, lastAssignedAt: lastAssignedAt === null ? null : new Date(lastAssignedAt) };
}

const ids = (coaches: CoachOption[]) => coaches.map((option) => option.userId);

describe('coach assignment order (R9)', () => {
  it('puts the lowest caseload ratio first, not the lowest caseload', () => {
    const order = assignmentOrder([coach('a', 2, 4), coach('b', 1, 3), coach('c', 3, 10), coach('d', 0, 1)]);
    expect(ids(order)).toEqual(['d', 'c', 'b', 'a']);
  });

  it('skips coaches at or above their maximum', () => {
    const order = assignmentOrder([coach('full', 5, 5), coach('over', 7, 5), coach('free', 4, 5), coach('none', 0, 0)]);
    expect(ids(order)).toEqual(['free']);
    expect(assignmentOrder([coach('full', 3, 3)])).toEqual([]);
  });

  it('compares ratios exactly: 1/3 and 2/6 are equal, so the longest since the last assignment goes first', () => {
    const order = assignmentOrder([coach('recent', 1, 3, '2026-03-01T10:00:00Z'), coach('long-ago', 2, 6, '2025-09-01T10:00:00Z')]);
    expect(ids(order)).toEqual(['long-ago', 'recent']);
  });

  it('puts a coach never assigned before one assigned long ago', () => {
    const order = assignmentOrder([coach('assigned', 1, 4, '2020-01-01T00:00:00Z'), coach('never', 1, 4)]);
    expect(ids(order)).toEqual(['never', 'assigned']);
  });

  it('lets the lower ratio win over a longer wait', () => {
    const order = assignmentOrder([coach('waited', 2, 4, '2020-01-01T00:00:00Z'), coach('lower', 1, 4, '2026-03-01T00:00:00Z')]);
    expect(ids(order)).toEqual(['lower', 'waited']);
  });

  it('orders by id when ratio and last assignment are equal, whatever the input order', () => {
    const same = '2026-01-15T09:00:00Z';
    const coaches = [coach('c3', 1, 2, same), coach('c1', 2, 4, same), coach('c2', 1, 2, same)];
    expect(ids(assignmentOrder(coaches))).toEqual(['c1', 'c2', 'c3']);
    expect(ids(assignmentOrder([...coaches].reverse()))).toEqual(['c1', 'c2', 'c3']);
    expect(ids(assignmentOrder([coach('n2', 0, 3), coach('n1', 0, 5)]))).toEqual(['n1', 'n2']);
  });

  it('leaves the input as it was', () => {
    const coaches = [coach('b', 2, 4), coach('a', 1, 4)];
    assignmentOrder(coaches);
    expect(ids(coaches)).toEqual(['b', 'a']);
  });
});
