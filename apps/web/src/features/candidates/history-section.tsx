import { formatDateTime } from '../../shared/format';
import { label, STAGE_LABELS } from '../../shared/labels';
import type { StageHistoryEntry } from '../../api/models';
import { useCandidateHistory } from './queries';

export function HistorySection({ candidateId }: { candidateId: string }) {
  const history = useCandidateHistory(candidateId);
  const entries = history.data ?? [];
  return (
    <section className="card">
      <h2>Geschiedenis</h2>
      {entries.length === 0 ? (
        <p className="muted">Nog geen wijzigingen.</p>
      ) : (
        <ol className="history">
          {entries.map((entry, index) => (
            <HistoryEntry key={`${entry.at}-${index}`} entry={entry} />
          ))}
        </ol>
      )}
    </section>
  );
}

function HistoryEntry({ entry }: { entry: StageHistoryEntry }) {
  return (
    <li>
      <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>:{' '}
      {entry.fromStage ? (
        <>
          van <strong>{label(STAGE_LABELS, entry.fromStage)}</strong> naar{' '}
        </>
      ) : (
        'naar '
      )}
      <strong>{label(STAGE_LABELS, entry.toStage)}</strong>
      {entry.actorName && <>, door {entry.actorName}</>}
      {entry.reason && <span className="reason">Reden: {entry.reason}</span>}
    </li>
  );
}
