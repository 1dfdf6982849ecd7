import { useState } from 'react';
import type { CandidateListItem } from '../../api/models';
import { formatDateTime } from '../../shared/format';
import type { Column } from '../../shared/table';
import { ErrorMessage, errorText } from '../../shared/ui';
import { useBulkAction, type BulkOutcome, type BulkSelection } from './bulk-queries';
import type { PipelineState } from './pipeline-filters';
import { fullName } from './queries';

/** The most one bulk action takes (the API's cap). */
const BULK_MAX = 500;

interface Chosen {
  /** The filters the choice was made under: another filter starts with nothing chosen. */
  filtersKey: string;
  ticked: ReadonlyMap<string, number>;
  allMatching: boolean;
}

/** The candidates ticked on the page, with the version each was shown at, or all that match the filters. */
export function useBulkSelection(filters: PipelineState['filters']) {
  const filtersKey = JSON.stringify(filters);
  const [chosen, setChosen] = useState<Chosen>({ filtersKey, ticked: new Map(), allMatching: false });
  const current = chosen.filtersKey === filtersKey ? chosen : { filtersKey, ticked: new Map<string, number>(), allMatching: false };
  const toggle = (candidate: CandidateListItem, on: boolean) => {
    const ticked = new Map(current.ticked);
    if (on) ticked.set(candidate.id, candidate.version);
    else ticked.delete(candidate.id);
    setChosen({ filtersKey, ticked, allMatching: false });
  };
  const setPage = (items: CandidateListItem[], on: boolean) =>
    setChosen({ filtersKey, ticked: on ? new Map(items.map((item) => [item.id, item.version])) : new Map(), allMatching: false });
  const setAllMatching = (on: boolean) => setChosen({ filtersKey, ticked: new Map(), allMatching: on });
  const clear = () => setAllMatching(false);
  return { ticked: current.ticked, allMatching: current.allMatching, setAllMatching, toggle, setPage, clear };
}

export type BulkSelectionState = ReturnType<typeof useBulkSelection>;

/** The first column of the desk's list: a checkbox per candidate. */
export function selectColumn(selection: BulkSelectionState): Column<CandidateListItem> {
  return {
    header: 'Kies',
    cell: (candidate) => (
      <input
        type="checkbox"
        aria-label={`Kies ${fullName(candidate)} (${candidate.reference})`}
        checked={selection.allMatching || selection.ticked.has(candidate.id)}
        onChange={(event) => selection.toggle(candidate, event.target.checked)}
        data-testid={`select-${candidate.id}`}
      />
    ),
  };
}

interface BarProps {
  selection: BulkSelectionState;
  items: CandidateListItem[];
  total: number | null | undefined;
  filters: PipelineState['filters'];
}

