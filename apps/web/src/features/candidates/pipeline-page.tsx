import { useForm } from 'react-hook-form';
import { Link, useSearchParams } from 'react-router';
import type { CandidateListItem, Region, Stage } from '../../api/models';
import { daysInStageText } from '../../shared/format';
import { FormField, Options } from '../../shared/forms';
import { choicesOf, label, REGION_LABELS, STAGE_LABELS } from '../../shared/labels';
import { ErrorMessage, errorText, Loading } from '../../shared/ui';
import { CandidateListView } from './candidate-list-view';
import { candidatePath } from './candidate-path';
import { pipelineSearch, readPipelineState, type PipelineState, type View } from './pipeline-filters';
import { fullName, usePipelineColumns, type PipelineColumn } from './queries';

/** Candidates shown per column; the rest is counted below it. */
const PER_STAGE = 20;

/** `/kandidaten`: view, filters, sort and page live in the address, so a reload or a shared link shows the same. */
export function PipelinePage() {
  const [params, setParams] = useSearchParams();
  const state = readPipelineState(params);
  const update = (change: Partial<PipelineState>) => setParams(pipelineSearch({ ...state, ...change }));
  return (
    <section>
      <div className="page-title">
        <h1>Kandidaten</h1>
        <div className="toggle" role="group" aria-label="Weergave">
          <ViewButton view="columns" current={state.view} onSelect={(view) => update({ view, pages: 1 })}>
            Kolommen
          </ViewButton>
          <ViewButton view="list" current={state.view} onSelect={(view) => update({ view })}>
            Lijst
          </ViewButton>
        </div>
      </div>
      {/* A fresh form when the address changes (back, forward, a column's link), so it shows what is filtered. */}
      <FilterForm key={params.toString()} state={state} onSearch={(filters) => update({ filters, pages: 1 })} />
      {state.view === 'columns' ? <ColumnsView state={state} /> : <CandidateListView state={state} onChange={update} />}
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

interface FilterValues {
  stage: Stage | '';
  region: Region | '';
  q: string;
}

function FilterForm({ state, onSearch }: { state: PipelineState; onSearch: (filters: PipelineState['filters']) => void }) {
  const form = useForm<FilterValues>({
    defaultValues: { stage: state.filters.stage ?? '', region: state.filters.region ?? '', q: state.filters.q ?? '' },
  });
  const submit = form.handleSubmit((values) => {
    const q = values.q.trim();
    onSearch({ ...(values.stage ? { stage: values.stage } : {}), ...(values.region ? { region: values.region } : {}), ...(q ? { q } : {}) });
  });
  return (
    <form className="filters" onSubmit={submit} role="search" aria-label="Kandidaten zoeken">
      <FormField form={form} name="stage" id="filter-stage" label="Fase">
        <select>
          <Options all="Alle fasen" choices={choicesOf(STAGE_LABELS)} />
        </select>
      </FormField>
      <FormField form={form} name="region" id="filter-region" label="Regio">
        <select>
          <Options all="Alle regio's" choices={choicesOf(REGION_LABELS)} />
        </select>
      </FormField>
      <FormField form={form} name="q" id="filter-q" label="Zoek op naam, e-mail of referentie" grow>
        <input type="search" />
      </FormField>
      <button type="submit">Zoeken</button>
    </form>
  );
}

function ColumnsView({ state }: { state: PipelineState }) {
  const { columns, error } = usePipelineColumns({ ...state.filters, perStage: PER_STAGE });
  const shown = state.filters.stage ? columns.filter((column) => column.stage === state.filters.stage) : columns;
  return (
    <>
      <ErrorMessage>{error ? errorText(error) : ''}</ErrorMessage>
      {/* Scrolls sideways in its own box: focusable, so the keyboard can scroll it too. */}
      <div className="board" role="region" aria-label="Fasen" tabIndex={0}>
        {shown.map((column) => (
          <StageColumn key={column.stage} column={column} state={state} />
        ))}
      </div>
    </>
  );
}

function StageColumn({ column: { stage, count, items }, state }: { column: PipelineColumn; state: PipelineState }) {
  const rest = (count ?? 0) - (items?.length ?? 0);
  // "en nog N meer" opens the list of this stage, with the other filters kept.
  const moreLink = `?${pipelineSearch({ ...state, view: 'list', filters: { ...state.filters, stage }, pages: 1 }).toString()}`;
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
      {items && rest > 0 && (
        <p className="small">
          <Link to={moreLink}>en nog {rest} meer</Link>
        </p>
      )}
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
      <span className="small muted">{daysInStageText(candidate.stageChangedAt)}</span>
    </li>
  );
}
