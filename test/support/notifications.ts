import type { TestApp } from './test-app';

export interface NotificationTally {
  dueKey: string;
  recipient: string;
  /** Rows kept for this (kind, subject, due key, recipient): the unique key allows one. */
  rows: number;
  sent: number;
}

/** The notifications kept about one subject, counted per (due key, recipient). */
export async function notificationTally(app: TestApp, kind: string, subjectId: string): Promise<NotificationTally[]> {
  const { rows } = await app.db.query<NotificationTally>(
    `SELECT due_key AS "dueKey", recipient, count(*)::int AS rows, (count(*) FILTER (WHERE status = 'sent'))::int AS sent
     FROM notifications WHERE kind = $1 AND subject_id = $2
     GROUP BY due_key, recipient ORDER BY due_key, recipient`,
    [kind, subjectId],
  );
  return rows;
}

/**
 * Exactly the expected (due key, recipient) pairs were notified about the subject, each with one
 * row that is sent. Call after waitForQuiet, so no job still in flight could add a second one.
 */
export async function expectSentOnce(app: TestApp, kind: string, subjectId: string, expected: { dueKey: string; recipient: string }[]): Promise<void> {
  const order = (left: { dueKey: string; recipient: string }, right: { dueKey: string; recipient: string }) =>
    left.dueKey.localeCompare(right.dueKey) || left.recipient.localeCompare(right.recipient);
  const tally = (await notificationTally(app, kind, subjectId)).sort(order);
  expect(tally).toEqual(expected.map((entry) => ({ ...entry, rows: 1, sent: 1 })).sort(order));
}