/** Issue 16 item 3: start screening, reject with a reason (undo while the mails wait), or export the selection as CSV. */
export function BulkActionBar({ selection, items, total, filters }: BarProps) {
  const bulk = useBulkAction();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState('');
  const count = selection.allMatching ? (total ?? 0) : selection.ticked.size;
  const body: BulkSelection = selection.allMatching ? { filter: filters } : { candidates: [...selection.ticked].map(([id, version]) => ({ id, version })) };
  const pageTicked = items.length > 0 && items.every((item) => selection.ticked.has(item.id));
  const run = (action: 'screening' | 'export') => bulk.mutate({ action, selection: body }, { onSuccess: () => action === 'screening' && selection.clear() });
  const reject = () => {
    if (reason.trim().length < 3) return setReasonError('Reden van afwijzing is verplicht (minstens 3 tekens).');
    setReasonError('');
    bulk.mutate({ action: 'reject', selection: body, reason: reason.trim() }, { onSuccess: () => (setRejecting(false), setReason(''), selection.clear()) });
  };
  return (
    <div className="card bulk-bar" data-testid="bulk-bar">
      <div className="bulk-choose">
        <label>
          <input type="checkbox" checked={pageTicked && !selection.allMatching} onChange={(event) => selection.setPage(items, event.target.checked)} /> Alle
          kandidaten op deze pagina
        </label>
        {typeof total === 'number' && total > items.length && (
          <label>
            <input
              type="checkbox"
              checked={selection.allMatching}
              disabled={total > BULK_MAX}
              onChange={(event) => (event.target.checked ? selection.setAllMatching(true) : selection.clear())}
            />{' '}
            Alle {total} kandidaten die aan de filters voldoen{total > BULK_MAX ? ` (meer dan ${BULK_MAX}: verfijn de filters)` : ''}
          </label>
        )}
      </div>
      <p data-testid="bulk-count">{count === 1 ? '1 kandidaat gekozen' : `${count} kandidaten gekozen`}</p>
      {count > 0 && !rejecting && (
        <div className="actions">
          <button type="button" disabled={bulk.isPending} onClick={() => run('screening')}>
            Screening starten
          </button>
          <button type="button" className="danger" disabled={bulk.isPending} onClick={() => setRejecting(true)}>
            Afwijzen…
          </button>
          <button type="button" className="secondary" disabled={bulk.isPending} onClick={() => run('export')}>
            Exporteren (CSV)
          </button>
        </div>
      )}
      {rejecting && (
        <div className="bulk-reject">
          <label htmlFor="bulk-reason">Reden van afwijzing</label>
          <p id="bulk-reason-hint" className="small muted">
            De kandidaten krijgen de afwijzing over een paar uur per mail; tot dan kun je het ongedaan maken.
          </p>
          <textarea
            id="bulk-reason"
            rows={3}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={reasonError ? 'bulk-reason-hint bulk-reason-error' : 'bulk-reason-hint'}
          />
          {reasonError && (
            <span id="bulk-reason-error" className="field-error">
              {reasonError}
            </span>
          )}
          <div className="actions">
            <button type="button" className="danger" disabled={bulk.isPending} onClick={reject}>
              {count === 1 ? '1 kandidaat afwijzen' : `${count} kandidaten afwijzen`}
            </button>
            <button type="button" className="secondary" onClick={() => setRejecting(false)}>
              Terug
            </button>
          </div>
        </div>
      )}
      <ErrorMessage>{bulk.error ? errorText(bulk.error) : ''}</ErrorMessage>
      <div role="status" data-testid="bulk-result">
        {bulk.data && <BulkSummary outcome={bulk.data} onUndo={(batchId) => bulk.mutate({ action: 'undo', batchId })} busy={bulk.isPending} />}
      </div>
    </div>
  );
}

const DONE: Record<BulkOutcome['action'], string> = {
  screening: 'in screening gezet',
  reject: 'afgewezen',
  undo: 'weer geopend',
  export: 'geëxporteerd',
};

function BulkSummary({ outcome, onUndo, busy }: { outcome: BulkOutcome; onUndo: (batchId: string) => void; busy: boolean }) {
  if (outcome.action === 'export') return <p>De export is gedownload (kandidaten.csv).</p>;
  const { succeeded, failed } = outcome.result;
  return (
    <>
      <p>
        {succeeded.length} {succeeded.length === 1 ? 'kandidaat' : 'kandidaten'} {DONE[outcome.action]}
        {failed.length > 0 ? `; ${failed.length} niet:` : '.'}
      </p>
      {failed.length > 0 && (
        <ul className="small">
          {failed.map((failure) => (
            <li key={failure.id}>
              {failure.reference || 'Onbekende kandidaat'}: {failure.reason}
            </li>
          ))}
        </ul>
      )}
      {outcome.action === 'reject' && succeeded.length > 0 && (
        <p>
          De afwijzingsmails gaan op {formatDateTime(outcome.result.mailDueAt)} uit.{' '}
          <button type="button" className="secondary" disabled={busy} onClick={() => onUndo(outcome.result.batchId)}>
            Afwijzen ongedaan maken
          </button>
        </p>
      )}
    </>
  );
}
