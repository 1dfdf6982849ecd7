import { Link, useSearchParams } from 'react-router';
import { formatDate } from '../../shared/format';
import { Options, useOpenForm } from '../../shared/forms';
import { choicesOf, label, STAGE_LABELS } from '../../shared/labels';
import { DataTable, Listing, type Column } from '../../shared/table';
import { ErrorMessage, errorText, SectionCard } from '../../shared/ui';
import { candidatePath } from '../candidates/candidate-path';
import { StartProgrammeForm } from './programme-forms';
import {
  ATTENTION_LABELS,
  PHASE_LABELS,
  PROGRAMME_STATUS_LABELS,
  formatEuros,
  formatPercent,
  programmePath,
  type Programme,
  type ProgrammeStatus,
  type ReadyCandidate,
  type Uitval,
} from './programme-labels';
import { useMarkTaskDone, useOpenTasks, useProgrammes, useReadyToStart, useUitval, type ProgrammeFilters } from './queries';

const COLUMNS: Column<Programme>[] = [
  {
    header: 'Kandidaat',
    cell: (programme) => (
      <>
        <Link to={programmePath(programme.id)}>{programme.candidateName || 'Traject bekijken'}</Link>
        <span className="small muted"> {programme.candidateReference}</span>
      </>
    ),
  },
  { header: 'Schoolbestuur', cell: (programme) => programme.boardName },
  { header: 'Route', cell: (programme) => programme.routeName },
  { header: 'Start', cell: (programme) => formatDate(programme.startDate) },
  { header: 'Fase', cell: (programme) => label(PHASE_LABELS, programme.phase) },
  { header: 'Leerjaar', cell: (programme) => programme.studyYear ?? '—' },
  { header: 'Einde gepland', cell: (programme) => formatDate(programme.plannedEnd) },
  { header: 'Maanden over', cell: (programme) => (programme.status === 'running' ? programme.monthsLeft : '—') },
  {
    header: 'Aandacht nodig',
    cell: (programme) =>
      programme.attention.length === 0
        ? '—'
        : programme.attention.map((reason) => (
            <span key={reason} className="badge attention" data-testid="attention">
              {label(ATTENTION_LABELS, reason)}
            </span>
          )),
  },
  { header: 'Status', cell: (programme) => label(PROGRAMME_STATUS_LABELS, programme.status) },
];

const isStatus = (value: string | null): value is ProgrammeStatus => value !== null && value in PROGRAMME_STATUS_LABELS;
const COHORT = /^\d{4}-\d{4}$/;

/** `/trajecten`: the board's tasks, placed candidates to start, the programmes (running by default) and uitval per cohort. */
export function ProgrammesPage() {
  const [params, setParams] = useSearchParams();
  const status = params.get('status');
  const cohort = params.get('cohort');
  // Running programmes unless the address asks otherwise ("alle" shows every status).
  const filters: ProgrammeFilters = {
    ...(status === 'alle' ? {} : { status: isStatus(status) ? status : 'running' }),
    ...(cohort && COHORT.test(cohort) ? { cohort } : {}),
  };
  const programmes = useProgrammes(filters);
  const uitval = useUitval();
  const update = (name: 'status' | 'cohort', value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next);
  };
  return (
    <section>
      <h1>Trajecten</h1>
      <TasksCard />
      <ReadyCard />
      <section className="card" aria-labelledby="programmes-title">
        <h2 id="programmes-title">Trajecten</h2>
        <div className="filters">
          <div className="field">
            <label htmlFor="programmes-status">Status</label>
            <select
              id="programmes-status"
              value={status === 'alle' ? 'alle' : (filters.status ?? '')}
              onChange={(event) => update('status', event.target.value)}
            >
              <Options choices={[...choicesOf(PROGRAMME_STATUS_LABELS), ['alle', 'Alle']]} />
            </select>
          </div>
          <div className="field">
            <label htmlFor="programmes-cohort">Cohort</label>
            <select id="programmes-cohort" value={filters.cohort ?? ''} onChange={(event) => update('cohort', event.target.value)}>
              <Options all="Alle cohorten" choices={(uitval.data ?? []).map((row) => [row.cohort, row.cohort])} />
            </select>
          </div>
        </div>
        <Listing rows={programmes.data} error={programmes.error} empty="Geen trajecten met deze keuze.">
          {(rows) => <DataTable label="Trajecten" columns={COLUMNS} rows={rows} rowKey={(row) => row.id} rowTestId={(row) => `programme-row-${row.id}`} />}
        </Listing>
      </section>
      <UitvalCard rows={uitval.data} error={uitval.error} />
    </section>
  );
}

