import { useEffect } from 'react';
import { Link } from 'react-router';
import type { CandidateListItem } from '../../api/models';
import { daysInStageText, formatDate } from '../../shared/format';
import { label, REGION_LABELS, STAGE_LABELS } from '../../shared/labels';
import { DataTable, Listing, type Column } from '../../shared/table';
import { isCentralDesk, useViewer } from '../../app/auth';
import { BulkActionBar, selectColumn, useBulkSelection } from './bulk-action-bar';
import { candidatePath } from './candidate-path';
import { SORT_LABELS, type PipelineState, type Sort } from './pipeline-filters';
import { fullName, useCandidates } from './queries';

const COLUMNS: Column<CandidateListItem>[] = [
  { header: 'Naam', cell: (candidate) => <Link to={candidatePath(candidate.id)}>{fullName(candidate)}</Link> },
  { header: 'Referentie', cell: (candidate) => candidate.reference },
  { header: 'E-mailadres', cell: (candidate) => candidate.email },
  { header: 'Regio', cell: (candidate) => label(REGION_LABELS, candidate.region) },
  { header: 'Fase', cell: (candidate) => <span className={`badge stage-${candidate.stage}`}>{label(STAGE_LABELS, candidate.stage)}</span> },
  { header: 'In deze fase', cell: (candidate) => daysInStageText(candidate.stageChangedAt) },
  { header: 'Aangemeld op', cell: (candidate) => formatDate(candidate.appliedAt) },
];

/** The list in the address's order; as many pages as the address says are loaded again after a reload. */
export function CandidateListView({ state, onChange }: { state: PipelineState; onChange: (change: Partial<PipelineState>) => void }) {
  const candidates = useCandidates({ ...state.filters, sort: state.sort });
  const desk = isCentralDesk(useViewer());
  const selection = useBulkSelection(state.filters);
  const pages = candidates.data?.pages;
  const items = pages?.flatMap((page) => page.items);
  const total = pages?.[0]?.total;
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = candidates;
  useEffect(() => {
    if (pages && pages.length < state.pages && hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [pages, state.pages, hasNextPage, isFetchingNextPage, fetchNextPage]);
  return (
    <>
      <div className="list-heading">
        <p role="status" data-testid="candidate-total">
          {typeof total === 'number' ? (total === 1 ? '1 kandidaat' : `${total} kandidaten`) : ''}
        </p>
        <label htmlFor="list-sort">Sorteren op</label>{' '}
        <select id="list-sort" value={state.sort} onChange={(event) => onChange({ sort: event.target.value as Sort, pages: 1 })}>
          {Object.entries(SORT_LABELS).map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      </div>
      {desk && items && <BulkActionBar selection={selection} items={items} total={total} filters={state.filters} />}
      <Listing rows={items} error={candidates.error} loading={candidates.isFetching} empty="Geen kandidaten gevonden.">
        {(rows) => (
          <DataTable
            label="Kandidaten"
            columns={desk ? [selectColumn(selection), ...COLUMNS] : COLUMNS}
            rows={rows}
            rowKey={(candidate) => candidate.id}
            rowTestId={(candidate) => `candidate-${candidate.id}`}
          />
        )}
      </Listing>
      {hasNextPage && (
        <button
          type="button"
          className="secondary"
          disabled={isFetchingNextPage}
          onClick={() => {
            onChange({ pages: (pages?.length ?? 1) + 1 });
          }}
        >
          Meer laden
        </button>
      )}
    </>
  );
}
