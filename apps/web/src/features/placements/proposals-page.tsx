import { Link } from 'react-router';
import { useViewer } from '../../app/auth';
import { formatDateTime } from '../../shared/format';
import { useOpenForm } from '../../shared/forms';
import { label } from '../../shared/labels';
import { DataTable, Listing, type Column } from '../../shared/table';
import { candidatePath } from '../candidates/candidate-path';
import { PROPOSAL_STATUS_LABELS } from './placement-labels';
import { DeclineForm, PlacementForm } from './placement-forms';
import { useProposals, type Proposal } from './queries';

type OpenForm = { kind: 'place' | 'decline'; proposal: Proposal };

/** Open proposals first, the newest on top. */
function byOpenFirst(a: Proposal, b: Proposal): number {
  if ((a.status === 'proposed') !== (b.status === 'proposed')) return a.status === 'proposed' ? -1 : 1;
  return b.proposedAt.localeCompare(a.proposedAt);
}

/** "Voorstellen": the candidates Flevowijs proposed to the board, to place ("Plaatsen") or decline with a reason ("Afwijzen"). */
export function ProposalsPage() {
  const viewer = useViewer();
  const proposals = useProposals();
  const { mode, open, close } = useOpenForm<OpenForm>('proposals-title');
  const columns: Column<Proposal>[] = [
    {
      header: 'Kandidaat',
      cell: (proposal) => (
        <>
          <Link to={candidatePath(proposal.candidateId)}>{proposal.candidateName || 'Kandidaat bekijken'}</Link>
          <span className="small muted"> {proposal.candidateReference}</span>
        </>
      ),
    },
    { header: 'Voorgesteld op', cell: (proposal) => formatDateTime(proposal.proposedAt) },
    { header: 'Toelichting', cell: (proposal) => proposal.note ?? '—' },
    {
      header: 'Status',
      cell: (proposal) => (proposal.declineReason ? `Afgewezen: ${proposal.declineReason}` : label(PROPOSAL_STATUS_LABELS, proposal.status)),
    },
    {
      header: 'Actie',
      cell: (proposal) =>
        proposal.status === 'proposed' ? (
          <div className="actions">
            <button type="button" onClick={() => open({ kind: 'place', proposal })} aria-label={`Plaatsen: ${proposal.candidateName}`}>
              Plaatsen
            </button>
            <button type="button" className="secondary" onClick={() => open({ kind: 'decline', proposal })} aria-label={`Afwijzen: ${proposal.candidateName}`}>
              Afwijzen
            </button>
          </div>
        ) : (
          '—'
        ),
    },
  ];
  return (
    <section>
      <h1 id="proposals-title" tabIndex={-1}>
        Voorstellen
      </h1>
      <p className="muted">Kandidaten die Flevowijs aan jullie schoolbestuur voorstelt. Plaats een kandidaat op een school, of wijs het voorstel af.</p>
      {mode?.kind === 'place' && viewer.boardId && (
        <PlacementForm
          key={mode.proposal.id}
          candidateId={mode.proposal.candidateId}
          candidateName={mode.proposal.candidateName}
          boardId={viewer.boardId}
          onClose={close}
        />
      )}
      {mode?.kind === 'decline' && (
        <DeclineForm key={mode.proposal.id} proposalId={mode.proposal.id} candidateName={mode.proposal.candidateName} onClose={close} />
      )}
      <Listing rows={proposals.data ? [...proposals.data].sort(byOpenFirst) : undefined} error={proposals.error} empty="Er zijn geen voorstellen.">
        {(rows) => (
          <DataTable
            label="Voorstellen"
            columns={columns}
            rows={rows}
            rowKey={(proposal) => proposal.id}
            rowTestId={(proposal) => `proposal-${proposal.candidateId}`}
          />
        )}
      </Listing>
    </section>
  );
}
