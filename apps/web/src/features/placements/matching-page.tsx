import { Link } from 'react-router';
import { useOpenForm } from '../../shared/forms';
import { label, STAGE_LABELS } from '../../shared/labels';
import { DataTable, Listing, type Column } from '../../shared/table';
import { candidatePath } from '../candidates/candidate-path';
import { PROPOSAL_STATUS_LABELS } from './placement-labels';
import { ProposalForm } from './placement-forms';
import { useMatchingPool, type PoolCandidate } from './queries';

/** "Matching": candidates from interview_passed on without a placement, the boards that would employ them, and proposals to boards. */
export function MatchingPage() {
  const pool = useMatchingPool();
  const { mode: proposing, open, close } = useOpenForm<PoolCandidate>('matching-title');
  const columns: Column<PoolCandidate>[] = [
    {
      header: 'Kandidaat',
      cell: (candidate) => (
        <>
          <Link to={candidatePath(candidate.candidateId)}>{candidate.name}</Link>
          <span className="small muted"> {candidate.reference}</span>
        </>
      ),
    },
    { header: 'Fase', cell: (candidate) => label(STAGE_LABELS, candidate.stage) },
    { header: 'Wil in dienst nemen', cell: (candidate) => candidate.employingBoards.map((board) => board.boardName).join(', ') || '—' },
    {
      header: 'Voorstellen',
      cell: (candidate) =>
        candidate.proposals.map((proposal) => `${proposal.boardName}: ${label(PROPOSAL_STATUS_LABELS, proposal.status).toLowerCase()}`).join('; ') || '—',
    },
    {
      header: 'Actie',
      cell: (candidate) => (
        <button type="button" className="secondary" onClick={() => open(candidate)} aria-label={`Voorstellen aan schoolbestuur: ${candidate.name}`}>
          Voorstellen aan schoolbestuur
        </button>
      ),
    },
  ];
  return (
    <section>
      <h1 id="matching-title" tabIndex={-1}>
        Matching
      </h1>
      <p className="muted">Kandidaten die het selectiegesprek hebben gehaald en nog niet geplaatst zijn.</p>
      {proposing && <ProposalForm key={proposing.candidateId} candidateId={proposing.candidateId} candidateName={proposing.name} onClose={close} />}
      <Listing rows={pool.data} error={pool.error} empty="Er wachten geen kandidaten op een plaatsing.">
        {(rows) => (
          <DataTable
            label="Matchingpool"
            columns={columns}
            rows={rows}
            rowKey={(candidate) => candidate.candidateId}
            rowTestId={(candidate) => `pool-${candidate.candidateId}`}
          />
        )}
      </Listing>
    </section>
  );
}
