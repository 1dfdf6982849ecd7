import { Link } from 'react-router';
import { formatDate, formatDateTime } from '../../shared/format';
import { useOpenForm } from '../../shared/forms';
import { DataTable, Listing, type Column } from '../../shared/table';
import { programmePath } from '../programmes/programme-labels';
import { AssignCoachForm } from './coaching-forms';
import type { NeedingCoach } from './coaching-labels';
import { useNeedingCoach } from './queries';

/** `/zonder-coach`: running programmes no coach could be assigned to (R9); staff assign one by hand. */
export function NeedingCoachPage() {
  const needing = useNeedingCoach();
  const { mode, open, close } = useOpenForm<NeedingCoach>('needing-coach-title');
  const columns: Column<NeedingCoach>[] = [
    { header: 'Kandidaat', cell: ({ programme }) => <Link to={programmePath(programme.id)}>{programme.candidateName || 'Traject bekijken'}</Link> },
    { header: 'Schoolbestuur', cell: ({ programme }) => programme.boardName },
    { header: 'Start', cell: ({ programme }) => formatDate(programme.startDate) },
    { header: 'Zonder coach sinds', cell: (row) => formatDate(row.since) },
    { header: 'Laatst geprobeerd', cell: (row) => formatDateTime(row.lastTriedAt) },
    {
      header: 'Actie',
      cell: (row) => (
        <button type="button" onClick={() => open(row)} aria-label={`Coach toewijzen aan ${row.programme.candidateName}`}>
          Coach toewijzen
        </button>
      ),
    },
  ];
  return (
    <section>
      <h1>Trajecten zonder coach</h1>
      <section className="card" aria-labelledby="needing-coach-title">
        <h2 id="needing-coach-title" tabIndex={-1}>
          Zonder coach
        </h2>
        <p className="small muted">De toewijzing probeert het elke dag opnieuw; wijs hier met de hand een coach toe.</p>
        <Listing rows={needing.data} error={needing.error} empty="Alle lopende trajecten hebben een coach.">
          {(rows) => (
            <DataTable
              label="Trajecten zonder coach"
              columns={columns}
              rows={rows}
              rowKey={(row) => row.programme.id}
              rowTestId={(row) => `needing-coach-${row.programme.id}`}
              stacked
            />
          )}
        </Listing>
        {mode && <AssignCoachForm key={mode.programme.id} programmeId={mode.programme.id} candidateName={mode.programme.candidateName} onClose={close} />}
      </section>
    </section>
  );
}
