import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useSearchParams } from 'react-router';
import { z } from 'zod';
import type { AuditActor, AuditEntry } from '../../api/models';
import { FormField, Options } from '../../shared/forms';
import { formatDateTime } from '../../shared/format';
import { DataTable, Listing, type Column } from '../../shared/table';
import { candidatePath } from '../candidates/candidate-path';
import { ACTION_LABELS, actorRoleLabel, auditLabel, ENTITY_LABELS, FIELD_LABELS } from './audit-labels';
import { auditSearch, readAuditState, type AuditState } from './audit-filters';
import { useAuditActors, useAuditEntries } from './queries';

const COLUMNS: Column<AuditEntry>[] = [
  { header: 'Tijdstip', cell: (item) => <time dateTime={item.at}>{formatDateTime(item.at)}</time> },
  { header: 'Door', cell: (item) => <Actor item={item} /> },
  { header: 'Actie', cell: (item) => auditLabel(ACTION_LABELS, item.action) },
  { header: 'Gegeven', cell: (item) => <Subject item={item} /> },
  {
    header: 'Gewijzigde velden',
    cell: (item) => (item.changedFields.length ? item.changedFields.map((field) => auditLabel(FIELD_LABELS, field)).join(', ') : '—'),
  },
];

function Actor({ item }: { item: AuditEntry }) {
  const role = actorRoleLabel(item.actorRole);
  return (
    <>
      {item.actorName ?? (item.actorRole === 'public' ? 'Publiek' : 'Systeem')}
      {item.actorName && role && <span className="small muted"> ({role})</span>}
    </>
  );
}

/** The entity in Dutch; a candidate by name and reference, linked to their page (an erased one by id). */
function Subject({ item }: { item: AuditEntry }) {
  const entity = auditLabel(ENTITY_LABELS, item.entity);
  if (item.candidate) {
    return (
      <>
        {entity}: <Link to={candidatePath(item.entityId)}>{item.candidate.name || 'Gewist'}</Link>{' '}
        <span className="small muted">{item.candidate.reference}</span>
      </>
    );
  }
  return (
    <>
      {entity} <span className="mono small">{item.entityId}</span>
    </>
  );
}

/** `/audit`: filters and pages live in the address, so a reload or a shared link shows the same. */
export function AuditPage() {
  const [params, setParams] = useSearchParams();
  const state = readAuditState(params);
  const update = (change: Partial<AuditState>) => setParams(auditSearch({ ...state, ...change }));
  const entries = useAuditEntries(state.filters);
  const actors = useAuditActors();
  const pages = entries.data?.pages;
  const items = pages?.flatMap((page) => page.items);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = entries;
  useEffect(() => {
    if (pages && pages.length < state.pages && hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [pages, state.pages, hasNextPage, isFetchingNextPage, fetchNextPage]);
  return (
    <section>
      <h1>Audit</h1>
      <p className="muted">Wie heeft wat gewijzigd, bekeken of gedownload, en wanneer. Nieuwste eerst.</p>
      {/* A fresh form when the address changes (back, forward) or the users arrive, so it shows what is filtered. */}
      <FilterForm
        key={`${params.toString()} ${actors.data?.length ?? 0}`}
        state={state}
        actors={actors.data ?? []}
        onFilter={(filters) => update({ filters, pages: 1 })}
      />
      <Listing rows={items} error={entries.error} loading={entries.isFetching} empty="Geen auditregels gevonden.">
        {(rows) => <DataTable label="Auditregels" columns={COLUMNS} rows={rows} rowKey={(item) => item.id} rowTestId={(item) => `audit-${item.id}`} stacked />}
      </Listing>
      {hasNextPage && (
        <button type="button" className="secondary" disabled={isFetchingNextPage} onClick={() => update({ pages: (pages?.length ?? 1) + 1 })}>
          Meer laden
        </button>
      )}
    </section>
  );
}

const DAY = z.union([z.literal(''), z.iso.date('Vul een bestaande datum in.')]);
const filterSchema = z
  .object({ q: z.string().trim().max(100, 'Gebruik hoogstens 100 tekens.'), userId: z.string(), from: DAY, to: DAY })
  .refine((values) => !values.from || !values.to || values.from <= values.to, { path: ['to'], message: 'De einddatum ligt voor de begindatum.' });
type FilterValues = z.infer<typeof filterSchema>;

interface FilterFormProps {
  state: AuditState;
  actors: AuditActor[];
  onFilter: (filters: AuditState['filters']) => void;
}

function FilterForm({ state, actors, onFilter }: FilterFormProps) {
  const { q = '', userId = '', from = '', to = '' } = state.filters;
  const form = useForm<FilterValues>({ resolver: zodResolver(filterSchema), defaultValues: { q, userId, from, to } });
  const submit = form.handleSubmit((values) => {
    onFilter(Object.fromEntries(Object.entries(values).filter(([, value]) => value !== '')));
  });
  const choices: [string, string][] = actors.map((actor) => [actor.id, `${actor.name} (${actorRoleLabel(actor.role)})`]);
  return (
    <form className="filters" onSubmit={submit} role="search" aria-label="Auditregels filteren" noValidate>
      <FormField form={form} name="q" id="audit-q" label="Kandidaat (naam of referentie)" grow>
        <input type="search" />
      </FormField>
      <FormField form={form} name="userId" id="audit-user" label="Gebruiker">
        <select>
          <Options all="Alle gebruikers" choices={choices} />
        </select>
      </FormField>
      <FormField form={form} name="from" id="audit-from" label="Van" type="date" />
      <FormField form={form} name="to" id="audit-to" label="Tot en met" type="date" />
      <button type="submit">Filteren</button>
    </form>
  );
}
