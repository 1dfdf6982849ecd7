import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { ApiError, apiGet, apiSend, downloadFile } from '../api';
import { ErrorMessage, errorText, Loading } from '../components';
import { formatDateTime, formatFileSize } from '../format';
import { DEGREE_LEVEL_LABELS, DOCUMENT_KIND_LABELS, label, REGION_LABELS, STAGE_LABELS } from '../labels';
import { Link } from '../router';
import { isCentralDesk } from '../roles';
import type { CandidateDetail, CandidateDocument, StageHistoryEntry, User } from '../types';
import { AssessmentSection } from './candidate/AssessmentSection';
import { DisclosuresSection } from './candidate/DisclosuresSection';
import { SelectionSection } from './candidate/SelectionSection';

type ReasonCommand = 'reject' | 'withdraw';

export function CandidatePage({ id, viewer }: { id: string; viewer: User }) {
  const [candidate, setCandidate] = useState<CandidateDetail | null>(null);
  const [history, setHistory] = useState<StageHistoryEntry[]>([]);
  const [notFound, setNotFound] = useState(false);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [reasonFor, setReasonFor] = useState<ReasonCommand | null>(null);
  // Bumped on every reload so the interview and assessment sections fetch again too.
  const [revision, setRevision] = useState(0);

  const base = `/api/candidates/${encodeURIComponent(id)}`;

  const reload = useCallback(async () => {
    try {
      const [detail, entries] = await Promise.all([
        apiGet<CandidateDetail>(base),
        apiGet<StageHistoryEntry[]>(`${base}/history`),
      ]);
      setCandidate(detail);
      setHistory(entries ?? []);
      setRevision((previous) => previous + 1);
    } catch (err) {
      if (err instanceof ApiError && err.status === 404) setNotFound(true);
      else setError(errorText(err));
    }
  }, [base]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const runCommand = async (command: string, body: Record<string, unknown>) => {
    setBusy(true);
    setError('');
    try {
      await apiSend('POST', `${base}/${command}`, body);
      setReasonFor(null);
      await reload();
    } catch (err) {
      if (err instanceof ApiError && err.status === 404) setNotFound(true);
      else setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  const onDownload = async (doc: CandidateDocument) => {
    setError('');
    try {
      await downloadFile(`${base}/documents/${encodeURIComponent(doc.id)}`, doc.fileName);
    } catch (err) {
      setError(errorText(err));
    }
  };

  if (notFound) {
    return (
      <section>
        <h1>Kandidaat niet gevonden</h1>
        <p>
          <Link to="/kandidaten">Terug naar de kandidaten</Link>
        </p>
      </section>
    );
  }
  if (!candidate) return error ? <ErrorMessage>{error}</ErrorMessage> : <Loading />;

  const allowed = new Set(candidate.allowedCommands ?? []);
  const hasActions = allowed.has('screening') || allowed.has('reject') || allowed.has('withdraw');

  return (
    <section>
      <p>
        <Link to="/kandidaten">← Terug naar de kandidaten</Link>
      </p>
      <div className="page-title">
        <h1>
          {candidate.firstName} {candidate.lastName}
        </h1>
        <span className={`badge stage-${candidate.stage}`} data-testid="candidate-stage">
          {label(STAGE_LABELS, candidate.stage)}
        </span>
      </div>

      <ErrorMessage>{error}</ErrorMessage>

      {hasActions && (
        <div className="actions" aria-label="Acties">
          {allowed.has('screening') && (
            <button type="button" disabled={busy} onClick={() => void runCommand('screening', {})}>
              Start screening
            </button>
          )}
          {allowed.has('reject') && (
            <button type="button" className="danger" disabled={busy} onClick={() => setReasonFor('reject')}>
              Afwijzen
            </button>
          )}
          {allowed.has('withdraw') && (
            <button type="button" className="secondary" disabled={busy} onClick={() => setReasonFor('withdraw')}>
              Teruggetrokken
            </button>
          )}
        </div>
      )}

      {reasonFor && (
        <ReasonForm
          key={reasonFor}
          command={reasonFor}
          busy={busy}
          onCancel={() => setReasonFor(null)}
          onSubmit={(reason) => void runCommand(reasonFor, { reason })}
        />
      )}

      <div className="grid-2">
        <section className="card">
          <h2>Gegevens</h2>
          <dl className="details">
            <dt>Referentie</dt>
            <dd>{candidate.reference}</dd>
            <dt>E-mailadres</dt>
            <dd>{candidate.email}</dd>
            <dt>Telefoonnummer</dt>
            <dd>{candidate.phone || '—'}</dd>
            <dt>Hoogst afgeronde opleiding</dt>
            <dd>{label(DEGREE_LEVEL_LABELS, candidate.degreeLevel)}</dd>
            <dt>Studierichting</dt>
            <dd>{candidate.degreeField || '—'}</dd>
            <dt>Regio</dt>
            <dd>{label(REGION_LABELS, candidate.region)}</dd>
            <dt>Aangemeld op</dt>
            <dd>{formatDateTime(candidate.appliedAt)}</dd>
            <dt>Gegevens 1 jaar bewaren</dt>
            <dd>{candidate.consentToKeep ? 'Ja, toestemming gegeven' : 'Nee'}</dd>
            {candidate.previousCandidateId && (
              <>
                <dt>Eerdere aanmelding</dt>
                <dd>
                  <Link to={`/kandidaten/${encodeURIComponent(candidate.previousCandidateId)}`}>Bekijk eerdere aanmelding</Link>
                </dd>
              </>
            )}
          </dl>
        </section>

        <section className="card">
          <h2>Documenten</h2>
          {candidate.documents.length === 0 ? (
            <p className="muted">Geen documenten.</p>
          ) : (
            <ul className="plain-list">
              {candidate.documents.map((doc) => (
                <li key={doc.id}>
                  <button type="button" className="link-button" onClick={() => void onDownload(doc)}>
                    {label(DOCUMENT_KIND_LABELS, doc.kind)} downloaden
                  </button>{' '}
                  <span className="small muted">
                    {doc.fileName} ({formatFileSize(doc.size)})
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <SelectionSection candidate={candidate} viewer={viewer} revision={revision} onChanged={() => void reload()} />
      <AssessmentSection candidate={candidate} viewer={viewer} revision={revision} onChanged={() => void reload()} />
      {isCentralDesk(viewer) && <DisclosuresSection disclosures={candidate.disclosures ?? []} />}

      <section className="card">
        <h2>Geschiedenis</h2>
        {history.length === 0 ? (
          <p className="muted">Nog geen wijzigingen.</p>
        ) : (
          <ol className="history">
            {history.map((entry, index) => (
              <li key={`${entry.at}-${index}`}>
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
                {entry.reason && (
                  <span className="reason">
                    Reden: {entry.reason}
                  </span>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
    </section>
  );
}

interface ReasonFormProps {
  command: ReasonCommand;
  busy: boolean;
  onCancel: () => void;
  onSubmit: (reason: string) => void;
}

function ReasonForm({ command, busy, onCancel, onSubmit }: ReasonFormProps) {
  const [reason, setReason] = useState('');
  const isReject = command === 'reject';
  const fieldLabel = isReject ? 'Reden van afwijzing' : 'Reden van terugtrekken (niet verplicht)';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (isReject && !reason.trim()) return;
    onSubmit(reason.trim());
  };

  return (
    <form className="card form" onSubmit={submit}>
      <h2>{isReject ? 'Kandidaat afwijzen' : 'Kandidaat heeft zich teruggetrokken'}</h2>
      <div className="field">
        <label htmlFor={`reason-${command}`}>{fieldLabel}</label>
        <textarea id={`reason-${command}`} rows={3} required={isReject} value={reason} onChange={(e) => setReason(e.target.value)} />
      </div>
      <div className="actions">
        <button type="submit" className={isReject ? 'danger' : ''} disabled={busy}>
          {isReject ? 'Afwijzing bevestigen' : 'Terugtrekking bevestigen'}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Annuleren
        </button>
      </div>
    </form>
  );
}
