import { useViewer, isCentralDesk } from '../../app/auth';
import { formatDate } from '../../shared/format';
import { useOpenForm } from '../../shared/forms';
import { label } from '../../shared/labels';
import { DataTable, type Column } from '../../shared/table';
import { ErrorMessage, errorText, Loading, SectionCard } from '../../shared/ui';
import { AssignCoachForm, ClearRiskForm, DeleteSessionForm, EditSessionForm, RiskForm, SessionForm } from './coaching-forms';
import { RISK_LEVEL_LABELS, SESSION_KIND_LABELS, progressText, type CoachAssignment, type CoachingSession, type StudyYearProgress } from './coaching-labels';
import { useProgrammeCoaching } from './queries';

const SESSION_COLUMNS: Column<CoachingSession>[] = [
  { header: 'Datum', cell: (session) => formatDate(session.date) },
  { header: 'Soort', cell: (session) => label(SESSION_KIND_LABELS, session.kind) },
  { header: 'Minuten', cell: (session) => session.minutes },
  { header: 'Door', cell: (session) => session.authorName },
  { header: 'Notitie', cell: (session) => session.note || '—' },
];

/** The "Begeleiding" card of a programme's page, for the central desk and the programme's coach (others do not see coaching). */
export function CoachingCard({ programmeId, candidateName }: { programmeId: string; candidateName: string }) {
  const viewer = useViewer();
  if (!isCentralDesk(viewer) && viewer.role !== 'coach') return null;
  return <CoachingSection programmeId={programmeId} candidateName={candidateName} mayAssign={isCentralDesk(viewer)} viewerId={viewer.id} />;
}

interface SectionProps {
  programmeId: string;
  candidateName: string;
  mayAssign: boolean;
  viewerId: string;
}

type Mode = 'session' | 'assign' | 'risk' | 'clear-risk' | { kind: 'edit' | 'delete'; session: CoachingSession };

