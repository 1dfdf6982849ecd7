/** A coach the assignment job may choose (R9): active, of the programme's region. */
export interface CoachOption {
  userId: string;
  caseload: number;
  maxCaseload: number;
  lastAssignedAt: Date | null;
}

/**
 * R9's order: only coaches below their maximum, the lowest caseload ratio first (caseload ÷
 * maximum, compared as cross products so no rounding decides), then the longest since their last
 * assignment (never assigned first), then the id so the order is total.
 */
export function assignmentOrder(coaches: readonly CoachOption[]): CoachOption[] {
  return coaches
    .filter((coach) => coach.caseload < coach.maxCaseload)
    .sort(
      (a, b) =>
        a.caseload * b.maxCaseload - b.caseload * a.maxCaseload ||
        lastAssigned(a) - lastAssigned(b) ||
        (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0),
    );
}

function lastAssigned(coach: CoachOption): number {
  return coach.lastAssignedAt === null ? Number.NEGATIVE_INFINITY : coach.lastAssignedAt.getTime();
}
