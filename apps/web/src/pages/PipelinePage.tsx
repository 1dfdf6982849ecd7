import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { apiGet, query } from '../api';
import { ErrorMessage, errorText, Loading } from '../components';
import { formatDate } from '../format';
import { label, REGION_LABELS, REGIONS, STAGE_LABELS, STAGES } from '../labels';
import { Link } from '../router';
import type { CandidateListItem, CandidatePage } from '../types';

type View = 'columns' | 'list';

export function PipelinePage() {
  const [view, setView] = useState<View>('columns');
  return (
    <section>
      <div className="page-title">
        <h1>Kandidaten</h1>
        <div className="toggle" role="group" aria-label="Weergave">
          <button type="button" className={view === 'columns' ? '' : 'secondary'} aria-pressed={view === 'columns'} onClick={() => setView('columns')}>
            Kolommen
          </button>
          <button type="button" className={view === 'list' ? '' : 'secondary'} aria-pressed={view === 'list'} onClick={() => setView('list')}>
            Lijst
          </button>
        </div>
      </div>
      {view === 'columns' ? <ColumnsView /> : <ListView />}
    </section>
  );
}

function candidateName(c: CandidateListItem): string {
  return `${c.firstName} ${c.lastName}`.trim();
}

function ColumnsView() {
  const [counts, setCounts] = useState<Record<string, number> | null>(null);
  const [columns, setColumns] = useState<Record<string, CandidateListItem[]>>({});
  const [error, setError] = useState('');

  useEffect(() => {
    let cancelled = false;
    apiGet<{ counts: Record<string, number> }>('/api/candidates/summary')
      .then((summary) => !cancelled && setCounts(summary.counts ?? {}))
      .catch((err) => !cancelled && setError(errorText(err)));
    for (const stage of STAGES) {
      apiGet<CandidatePage>(`/api/candidates${query({ stage, limit: 20 })}`)
        .then((page) => !cancelled && setColumns((prev) => ({ ...prev, [stage]: page.items })))
        .catch((err) => !cancelled && setError(errorText(err)));
    }
    return () => {
      cancelled = true;
    };
  }, []);

  return (
    <>
      <ErrorMessage>{error}</ErrorMessage>
      <div className="board">
        {STAGES.map((stage) => {
          const items = columns[stage];
          const count = counts?.[stage] ?? 0;
          return (
            <section key={stage} className="column" data-testid={`column-${stage}`} aria-labelledby={`column-title-${stage}`}>
              <h2 id={`column-title-${stage}`}>
                {STAGE_LABELS[stage]} <span className="count">{counts ? count : '…'}</span>
              </h2>
              {!items ? (
                <Loading />
              ) : items.length === 0 ? (
                <p className="muted small">Geen kandidaten</p>
              ) : (
                <ul className="cards">
                  {items.map((c) => (
                    <li key={c.id} className="candidate-card" data-testid={`candidate-${c.id}`}>
                      <Link to={`/kandidaten/${encodeURIComponent(c.id)}`}>{candidateName(c)}</Link>
                      <span className="small muted">
                        {c.reference} · {label(REGION_LABELS, c.region)}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
              {items && count > items.length && <p className="small muted">en nog {count - items.length} meer</p>}
            </section>
          );
        })}
      </div>
    </>
  );
}

interface Filters {
  stage: string;
  region: string;
  q: string;
}

function ListView() {
  const [draft, setDraft] = useState<Filters>({ stage: '', region: '', q: '' });
  const [filters, setFilters] = useState<Filters>(draft);
  const [items, setItems] = useState<CandidateListItem[] | null>(null);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const load = useCallback(
    async (cursor: string | null) => {
      setBusy(true);
      setError('');
      try {
        const page = await apiGet<CandidatePage>(`/api/candidates${query({ ...filters, limit: 50, cursor })}`);
        setItems((prev) => (cursor && prev ? [...prev, ...page.items] : page.items));
        setNextCursor(page.nextCursor);
      } catch (err) {
        setError(errorText(err));
      } finally {
        setBusy(false);
      }
    },
    [filters],
  );

  useEffect(() => {
    setItems(null);
    setNextCursor(null);
    void load(null);
  }, [load]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setFilters({ ...draft, q: draft.q.trim() });
  };

  return (
    <>
      <form className="filters" onSubmit={onSubmit}>
        <div className="field">
          <label htmlFor="filter-stage">Fase</label>
          <select id="filter-stage" value={draft.stage} onChange={(e) => setDraft({ ...draft, stage: e.target.value })}>
            <option value="">Alle fasen</option>
            {STAGES.map((stage) => (
              <option key={stage} value={stage}>
                {STAGE_LABELS[stage]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-region">Regio</label>
          <select id="filter-region" value={draft.region} onChange={(e) => setDraft({ ...draft, region: e.target.value })}>
            <option value="">Alle regio's</option>
            {REGIONS.map((region) => (
              <option key={region} value={region}>
                {REGION_LABELS[region]}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-grow">
          <label htmlFor="filter-q">Zoek op naam of e-mail</label>
          <input id="filter-q" type="search" value={draft.q} onChange={(e) => setDraft({ ...draft, q: e.target.value })} />
        </div>
        <button type="submit">Zoeken</button>
      </form>
      <ErrorMessage>{error}</ErrorMessage>
      {!items ? (
        busy && <Loading />
      ) : items.length === 0 ? (
        <p className="muted">Geen kandidaten gevonden.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Naam</th>
                <th scope="col">Referentie</th>
                <th scope="col">E-mailadres</th>
                <th scope="col">Regio</th>
                <th scope="col">Fase</th>
                <th scope="col">Aangemeld op</th>
              </tr>
            </thead>
            <tbody>
              {items.map((c) => (
                <tr key={c.id} data-testid={`candidate-${c.id}`}>
                  <td>
                    <Link to={`/kandidaten/${encodeURIComponent(c.id)}`}>{candidateName(c)}</Link>
                  </td>
                  <td>{c.reference}</td>
                  <td>{c.email}</td>
                  <td>{label(REGION_LABELS, c.region)}</td>
                  <td>
                    <span className={`badge stage-${c.stage}`}>{label(STAGE_LABELS, c.stage)}</span>
                  </td>
                  <td>{formatDate(c.appliedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {nextCursor && (
        <button type="button" className="secondary" disabled={busy} onClick={() => void load(nextCursor)}>
          Meer laden
        </button>
      )}
    </>
  );
}
