import type { INestApplicationContext } from '@nestjs/common';
import { SYSTEM_ACTOR, addDays, calendarDate, startOfDay, type Actor, type CalendarDate, type FixedClock } from '@app/shared';
import { CoachAssignmentService, CoachingReader, CoachingSessionsService, type SessionKind } from '@app/coaching';
import { ProgrammeReader } from '@app/programmes';
import type { DemoActors } from './showcase-runner';

/** How a demo programme's coach keeps up with the norm (4 hours a week over 40 school weeks ≈ 3.1 hours a calendar week). */
type Pace = 'on_norm' | 'behind' | 'quiet';

/** A session every three weeks: 8 hours on the norm (about 87% of it), 2.5 hours behind (well under 75% of the pro-rata norm). */
const SESSION_EVERY_DAYS = 21;
const MINUTES_PER_SESSION: Record<Exclude<Pace, 'quiet'>, number> = { on_norm: 480, behind: 150 };
/** The quiet programme's last session lies this many days before the seed's day (no session for 28 days: attention). */
const QUIET_DAYS = 40;

const KINDS: readonly SessionKind[] = ['individual', 'observation', 'workplace_visit', 'individual', 'intervision'];
const NOTES: readonly string[] = [
  'Lesvoorbereiding rekenen besproken; doelen voor de komende twee weken gezet.',
  'Les begrijpend lezen geobserveerd; feedback op de instructie en de klassenorganisatie.',
  'Op de werkplek met de schoolopleider het werkplan bijgesteld.',
  'Reflectie op het omgaan met verschillen in de groep.',
  'Intervisie met twee andere zij-instromers over oudergesprekken.',
];

/**
 * The coaching of the demo programmes (issue 13): each running programme gets its coach as the
 * assignment job would (R9, on its start day), and the coach logs a session every three weeks up to
 * the seed's day — mostly on the norm; coach1 has one programme behind the norm and one without a
 * session for more than 28 days, so the caseload page shows progress and what needs attention.
 * The assignment jobs queued at the start stay in the outbox and find the coach there.
 */
export async function seedDemoCoaching(context: INestApplicationContext, clock: FixedClock, actors: DemoActors, programmeIds: string[], day: CalendarDate) {
  const programmes = context.get(ProgrammeReader);
  const assignments = context.get(CoachAssignmentService);
  const reader = context.get(CoachingReader);
  const running = (await Promise.all(programmeIds.map((id) => programmes.findVisible(SYSTEM_ACTOR, id)))).filter((row) => row.status === 'running');
  const coached: { id: string; startDate: CalendarDate; coachId: string }[] = [];
  for (const programme of running) {
    clock.set(noon(calendarDate(programme.startDate) < day ? calendarDate(programme.startDate) : day));
    await assignments.assign(programme.id);
    const coachId = (await reader.programme(SYSTEM_ACTOR, programme.id)).coach?.userId;
    if (coachId) coached.push({ id: programme.id, startDate: calendarDate(programme.startDate), coachId });
  }
  const coach1 = actors.get('coach1')?.userId;
  const ofCoach1 = coached.filter((programme) => programme.coachId === coach1 && addDays(programme.startDate, 90) < day);
  const paces = new Map<string, Pace>([
    [ofCoach1[0]?.id ?? '', 'behind'],
    [ofCoach1[1]?.id ?? '', 'quiet'],
  ]);
  const sessions = context.get(CoachingSessionsService);
  for (const programme of coached) {
    const coach: Actor = { userId: programme.coachId, role: 'coach' };
    const pace = paces.get(programme.id) ?? 'on_norm';
    const until = pace === 'quiet' ? addDays(day, -QUIET_DAYS) : day;
    for (let date = addDays(programme.startDate, 3), index = 0; date <= until; date = addDays(date, SESSION_EVERY_DAYS), index += 1) {
      clock.set(noon(date));
      await sessions.log(coach, programme.id, {
        date,
        minutes: MINUTES_PER_SESSION[pace === 'behind' ? 'behind' : 'on_norm'],
        kind: KINDS[index % KINDS.length],
        note: NOTES[index % NOTES.length],
      });
    }
  }
  return coached.length;
}

function noon(date: CalendarDate): Date {
  return new Date(startOfDay(date).getTime() + 12 * 3600_000);
}
