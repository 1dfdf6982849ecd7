import type { ReceivedMail } from './smtp-sink';
import type { TestApp } from './test-app';
import type { HttpClient } from './http-client';
import { apply, createBoard, createUser, type TestUser } from './factories';

/** The iCalendar facts a test checks, read from a received mail as a calendar client would. */
/**
 * How long to wait for a mail: in a full run every application also mails every staff user made
 * by earlier suites, so the shared queue can run well behind.
 */
export const MAIL_WAIT_MS = 40_000;

export interface ParsedCalendar {
  method: string;
  uid: string;
  sequence: number;
  dtstart: string;
  dtend: string;
  status: string;
  attendees: string[];
  hasAmsterdamTimezone: boolean;
  /** How many calendar parts the mail carried: one is right (an invitation is shown once). */
  parts: number;
  /** The calendar part's file name, in Dutch: uitnodiging.ics or annulering.ics. */
  filename: string;
  /** The iCalendar text as sent. */
  content: string;
}

function decode(content: ArrayBuffer | Uint8Array | string): string {
  if (typeof content === 'string') return content;
  return new TextDecoder().decode(content instanceof Uint8Array ? content : new Uint8Array(content));
}

/** RFC 5545 lines with folding undone. */
function unfold(ics: string): string[] {
  return ics
    .replace(/\r?\n[ \t]/g, '')
    .split(/\r?\n/)
    .filter(Boolean);
}

function property(lines: string[], name: string): string {
  const line = lines.find((candidate) => candidate === name || candidate.startsWith(`${name}:`) || candidate.startsWith(`${name};`));
  if (!line) throw new Error(`No ${name} in the calendar:\n${lines.join('\n')}`);
  return line;
}

function value(lines: string[], name: string): string {
  return property(lines, name).split(':').slice(1).join(':');
}

function calendarParts(mail: ReceivedMail) {
  return (mail.attachments ?? []).filter(
    (attachment) => attachment.mimeType === 'text/calendar' || attachment.mimeType === 'application/ics' || attachment.filename?.endsWith('.ics'),
  );
}

/** The .ics of a mail: its first calendar part (tests check there is only one). */
function calendarOf(mail: ReceivedMail): ParsedCalendar {
  const parts = calendarParts(mail);
  const file = parts[0];
  if (!file) throw new Error(`No calendar part in mail "${mail.subject}"`);
  const content = decode(file.content);
  const lines = unfold(content);
  const event = lines.slice(lines.indexOf('BEGIN:VEVENT'));
  return {
    method: value(lines, 'METHOD'),
    uid: value(event, 'UID'),
    sequence: Number(value(event, 'SEQUENCE')),
    dtstart: property(event, 'DTSTART'),
    dtend: property(event, 'DTEND'),
    status: value(event, 'STATUS'),
    attendees: event.filter((line) => line.startsWith('ATTENDEE')).map((line) => line.replace(/^.*mailto:/i, '').toLowerCase()),
    hasAmsterdamTimezone: lines.includes('BEGIN:VTIMEZONE') && lines.includes('TZID:Europe/Amsterdam'),
    parts: parts.length,
    filename: file.filename ?? '',
    content,
  };
}

export function interviewUid(interviewId: string): string {
  return `interview-${interviewId}@zij-instroom.flevowijs.nl`;
}

/** The calendar mails about one interview that reached `email`, oldest first. */
export function calendarMailsFor(app: TestApp, email: string, interviewId: string): { mail: ReceivedMail; calendar: ParsedCalendar }[] {
  return app.mail
    .to(email)
    .filter((mail) => calendarParts(mail).length > 0)
    .map((mail) => ({ mail, calendar: calendarOf(mail) }))
    .filter((entry) => entry.calendar.uid === interviewUid(interviewId));
}

/** Waits until `email` holds `count` calendar mails about the interview and returns them. */
export async function waitForCalendarMails(app: TestApp, email: string, interviewId: string, count: number) {
  await app.mail.waitFor(() => calendarMailsFor(app, email, interviewId).length >= count, MAIL_WAIT_MS);
  return calendarMailsFor(app, email, interviewId);
}

/**
 * Waits for the version `sequence` with `method` to reach `email`. Versions may arrive out of
 * order (jobs run in parallel); calendar clients order them by SEQUENCE, and so does this.
 */
export async function waitForCalendarVersion(app: TestApp, email: string, interviewId: string, method: 'REQUEST' | 'CANCEL', sequence: number) {
  const matches = () => calendarMailsFor(app, email, interviewId).filter((entry) => entry.calendar.method === method && entry.calendar.sequence === sequence);
  await app.mail.waitFor(() => matches().length > 0, MAIL_WAIT_MS);
  return matches()[0];
}

export interface PanelBoard {
  boardId: string;
  boardName: string;
  representative: TestUser;
}

export async function panelBoard(app: TestApp): Promise<PanelBoard> {
  const board = await createBoard(app);
  return { boardId: board.id, boardName: board.name, representative: await createUser(app, 'board', { boardId: board.id }) };
}

/** A candidate moved to screening by the desk, ready for an interview. */
export async function candidateInScreening(app: TestApp, desk: HttpClient): Promise<{ candidateId: string; email: string; reference: string }> {
  const receipt = await apply(app);
  const screened = await desk.post(`/api/candidates/${receipt.candidateId}/screening`, {});
  if (screened.status !== 200) throw new Error(`screening refused: ${screened.status} ${JSON.stringify(screened.body)}`);
  return receipt;
}

export function interviewBody(staff: TestUser, boards: PanelBoard[], overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    startsAt: '2027-03-25T10:00',
    location: 'Flevowijs, Stationsplein 1, Almere',
    staffUserIds: [staff.id],
    boards: boards.map((board) => ({ boardId: board.boardId, representativeUserId: board.representative.id })),
    ...overrides,
  };
}
