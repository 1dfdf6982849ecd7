import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { useSession } from '../../app/auth';
import { formatDate } from '../../shared/format';
import { useOpenForm } from '../../shared/forms';
import { label } from '../../shared/labels';
import { ErrorMessage, errorText, Loading, SectionCard } from '../../shared/ui';
import { candidatePath } from '../candidates/candidate-path';
import { CoachingCard } from '../coaching/coaching-card';
import { DropoutForm, ExtendForm, QualifyForm, SubsidyForm, SwitchRouteForm } from './programme-forms';
import {
  ATTENTION_LABELS,
  DROPOUT_REASON_LABELS,
  PHASE_LABELS,
  PROGRAMME_STATUS_LABELS,
  SUBSIDY_DECISION_LABELS,
  formatEuros,
  programmePath,
  type Programme,
} from './programme-labels';
import { ProgrammeTimeline } from './programme-timeline';
import { useMarkTaskDone, useProgramme } from './queries';

/** `/trajecten/:id`: a fresh page per programme, so no form stays open across programmes (a route switch opens the next one). */
export function ProgrammeRoute() {
  const { id = '' } = useParams();
  return <ProgrammePage key={id} id={id} />;
}

const TITLE_ID = 'programme-title';

/** Where a reader of this page came from: a coach's programmes are under "Mijn trajecten" (/begeleiding). */
function useProgrammesHome(): { path: string; coach: boolean } {
  const coach = useSession().user?.role === 'coach';
  return { path: coach ? '/begeleiding' : '/trajecten', coach };
}

function ProgrammePage({ id }: { id: string }) {
  const programme = useProgramme(id);
  const home = useProgrammesHome();
  if (programme.error instanceof ApiError && programme.error.status === 404) return <NotFound />;
  if (!programme.data) return programme.error ? <ErrorMessage>{errorText(programme.error)}</ErrorMessage> : <Loading />;
  const data = programme.data;
  return (
    <section>
      <p>
        <Link to={home.path}>← Terug naar de trajecten</Link>
      </p>
      <div className="page-title">
        <h1 id={TITLE_ID} tabIndex={-1}>
          Traject van {data.candidateName}
        </h1>
        {/* A polite live region: an outcome's result (the new status) is read out when it shows. */}
        <span className={`badge programme-${data.status}`} data-testid="programme-status" role="status">
          {label(PROGRAMME_STATUS_LABELS, data.status)}
        </span>
      </div>
      {data.attention.length > 0 && (
        <p className="alert alert-error" data-testid="programme-attention">
          Aandacht nodig: {data.attention.map((reason) => label(ATTENTION_LABELS, reason)).join(', ')}.
        </p>
      )}
      <div className="grid-2">
        <SectionCard name="programme-details" title="Gegevens">
          <ProgrammeDetails programme={data} />
        </SectionCard>
        <SectionCard name="timeline" title="Tijdlijn">
          <ProgrammeTimeline programme={data} />
        </SectionCard>
      </div>
      <CoachingCard programmeId={data.id} candidateName={data.candidateName} />
      {/* Outcomes and the subsidy are the desk's and the board's; a coach follows the programme (R14). */}
      {!home.coach && data.status === 'running' && <OutcomeSection programme={data} />}
      {!home.coach && <SubsidySection programme={data} />}
    </section>
  );
}

function ProgrammeDetails({ programme }: { programme: Programme }) {
  return (
    <dl className="details">
      <dt>Kandidaat</dt>
      <dd>
        <Link to={candidatePath(programme.candidateId)}>{programme.candidateName}</Link> ({programme.candidateReference})
      </dd>
      <dt>Schoolbestuur</dt>
      <dd>{programme.boardName}</dd>
      <dt>Route</dt>
      <dd>
        {programme.routeName} ({programme.durationMonths} maanden)
      </dd>
      <dt>Cohort</dt>
      <dd>{programme.cohort}</dd>
      <dt>{programme.status === 'running' ? 'Fase' : 'Fase bij het einde'}</dt>
      <dd data-testid="programme-phase">{label(PHASE_LABELS, programme.phase)}</dd>
      <dt>Leerjaar</dt>
      <dd>{programme.studyYear ?? '—'}</dd>
      <dt>Einde termijn</dt>
      <dd>
        {formatDate(programme.plannedEnd)}
        {programme.status === 'running' && ` (nog ${programme.monthsLeft} ${programme.monthsLeft === 1 ? 'maand' : 'maanden'})`}
      </dd>
      <dt>Datum VOG</dt>
      <dd>{formatDate(programme.conductCertificateDate)}</dd>
      {programme.dropoutReason && (
        <>
          <dt>Reden uitval</dt>
          <dd data-testid="dropout-reason">
            {label(DROPOUT_REASON_LABELS, programme.dropoutReason)} ({label(PHASE_LABELS, programme.dropoutPhase)})
          </dd>
        </>
      )}
      {programme.previousProgrammeId && (
        <>
          <dt>Vorig traject</dt>
          <dd>
            <Link to={programmePath(programme.previousProgrammeId)}>Traject vóór de routewissel</Link>
          </dd>
        </>
      )}
      {programme.nextProgrammeId && (
        <>
          <dt>Vervolg</dt>
          <dd>
            <Link to={programmePath(programme.nextProgrammeId)}>Traject op de nieuwe route</Link>
          </dd>
        </>
      )}
    </dl>
  );
}