/** The board's open tasks: tell DUO at once that a subsidised person stopped early, then mark it done. */
function TasksCard() {
  const tasks = useOpenTasks();
  const done = useMarkTaskDone();
  if (!tasks.data || tasks.data.length === 0) return null;
  return (
    <SectionCard name="tasks" title="Taken">
      <ErrorMessage>{done.error ? errorText(done.error) : ''}</ErrorMessage>
      <ul className="plain-list">
        {tasks.data.map((task) => (
          <li key={task.id} data-testid={`task-${task.id}`}>
            <p>
              Meld bij DUO dat <Link to={programmePath(task.programmeId)}>{task.candidateName}</Link> ({task.candidateReference}) is gestopt; terug te betalen:{' '}
              {formatEuros(task.repaymentRisk)}.
            </p>
            <button type="button" onClick={() => done.mutate(task.id)} disabled={done.isPending}>
              Gemeld bij DUO
            </button>
          </li>
        ))}
      </ul>
    </SectionCard>
  );
}

/** Placed candidates without a programme: start one once the assessment is passed. */
function ReadyCard() {
  const ready = useReadyToStart();
  const { mode, open, close } = useOpenForm<ReadyCandidate>('ready-title');
  if (!ready.data || ready.data.length === 0) return null;
  const columns: Column<ReadyCandidate>[] = [
    { header: 'Kandidaat', cell: (row) => <Link to={candidatePath(row.candidateId)}>{row.candidateName}</Link> },
    { header: 'Schoolbestuur', cell: (row) => row.boardName },
    { header: 'Geplaatst sinds', cell: (row) => formatDate(row.placementStartDate) },
    { header: 'Fase', cell: (row) => label(STAGE_LABELS, row.stage) },
    {
      header: 'Actie',
      cell: (row) =>
        row.stage === 'assessment_passed' ? (
          <button type="button" onClick={() => open(row)} aria-label={`Traject starten voor ${row.candidateName}`}>
            Traject starten
          </button>
        ) : (
          <span className="small muted">Wacht op het geschiktheidsonderzoek</span>
        ),
    },
  ];
  return (
    <SectionCard name="ready" title="Geplaatst, nog geen traject">
      <DataTable label="Geplaatst, nog geen traject" columns={columns} rows={ready.data} rowKey={(row) => row.candidateId} />
      {mode && <StartProgrammeForm key={mode.candidateId} candidate={mode} onClose={close} />}
    </SectionCard>
  );
}

const UITVAL_COLUMNS: Column<Uitval>[] = [
  { header: 'Cohort', cell: (row) => row.cohort },
  { header: 'Gestart', cell: (row) => row.started },
  { header: 'Bevoegd', cell: (row) => row.qualified },
  { header: 'Uitgevallen', cell: (row) => row.droppedOut },
  { header: 'Termijn verlopen', cell: (row) => row.termExpired },
  { header: 'Uitval', cell: (row) => `${formatPercent(row.rate)} (${row.uitval} van ${row.started})` },
  { header: 'Doel < 10%', cell: (row) => (row.targetMet === null ? '—' : row.targetMet ? 'Gehaald' : 'Niet gehaald') },
  { header: 'Andere route', cell: (row) => row.routeSwitched },
  { header: 'Loopt (over de termijn)', cell: (row) => `${row.running} (${row.runningOverdue})` },
];

/** R11: uitval per cohort, counted over the people who started a programme. */
function UitvalCard({ rows, error }: { rows: Uitval[] | undefined; error: unknown }) {
  return (
    <SectionCard name="uitval" title="Uitval per cohort">
      <p className="small muted">
        Uitval = uitgevallen + termijn verlopen, gedeeld door het aantal gestarte personen. Een routewissel telt apart, niet als uitval.
      </p>
      <Listing rows={rows} error={error} empty="Nog geen gestarte trajecten.">
        {(items) => (
          <DataTable label="Uitval per cohort" columns={UITVAL_COLUMNS} rows={items} rowKey={(row) => row.cohort} rowTestId={(row) => `uitval-${row.cohort}`} />
        )}
      </Listing>
    </SectionCard>
  );
}
