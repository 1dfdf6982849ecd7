import { useViewer, isCentralDesk } from '../../app/auth';
import { formatDate } from '../../shared/format';
import { useOpenForm } from '../../shared/forms';
import { label } from '../../shared/labels';
import { DataTable, type Column } from '../../shared/table';
import { ErrorMessage, errorText, Loading, SectionCard } from '../../shared/ui';
import { AssignCoachForm, SessionForm } from './coaching-forms';
import { RISK_LEVEL_LABELS, SESSION_KIND_LABELS, progressText, type CoachingSession, type StudyYearProgress } from './coaching-labels';
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

function CoachingSection({ programmeId, candidateName, mayAssign, viewerId }: SectionProps) {
  const coaching = useProgrammeCoaching(programmeId);
  const { mode, open, close } = useOpenForm<'session' | 'assign'>('coaching-title');
  const data = coaching.data;
  const mayLog = data !== undefined && (mayAssign || data.coach?.userId === viewerId);
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
            {data.risk && (
              <>
                <dt>Risico op uitval</dt>
                <dd data-testid="coaching-risk">
                  {label(RISK_LEVEL_LABELS, data.risk.level)}: {data.risk.note}
                </dd>
              </>
            )}
          </dl>
          <h3>Voortgang tegen de norm</h3>
          <ProgressList progress={data.progress} />
          <h3>Begeleidingsmomenten</h3>
          {data.sessions.length === 0 ? (
            <p className="muted">Nog geen begeleiding vastgelegd.</p>
          ) : (
            <DataTable label="Begeleidingsmomenten" columns={SESSION_COLUMNS} rows={data.sessions} rowKey={(session) => session.id} stacked />
          )}
          {!mode && (mayLog || mayAssign) && (
            <div className="actions">
              {mayLog && (
                <button type="button" onClick={() => open('session')}>
                  Begeleiding vastleggen
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
