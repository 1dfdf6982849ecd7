import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { apiGet, query } from '../api';
import { ErrorMessage, errorText, Loading } from '../components';
import { formatDateTime } from '../format';
import type { AuditEntry } from '../types';

export function AuditPage() {
  const [entity, setEntity] = useState('');
  const [entityId, setEntityId] = useState('');
  const [filters, setFilters] = useState({ entity: '', entityId: '' });
  const [items, setItems] = useState<AuditEntry[] | null>(null);
  const [error, setError] = useState('');

  const load = useCallback(async () => {
    setError('');
    try {
      const page = await apiGet<{ items: AuditEntry[] }>(`/api/audit${query({ ...filters, limit: 50 })}`);
      setItems(page.items ?? []);
    } catch (err) {
      setError(errorText(err));
      setItems([]);
    }
  }, [filters]);

  useEffect(() => {
    setItems(null);
    void load();
  }, [load]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setFilters({ entity: entity.trim(), entityId: entityId.trim() });
  };

  return (
    <section>
      <h1>Audit</h1>
      <p className="muted">Wie heeft wat gewijzigd en wanneer (maximaal 50 regels).</p>
      <form className="filters" onSubmit={onSubmit}>
        <div className="field">
          <label htmlFor="audit-entity">Soort gegeven</label>
          <input id="audit-entity" value={entity} placeholder="bijv. candidate" onChange={(e) => setEntity(e.target.value)} />
        </div>
        <div className="field field-grow">
          <label htmlFor="audit-entity-id">Id van het gegeven</label>
          <input id="audit-entity-id" value={entityId} onChange={(e) => setEntityId(e.target.value)} />
        </div>
        <button type="submit">Filteren</button>
      </form>
      <ErrorMessage>{error}</ErrorMessage>
      {!items ? (
        <Loading />
      ) : items.length === 0 ? (
        !error && <p className="muted">Geen auditregels gevonden.</p>
      ) : (
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
      )}
    </section>
  );
}