function CoachingSection({ programmeId, candidateName, mayAssign, viewerId }: SectionProps) {
  const coaching = useProgrammeCoaching(programmeId);
  const { mode, open, close } = useOpenForm<Mode>('coaching-title');
  const data = coaching.data;
  // Staff, and the programme's current coach; the server decides again (R10, R14).
  const mayLog = data !== undefined && (mayAssign || data.coach?.userId === viewerId);
  const columns: Column<CoachingSession>[] = data?.sessions.some((session) => session.mayChange)
    ? [
        ...SESSION_COLUMNS,
        {
          header: 'Acties',
          cell: (session) =>
            session.mayChange && !mode ? (
              <div className="actions">
                <button
                  type="button"
                  className="secondary"
                  onClick={() => open({ kind: 'edit', session })}
                  aria-label={`Begeleiding van ${formatDate(session.date)} wijzigen`}
                >
                  Wijzigen
                </button>
                <button
                  type="button"
                  className="secondary"
                  onClick={() => open({ kind: 'delete', session })}
                  aria-label={`Begeleiding van ${formatDate(session.date)} verwijderen`}
                >
                  Verwijderen
                </button>
              </div>
            ) : (
              '—'
            ),
        },
      ]
    : SESSION_COLUMNS;
  return (
    <SectionCard name="coaching" title="Begeleiding">
      {!data ? (
        coaching.error ? (
          <ErrorMessage>{errorText(coaching.error)}</ErrorMessage>
        ) : (
          <Loading />
        )
      ) : (
        <>
          <dl className="details">
            <dt>Coach</dt>
            <dd data-testid="current-coach">
              {data.coach ? data.coach.name : `Nog geen coach${data.needsCoachSince ? ` (sinds ${formatDate(data.needsCoachSince)})` : ''}`}
            </dd>
            <dt>Risico op uitval</dt>
            <dd data-testid="coaching-risk">
              {data.risk ? `${label(RISK_LEVEL_LABELS, data.risk.level)}: ${data.risk.note} (sinds ${formatDate(data.risk.flaggedAt)})` : 'Niet gemeld'}
            </dd>
          </dl>
          {data.history.length > 0 && <AssignmentHistory history={data.history} />}
          <h3>Voortgang tegen de norm</h3>
          <ProgressList progress={data.progress} />
          <h3>Begeleidingsmomenten</h3>
          {data.sessions.length === 0 ? (
            <p className="muted">Nog geen begeleiding vastgelegd.</p>
          ) : (
            <DataTable
              label="Begeleidingsmomenten"
              columns={columns}
              rows={data.sessions}
              rowKey={(session) => session.id}
              rowTestId={(session) => `session-${session.id}`}
              stacked
            />
          )}
          {!mode && (mayLog || mayAssign) && (
            <div className="actions">
              {mayLog && (
                <button type="button" onClick={() => open('session')}>
                  Begeleiding vastleggen
                </button>
              )}
              {mayLog && (
                <button type="button" className="secondary" onClick={() => open('risk')}>
                  {data.risk ? 'Risico wijzigen' : 'Risico op uitval melden'}
                </button>
              )}
              {mayLog && data.risk && (
                <button type="button" className="secondary" onClick={() => open('clear-risk')}>
                  Risico opheffen
                </button>
              )}
              {mayAssign && (
                <button type="button" className="secondary" onClick={() => open('assign')}>
                  {data.coach ? 'Andere coach toewijzen' : 'Coach toewijzen'}
                </button>
              )}
            </div>
          )}
          {mode === 'session' && <SessionForm programmeId={programmeId} onClose={close} />}
          {mode === 'risk' && (
            <RiskForm programmeId={programmeId} current={data.risk ? { level: data.risk.level, note: data.risk.note } : null} onClose={close} />
          )}
          {mode === 'clear-risk' && <ClearRiskForm programmeId={programmeId} onClose={close} />}
          {typeof mode === 'object' && mode?.kind === 'edit' && (
            <EditSessionForm key={mode.session.id} programmeId={programmeId} session={mode.session} onClose={close} />
          )}
          {typeof mode === 'object' && mode?.kind === 'delete' && (
            <DeleteSessionForm key={mode.session.id} programmeId={programmeId} session={mode.session} onClose={close} />
          )}
          {mode === 'assign' && <AssignCoachForm programmeId={programmeId} candidateName={candidateName} onClose={close} />}
        </>
      )}
    </SectionCard>
  );
}

/** Per study year: the hours logged against the norm due so far (pro rata to today). */
function ProgressList({ progress }: { progress: StudyYearProgress[] }) {
  if (progress.length === 0) return <p className="muted">Nog geen leerjaar begonnen.</p>;
  return (
    <ul className="plain-list" data-testid="coaching-progress">
      {progress.map((year) => (
        <li key={year.studyYear} data-testid={`progress-year-${year.studyYear}`}>
          Leerjaar {year.studyYear}: {progressText(year)}
          {year.behind && <span className="badge attention"> Achter op de norm</span>}
        </li>
      ))}
    </ul>
  );
}

/** R9: who coached the programme when, and why a coach was assigned above their maximum. */
function AssignmentHistory({ history }: { history: CoachAssignment[] }) {
  return (
    <>
      <h3>Toewijzingen</h3>
      <ul className="plain-list" data-testid="coach-history">
        {history.map((assignment) => (
          <li key={assignment.id}>
            {assignment.coachName}: {formatDate(assignment.fromDate)} tot {assignment.untilDate ? `en met ${formatDate(assignment.untilDate)}` : 'nu'}
            {assignment.assignedBy === null ? ' (automatisch)' : ' (met de hand)'}
            {assignment.overrideReason && <span className="small muted"> — reden boven maximum: {assignment.overrideReason}</span>}
          </li>
        ))}
      </ul>
    </>
  );
}