type Outcome = 'qualify' | 'dropout' | 'extend' | 'switch';

const OUTCOME_BUTTONS: [Outcome, string][] = [
  ['qualify', 'Bevoegd verklaren'],
  ['dropout', 'Uitval vastleggen'],
  ['extend', 'Termijn verlengen'],
  ['switch', 'Andere route'],
];

/** The outcome actions of a running programme: one form open at a time. */
function OutcomeSection({ programme }: { programme: Programme }) {
  const { mode, open, close } = useOpenForm<Outcome>('outcome-title');
  return (
    <SectionCard name="outcome" title="Uitkomst en termijn">
      {!mode && (
        <div className="actions">
          {OUTCOME_BUTTONS.map(([outcome, text]) => (
            <button key={outcome} type="button" className={outcome === 'qualify' ? undefined : 'secondary'} onClick={() => open(outcome)}>
              {text}
            </button>
          ))}
        </div>
      )}
      {mode === 'qualify' && <QualifyForm programme={programme} onClose={close} />}
      {mode === 'dropout' && <DropoutForm programme={programme} onClose={close} />}
      {mode === 'extend' && <ExtendForm programme={programme} onClose={close} />}
      {mode === 'switch' && <SwitchRouteForm programme={programme} onClose={close} />}
    </SectionCard>
  );
}

/** The board's subsidy zij-instroom: what was applied, decided and spent; after a dropout the repayment risk and the task. */
function SubsidySection({ programme }: { programme: Programme }) {
  const { mode, open, close } = useOpenForm<'edit'>('subsidy-title');
  const done = useMarkTaskDone();
  const { subsidy, repaymentTask: task } = programme;
  const editable = programme.status !== 'route_switched';
  return (
    <SectionCard name="subsidy" title="Subsidie zij-instroom">
      {programme.repaymentRisk !== null && (
        <p className="alert alert-error" data-testid="repayment-risk">
          Risico op terugbetaling: {formatEuros(programme.repaymentRisk)} (niet besteed deel).
        </p>
      )}
      {task && (
        <div className="card" data-testid="repayment-task">
          <h3>Taak: meld de uitval bij DUO</h3>
          {task.doneAt ? (
            <p>Gemeld bij DUO op {formatDate(task.doneAt)}.</p>
          ) : (
            <>
              <p>Het schoolbestuur meldt direct bij DUO dat deze persoon is gestopt, en markeert de taak daarna als gedaan.</p>
              <ErrorMessage>{done.error ? errorText(done.error) : ''}</ErrorMessage>
              <button type="button" onClick={() => done.mutate(task.id)} disabled={done.isPending}>
                Gemeld bij DUO
              </button>
            </>
          )}
        </div>
      )}
      {subsidy ? (
        <dl className="details" data-testid="subsidy-details">
          <dt>Aangevraagd op</dt>
          <dd>{formatDate(subsidy.appliedOn)}</dd>
          <dt>Bedrag</dt>
          <dd>{formatEuros(subsidy.amount)}</dd>
          <dt>Besluit DUO</dt>
          <dd>{subsidy.decision ? `${label(SUBSIDY_DECISION_LABELS, subsidy.decision)} op ${formatDate(subsidy.decidedOn)}` : 'Nog geen besluit'}</dd>
          <dt>Besteed</dt>
          <dd>{formatEuros(subsidy.amountSpent)}</dd>
        </dl>
      ) : (
        <p className="muted">Er is nog geen subsidie vastgelegd.</p>
      )}
      {editable && !mode && (
        <div className="actions">
          <button type="button" className="secondary" onClick={() => open('edit')}>
            {subsidy ? 'Subsidie bijwerken' : 'Subsidie vastleggen'}
          </button>
        </div>
      )}
      {mode === 'edit' && <SubsidyForm programme={programme} onClose={close} />}
    </SectionCard>
  );
}

function NotFound() {
  const home = useProgrammesHome();
  return (
    <section>
      <h1>Traject niet gevonden</h1>
      <p>
        <Link to={home.path}>Terug naar de trajecten</Link>
      </p>
    </section>
  );
}
