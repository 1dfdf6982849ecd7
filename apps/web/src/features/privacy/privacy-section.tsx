import { useState } from 'react';
import type { CandidateDetail } from '../../api/models';
import { formatDateTime } from '../../shared/format';
import { ErrorMessage, errorText, SectionCard } from '../../shared/ui';
import { ExportButton } from './export-button';
import { useWithdrawConsent } from './queries';

/** On the candidate's page, for the central desk: the inspection export and withdrawing the consent to keep (R13). */
export function PrivacySection({ candidate }: { candidate: CandidateDetail }) {
  const withdraw = useWithdrawConsent(candidate.id);
  const [confirming, setConfirming] = useState(false);
  return (
    <SectionCard name="privacy" title="Privacy (AVG)">
      {candidate.erasedAt ? (
        <p data-testid="erased-notice">
          De persoonsgegevens van deze kandidaat zijn gewist op {formatDateTime(candidate.erasedAt)}. Wat overblijft is anoniem.
        </p>
      ) : (
        <p className="muted">
          {candidate.consentToKeep
            ? 'De kandidaat gaf toestemming om de gegevens een jaar na het afsluiten te bewaren.'
            : 'De gegevens worden 4 weken na het afsluiten van het dossier gewist (na een traject: de subsidietermijn).'}
        </p>
      )}
      <div className="actions">
        <ExportButton candidateId={candidate.id} reference={candidate.reference} />
        {candidate.consentToKeep && !candidate.erasedAt && !confirming && (
          <button type="button" className="secondary" onClick={() => setConfirming(true)}>
            Toestemming bewaren intrekken
          </button>
        )}
      </div>
      {confirming && (
        <div className="card" data-testid="withdraw-consent-confirm">
          <p>
            Na het intrekken geldt de termijn van 4 weken na het afsluiten: een dossier dat al langer gesloten is, wordt bij de volgende dagelijkse ronde
            gewist.
          </p>
          <div className="actions">
            <button
              type="button"
              className="danger"
              disabled={withdraw.isPending}
              onClick={() => withdraw.mutate(undefined, { onSuccess: () => setConfirming(false) })}
            >
              Toestemming intrekken
            </button>
            <button type="button" className="secondary" onClick={() => setConfirming(false)}>
              Terug
            </button>
          </div>
        </div>
      )}
      <ErrorMessage>{withdraw.error ? errorText(withdraw.error) : ''}</ErrorMessage>
      <div role="status" aria-live="polite">
        {withdraw.isSuccess && <p className="alert alert-success">De toestemming om de gegevens te bewaren is ingetrokken.</p>}
      </div>
    </SectionCard>
  );
}
