import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { AuditEntry } from '../../api/models';
import { optionalText } from '../../shared/forms';
import { formatDateTime } from '../../shared/format';
import { ErrorMessage, errorText, Loading } from '../../shared/ui';
import { useAuditEntries, type AuditFilters } from './queries';

export function AuditPage() {
  const [filters, setFilters] = useState<AuditFilters>({});
  const entries = useAuditEntries(filters);
  const items = entries.error ? [] : entries.data;
  return (
    <section>
      <h1>Audit</h1>
      <p className="muted">Wie heeft wat gewijzigd en wanneer (maximaal 50 regels).</p>
      <FilterForm onFilter={setFilters} />
      <ErrorMessage>{entries.error ? errorText(entries.error) : ''}</ErrorMessage>
      {!items ? <Loading /> : items.length === 0 ? !entries.error && <p className="muted">Geen auditregels gevonden.</p> : <AuditTable items={items} />}
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
      <div className="field">
        <label htmlFor="audit-entity">Soort gegeven</label>
        <input id="audit-entity" placeholder="bijv. candidate" {...form.register('entity')} />
      </div>
      <div className="field field-grow">
        <label htmlFor="audit-entity-id">Id van het gegeven</label>
        <input id="audit-entity-id" {...form.register('entityId')} />
      </div>
      <button type="submit">Filteren</button>
    </form>
  );
}

function AuditTable({ items }: { items: AuditEntry[] }) {
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">Tijdstip</th>
            <th scope="col">Door</th>
            <th scope="col">Soort gegeven</th>
            <th scope="col">Id</th>
            <th scope="col">Actie</th>
            <th scope="col">Gewijzigde velden</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <td>
                <time dateTime={item.at}>{formatDateTime(item.at)}</time>
              </td>
              <td>{item.actorName ?? 'Systeem'}</td>
              <td>{item.entity}</td>
              <td className="mono">{item.entityId}</td>
              <td>{item.action}</td>
              <td>{item.changedFields?.length ? item.changedFields.join(', ') : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
