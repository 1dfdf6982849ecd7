import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { AuditEntry } from '../../api/models';
import { FormField, optionalText } from '../../shared/forms';
import { formatDateTime } from '../../shared/format';
import { DataTable, Listing, type Column } from '../../shared/table';
import { useAuditEntries, type AuditFilters } from './queries';

const COLUMNS: Column<AuditEntry>[] = [
  { header: 'Tijdstip', cell: (item) => <time dateTime={item.at}>{formatDateTime(item.at)}</time> },
  { header: 'Door', cell: (item) => item.actorName ?? 'Systeem' },
  { header: 'Soort gegeven', cell: (item) => item.entity },
  { header: 'Id', cell: (item) => item.entityId, className: 'mono' },
  { header: 'Actie', cell: (item) => item.action },
  { header: 'Gewijzigde velden', cell: (item) => (item.changedFields?.length ? item.changedFields.join(', ') : '—') },
];

export function AuditPage() {
  const [filters, setFilters] = useState<AuditFilters>({});
  const entries = useAuditEntries(filters);
  return (
    <section>
      <h1>Audit</h1>
      <p className="muted">Wie heeft wat gewijzigd en wanneer (maximaal 50 regels).</p>
      <FilterForm onFilter={setFilters} />
      <Listing rows={entries.error ? undefined : entries.data} error={entries.error} empty="Geen auditregels gevonden.">
        {(rows) => <DataTable label="Auditregels" columns={COLUMNS} rows={rows} rowKey={(item) => item.id} />}
      </Listing>
    </section>
  );
}

function FilterForm({ onFilter }: { onFilter: (filters: AuditFilters) => void }) {
  const form = useForm({ defaultValues: { entity: '', entityId: '' } });
  const onSubmit = form.handleSubmit(({ entity, entityId }) => {
    const filters: AuditFilters = {};
    const kind = optionalText(entity);
    const id = optionalText(entityId);
    if (kind) filters.entity = kind;
    if (id) filters.entityId = id;
    onFilter(filters);
  });
  return (
    <form className="filters" onSubmit={onSubmit}>
      <FormField form={form} name="entity" id="audit-entity" label="Soort gegeven">
        <input placeholder="bijv. candidate" />
      </FormField>
      <FormField form={form} name="entityId" id="audit-entity-id" label="Id van het gegeven" grow>
        <input />
      </FormField>
      <button type="submit">Filteren</button>
    </form>
  );
}
