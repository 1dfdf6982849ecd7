import type { DeadJob } from '../../api/models';
import { formatDateTime } from '../../shared/format';
import { label } from '../../shared/labels';
import { DataTable, Listing, type Column } from '../../shared/table';
import { ErrorMessage, errorText } from '../../shared/ui';
import { JOB_LABELS } from './job-labels';
import { useDeadJobs, useRetryJob } from './queries';

export function OperationsPage() {
  const jobs = useDeadJobs();
  const retry = useRetryJob();
  return (
    <section>
      <h1>Niet verstuurde berichten</h1>
      <p className="muted">
        Lukt het niet een bericht te versturen, dan probeert het systeem het 72 uur lang opnieuw. Wat daarna nog niet verstuurd is, staat hier. Los eerst de
        oorzaak op, bijvoorbeeld een onjuist e-mailadres of een storing van de mailserver, en probeer het bericht dan opnieuw.
      </p>
      {/* Always in the page, so a screen reader announces the message when it appears. */}
      <div role="status" aria-live="polite">
        {retry.isSuccess && <p className="alert alert-success">Het bericht wordt opnieuw verstuurd.</p>}
      </div>
      <ErrorMessage>{retry.error ? errorText(retry.error) : ''}</ErrorMessage>
      <Listing rows={jobs.data} error={jobs.error} empty="Er zijn geen berichten die niet verstuurd konden worden.">
        {(rows) => <DeadJobsTable jobs={rows} busyId={retry.isPending ? retry.variables : undefined} onRetry={(job) => retry.mutate(job.id)} />}
      </Listing>
    </section>
  );
}

interface TableProps {
  jobs: DeadJob[];
  busyId: string | undefined;
  onRetry: (job: DeadJob) => void;
}

function DeadJobsTable({ jobs, busyId, onRetry }: TableProps) {
  const columns: Column<DeadJob>[] = [
    { header: 'Soort bericht', cell: (job) => label(JOB_LABELS, job.name) },
    { header: 'Pogingen', cell: (job) => job.attempts },
    { header: 'Laatste foutcode', cell: (job) => (job.lastErrorCode ? <span className="mono">{job.lastErrorCode}</span> : '—') },
    { header: 'Aangemaakt op', cell: (job) => <time dateTime={job.createdAt}>{formatDateTime(job.createdAt)}</time> },
    { header: 'Opgegeven op', cell: (job) => <time dateTime={job.deadAt}>{formatDateTime(job.deadAt)}</time> },
    {
      header: 'Actie',
      cell: (job) => (
        <button type="button" className="secondary" disabled={busyId === job.id} onClick={() => onRetry(job)}>
          Opnieuw proberen
        </button>
      ),
    },
  ];
  return (
    <DataTable label="Niet verstuurde berichten" columns={columns} rows={jobs} rowKey={(job) => job.id} rowTestId={(job) => `dead-job-${job.id}`} stacked />
  );
}
