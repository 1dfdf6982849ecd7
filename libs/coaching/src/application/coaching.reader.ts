import { Inject, Injectable } from '@nestjs/common';
import { Clock, addDays, calendarDate, today, type Actor, type CalendarDate } from '@app/shared';
import { APP_CONFIG, type AppConfig } from '@app/infra';
import { UserReader } from '@app/accounts';
import { ProgrammeReader, studyYearEndsOn, studyYearOn, type ProgrammeRow, type ProgrammeView } from '@app/programmes';
import { progressPerStudyYear, type StudyYearProgress, type StudyYearSpan } from '../domain/progress.policy';
import { CoachesRepository } from '../persistence/coaches.repository';
import { SessionsRepository } from '../persistence/sessions.repository';
import type { CaseloadItem, CoachView, NeedingCoachItem, NormView, ProgrammeCoachingView, RiskFlagView, SessionView } from './coaching.views';

/** Days without a session after which a running programme needs its coach's attention (R12). */
const SESSION_GAP_DAYS = 28;

/** Coaching as its readers see it; programme access (R14) goes through ProgrammeReader's scope. */
@Injectable()
export class CoachingReader {
  constructor(
    private readonly coaches: CoachesRepository,
    private readonly sessions: SessionsRepository,
    private readonly programmes: ProgrammeReader,
    private readonly users: UserReader,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The programmes currently assigned to a coach: the scope of a coach's programme reading (R14). */
  currentProgrammeIds(coachId: string): Promise<string[]> {
    return this.coaches.currentProgrammeIds(coachId);
  }

  /** The programme's current coach as a recipient (R12), when their account is active; null otherwise. */
  async assignedCoach(programmeId: string): Promise<{ userId: string; email: string } | null> {
    const current = await this.coaches.current(programmeId);
    if (!current) return null;
    const user = await this.users.get(current.coachId).catch(() => null);
    return user?.active ? { userId: user.id, email: user.email } : null;
  }

  async list(): Promise<CoachView[]> {
    const [rows, users] = await Promise.all([this.coaches.list(), this.users.list()]);
    const byId = new Map(users.map((user) => [user.id, user]));
    return rows
      .map((row) => ({ ...row, name: byId.get(row.userId)?.name ?? '', email: byId.get(row.userId)?.email ?? '' }))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  }

  norms(): Promise<NormView[]> {
    return this.sessions.norms();
  }

  /** The "Begeleiding" card: coach, history, sessions, progress per study year, risk. */
  async programme(actor: Actor, programmeId: string): Promise<ProgrammeCoachingView> {
    const row = await this.programmes.findVisible(actor, programmeId);
    const [history, sessions, risk, norms, needsCoachSince, names] = await Promise.all([
      this.coaches.history(programmeId),
      this.sessions.ofProgramme(programmeId),
      this.sessions.risk(programmeId),
      this.sessions.norms(),
      this.coaches.needingSince(programmeId),
      this.names(),
    ]);
    const current = history.find((assignment) => assignment.untilDate === null) ?? null;
    return {
      programmeId,
      coach: current ? { userId: current.coachId, name: names.get(current.coachId) ?? '' } : null,
      needsCoachSince,
      history: history.map((assignment) => ({ ...assignment, coachName: names.get(assignment.coachId) ?? '' })),
      sessions: sessions.map((session) => ({ ...session, authorName: names.get(session.authorId) ?? '' })),
      progress: this.progressOf(row, sessions, norms),
      risk,
    };
  }

  /** A coach's own caseload; staff may ask for any coach's. Each programme with its progress and what needs attention. */
  async caseload(actor: Actor, coachId: string): Promise<CaseloadItem[]> {
    const ids = await this.coaches.currentProgrammeIds(coachId);
    const rows = (await Promise.all(ids.map((id) => this.programmes.findVisible(actor, id).catch(() => null)))).filter(
      (row): row is ProgrammeRow => row !== null,
    );
    const [views, sessions, risks, norms] = await Promise.all([
      this.programmes.views(rows),
      this.sessions.ofProgrammes(ids),
      this.sessions.risks(ids),
      this.sessions.norms(),
    ]);
    return views
      .map((programme) => {
        const progress = this.progressOf(
          programme,
          sessions.filter((session) => session.programmeId === programme.id),
          norms,
        );
        const risk = risks.find((flag) => flag.programmeId === programme.id) ?? null;
        const lastSessionOn = latestDate(sessions.filter((session) => session.programmeId === programme.id));
        const attention: CaseloadItem['attention'] = [];
        if (progress.some((year) => year.behind)) attention.push('behind_norm');
        if (this.withoutRecentSession(programme, lastSessionOn)) attention.push('no_recent_session');
        if (risk) attention.push('at_risk');
        return { programme, progress, risk, lastSessionOn, attention };
      })
      .sort((a, b) => b.attention.length - a.attention.length || a.programme.candidateName.localeCompare(b.programme.candidateName, 'nl'));
  }

  async needingCoach(): Promise<NeedingCoachItem[]> {
    const needs = await this.coaches.needingCoach();
    const rows = (
      await Promise.all(needs.map((need) => this.programmes.findVisible({ userId: null, role: 'system' }, need.programmeId).catch(() => null)))
    ).filter((row): row is ProgrammeRow => row !== null && row.status === 'running');
    const views = new Map((await this.programmes.views(rows)).map((view) => [view.id, view]));
    return needs.flatMap((need) => {
      const programme = views.get(need.programmeId);
      return programme ? [{ programme, since: need.since, lastTriedAt: need.lastTriedAt }] : [];
    });
  }

  /** Every flagged programme (staff). */
  async atRisk(): Promise<{ programme: ProgrammeView; risk: RiskFlagView; coachName: string | null }[]> {
    const risks = await this.sessions.risks(null);
    const rows = (
      await Promise.all(risks.map((risk) => this.programmes.findVisible({ userId: null, role: 'system' }, risk.programmeId).catch(() => null)))
    ).filter((row): row is ProgrammeRow => row !== null);
    const [views, coaches, names] = await Promise.all([this.programmes.views(rows), this.coaches.currentCoaches(rows.map((row) => row.id)), this.names()]);
    const byId = new Map(views.map((view) => [view.id, view]));
    return risks.flatMap((risk) => {
      const programme = byId.get(risk.programmeId);
      const coachId = coaches.get(risk.programmeId);
      return programme ? [{ programme, risk, coachName: coachId ? (names.get(coachId) ?? '') : null }] : [];
    });
  }

  /**
   * R12's "no session for 28 days", as the caseload shows it: a running programme whose latest
   * session (or, before the first, its start) lies 28 days or more before today.
   */
  private withoutRecentSession(programme: ProgrammeRow, lastSessionOn: string | null): boolean {
    if (programme.status !== 'running') return false;
    const since = lastSessionOn !== null && lastSessionOn > programme.startDate ? lastSessionOn : programme.startDate;
    return addDays(calendarDate(since), SESSION_GAP_DAYS) <= today(this.clock.now());
  }

  private async names(): Promise<Map<string, string>> {
    return new Map((await this.users.list()).map((user) => [user.id, user.name]));
  }

  private progressOf(row: ProgrammeRow, sessions: SessionView[], norms: NormView[]): StudyYearProgress[] {
    const start = calendarDate(row.startDate);
    const asOf = row.status === 'running' ? today(this.clock.now()) : calendarDate(row.endedOn ?? row.plannedEnd);
    const current = studyYearOn(start, asOf) ?? 0;
    const years: StudyYearSpan[] = [];
    for (let year = 1; year <= current; year += 1) {
      years.push({ studyYear: year, from: year === 1 ? start : addDays(studyYearEndsOn(start, year - 1), 1), to: studyYearEndsOn(start, year) });
    }
    return progressPerStudyYear({
      years,
      asOf: asOf as CalendarDate,
      sessions,
      norms: norms.filter((norm) => norm.route === row.route),
      weeksPerStudyYear: this.config.coaching.weeksPerStudyYear,
    });
  }
}

function latestDate(sessions: readonly SessionView[]): string | null {
  return sessions.reduce<string | null>((latest, session) => (latest === null || session.date > latest ? session.date : latest), null);
}
