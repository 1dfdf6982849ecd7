import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import type { CandidateListItem, Region, Stage } from '../../api/models';
import { formatDate } from '../../shared/format';
import { FormField, Options } from '../../shared/forms';
import { choicesOf, label, REGION_LABELS, STAGE_LABELS } from '../../shared/labels';
import { DataTable, Listing, type Column } from '../../shared/table';
import { candidatePath } from './candidate-path';
import { fullName, useCandidates, type ListFilters } from './queries';

interface FilterValues {
  stage: Stage | '';
  region: Region | '';
  q: string;
}

/** Empty choices are left out of the request. */
function toFilters(values: FilterValues): ListFilters {
  const q = values.q.trim();
  return { ...(values.stage ? { stage: values.stage } : {}), ...(values.region ? { region: values.region } : {}), ...(q ? { q } : {}) };
}

const COLUMNS: Column<CandidateListItem>[] = [
  { header: 'Naam', cell: (candidate) => <Link to={candidatePath(candidate.id)}>{fullName(candidate)}</Link> },
  { header: 'Referentie', cell: (candidate) => candidate.reference },
  { header: 'E-mailadres', cell: (candidate) => candidate.email },
  { header: 'Regio', cell: (candidate) => label(REGION_LABELS, candidate.region) },
  { header: 'Fase', cell: (candidate) => <span className={`badge stage-${candidate.stage}`}>{label(STAGE_LABELS, candidate.stage)}</span> },
  { header: 'Aangemeld op', cell: (candidate) => formatDate(candidate.appliedAt) },
];

export function CandidateListView() {
  const [filters, setFilters] = useState<ListFilters>({});
  const candidates = useCandidates(filters);
  const items = candidates.data?.pages.flatMap((page) => page.items);
  return (
    <>
      <FilterForm onSearch={setFilters} />
      <Listing rows={items} error={candidates.error} loading={candidates.isFetching} empty="Geen kandidaten gevonden.">
        {(rows) => (
          <DataTable
            label="Kandidaten"
            columns={COLUMNS}
            rows={rows}
            rowKey={(candidate) => candidate.id}
            rowTestId={(candidate) => `candidate-${candidate.id}`}
          />
        )}
      </Listing>
      {candidates.hasNextPage && (
        <button type="button" className="secondary" disabled={candidates.isFetchingNextPage} onClick={() => void candidates.fetchNextPage()}>
          Meer laden
        </button>
      )}
    </>
  );
}

function FilterForm({ onSearch }: { onSearch: (filters: ListFilters) => void }) {
  const form = useForm<FilterValues>({ defaultValues: { stage: '', region: '', q: '' } });
  return (
    <form className="filters" onSubmit={form.handleSubmit((values) => onSearch(toFilters(values)))}>
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
      <FormField form={form} name="q" id="filter-q" label="Zoek op naam of e-mail" grow>
        <input type="search" />
      </FormField>
      <button type="submit">Zoeken</button>
    </form>
  );
}
