import { Link } from 'react-router';
import { formatDate } from '../../shared/format';
import { label } from '../../shared/labels';
import { DataTable, Listing, type Column } from '../../shared/table';
import { programmePath } from '../programmes/programme-labels';
import { RISK_LEVEL_NAMES, type AtRisk } from './coaching-labels';
import { useAtRisk } from './queries';

const COLUMNS: Column<AtRisk>[] = [
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
  { header: 'Niveau', cell: ({ risk }) => <span className="badge">{label(RISK_LEVEL_NAMES, risk.level)}</span> },
  { header: 'Toelichting', cell: ({ risk }) => risk.note },
  { header: 'Coach', cell: ({ coachName }) => coachName ?? 'Nog geen coach' },
  { header: 'Sinds', cell: ({ risk }) => formatDate(risk.flaggedAt) },
];

/** `/risico`: every programme a coach (or staff) flagged at risk of uitval, for the central desk. */
export function AtRiskPage() {
  const atRisk = useAtRisk();
  return (
    <section>
      <h1>Risico op uitval</h1>
      <p className="small muted">Trajecten die een coach of medewerker als risico op uitval heeft gemeld, met het niveau en een korte toelichting.</p>
      <section className="card" aria-labelledby="at-risk-title">
        <h2 id="at-risk-title">Gemelde trajecten</h2>
        <Listing rows={atRisk.data} error={atRisk.error} empty="Er is geen traject met risico op uitval gemeld.">
          {(rows) => (
            <DataTable
              label="Trajecten met risico op uitval"
              columns={COLUMNS}
              rows={rows}
              rowKey={(row) => row.programme.id}
              rowTestId={(row) => `at-risk-${row.programme.id}`}
              stacked
            />
          )}
        </Listing>
      </section>
    </section>
  );
}
