import { useState } from 'react';
import { Link } from 'react-router';
import type { CandidateListItem } from '../../api/models';
import { label, REGION_LABELS, STAGE_LABELS } from '../../shared/labels';
import { ErrorMessage, errorText, Loading } from '../../shared/ui';
import { CandidateListView } from './candidate-list-view';
import { candidatePath } from './candidate-path';
import { fullName, usePipelineColumns, type PipelineColumn } from './queries';

type View = 'columns' | 'list';

/** Candidates shown per column; the rest is counted below it. */
const PER_STAGE = 20;

export function PipelinePage() {
  const [view, setView] = useState<View>('columns');
  return (
    <section>
      <div className="page-title">
        <h1>Kandidaten</h1>
        <div className="toggle" role="group" aria-label="Weergave">
          <ViewButton view="columns" current={view} onSelect={setView}>
            Kolommen
          </ViewButton>
          <ViewButton view="list" current={view} onSelect={setView}>
            Lijst
          </ViewButton>
        </div>
      </div>
      {view === 'columns' ? <ColumnsView /> : <CandidateListView />}
    </section>
  );
}

function ViewButton(props: { view: View; current: View; onSelect: (view: View) => void; children: string }) {
  const selected = props.view === props.current;
  return (
    <button type="button" className={selected ? '' : 'secondary'} aria-pressed={selected} onClick={() => props.onSelect(props.view)}>
      {props.children}
    </button>
  );
}

function ColumnsView() {
  const { columns, error } = usePipelineColumns({ perStage: PER_STAGE });
  return (
    <>
      <ErrorMessage>{error ? errorText(error) : ''}</ErrorMessage>
      {/* Scrolls sideways in its own box: focusable, so the keyboard can scroll it too. */}
      <div className="board" role="region" aria-label="Fasen" tabIndex={0}>
        {columns.map((column) => (
          <StageColumn key={column.stage} column={column} />
        ))}
      </div>
    </>
  );
}

function StageColumn({ column: { stage, count, items } }: { column: PipelineColumn }) {
  return (
    <section className="column" data-testid={`column-${stage}`} aria-labelledby={`column-title-${stage}`}>
      <h2 id={`column-title-${stage}`}>
        {STAGE_LABELS[stage]} <span className="count">{count ?? '…'}</span>
      </h2>
      {!items ? (
        <Loading />
      ) : items.length === 0 ? (
        <p className="muted small">Geen kandidaten</p>
      ) : (
        <ul className="cards">
          {items.map((candidate) => (
            <CandidateCard key={candidate.id} candidate={candidate} />
          ))}
        </ul>
      )}
      {items && (count ?? 0) > items.length && <p className="small muted">en nog {(count ?? 0) - items.length} meer</p>}
    </section>
  );
}

function CandidateCard({ candidate }: { candidate: CandidateListItem }) {
  return (
    <li className="candidate-card" data-testid={`candidate-${candidate.id}`}>
      <Link to={candidatePath(candidate.id)}>{fullName(candidate)}</Link>
      <span className="small muted">
        {candidate.reference} · {label(REGION_LABELS, candidate.region)}
      </span>
    </li>
  );
}
