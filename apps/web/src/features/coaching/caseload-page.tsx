import { Link } from 'react-router';
import { formatDate } from '../../shared/format';
import { label } from '../../shared/labels';
import { DataTable, Listing, type Column } from '../../shared/table';
import { programmePath } from '../programmes/programme-labels';
import { COACHING_ATTENTION_LABELS, progressText, type CaseloadItem } from './coaching-labels';
import { useCaseload } from './queries';

const COLUMNS: Column<CaseloadItem>[] = [
  {
    header: 'Kandidaat',
    cell: ({ programme }) => (
      <>
        <Link to={programmePath(programme.id)}>{programme.candidateName || 'Traject bekijken'}</Link>
        <span className="small muted"> {programme.candidateReference}</span>
      </>
    ),
  },
  { header: 'Schoolbestuur', cell: ({ programme }) => programme.boardName },
  { header: 'Route', cell: ({ programme }) => programme.routeName },
  { header: 'Leerjaar', cell: ({ programme }) => programme.studyYear ?? '—' },
  {
    header: 'Voortgang',
    cell: ({ progress }) =>
      progress.length === 0
        ? '—'
        : progress.map((year) => (
            <div key={year.studyYear}>
              Leerjaar {year.studyYear}: {progressText(year)}
            </div>
          )),
  },
  { header: 'Laatste begeleiding', cell: ({ lastSessionOn }) => (lastSessionOn ? formatDate(lastSessionOn) : 'Nog geen') },
  {
    header: 'Aandacht nodig',
    cell: ({ attention }) =>
      attention.length === 0
        ? '—'
        : attention.map((reason) => (
            <span key={reason} className="badge attention" data-testid="coaching-attention">
              {label(COACHING_ATTENTION_LABELS, reason)}
            </span>
          )),
  },
];

/** `/begeleiding`: a coach's home, the programmes assigned to them with their progress and what needs attention. */
export function CaseloadPage() {
  const caseload = useCaseload();
  return (
    <section>
      <h1>Mijn trajecten</h1>
      <p className="small muted">
        Voortgang: de uren begeleiding per leerjaar tegen de norm tot vandaag. Aandacht nodig bij meer dan 25% achter op de norm, 28 dagen geen begeleiding, of
        risico op uitval.
      </p>
      <section className="card" aria-labelledby="caseload-title">
        <h2 id="caseload-title">Trajecten die ik begeleid</h2>
        <Listing rows={caseload.data} error={caseload.error} empty="Er zijn u nog geen trajecten toegewezen.">
          {(rows) => (
            <DataTable
              label="Trajecten die ik begeleid"
              columns={COLUMNS}
              rows={rows}
              rowKey={(row) => row.programme.id}
              rowTestId={(row) => `caseload-row-${row.programme.id}`}
              stacked
            />
          )}
        </Listing>
      </section>
    </section>
  );
}
