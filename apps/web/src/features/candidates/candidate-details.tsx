import { Link } from 'react-router';
import type { CandidateDetail, CandidateDocument } from '../../api/models';
import { formatDateTime, formatFileSize } from '../../shared/format';
import { DEGREE_LEVEL_LABELS, DOCUMENT_KIND_LABELS, label, REGION_LABELS } from '../../shared/labels';
import { candidatePath } from './candidate-path';
import { SourceText } from '../sources/source-text';

export function CandidateDetails({ candidate }: { candidate: CandidateDetail }) {
  return (
    <section className="card">
      <h2>Gegevens</h2>
      <dl className="details">
        <dt>Referentie</dt>
        <dd>{candidate.reference}</dd>
        <dt>E-mailadres</dt>
        <dd>{candidate.email || '—'}</dd>
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
        <dt>Hoe ken je Flevowijs?</dt>
        <dd data-testid="candidate-source">
          <SourceText source={candidate.source} detail={candidate.sourceDetail} />
        </dd>
        <dt>Gegevens 1 jaar bewaren</dt>
        <dd>{candidate.consentToKeep ? 'Ja, toestemming gegeven' : 'Nee'}</dd>
        {candidate.previousCandidateId && (
          <>
            <dt>Eerdere aanmelding</dt>
            <dd>
              <Link to={candidatePath(candidate.previousCandidateId)}>Bekijk eerdere aanmelding</Link>
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}

interface DocumentsProps {
  candidate: CandidateDetail;
  onDownload: (document: CandidateDocument) => void;
}

export function CandidateDocuments({ candidate, onDownload }: DocumentsProps) {
  return (
    <section className="card">
      <h2>Documenten</h2>
      {candidate.documents.length === 0 ? (
        <p className="muted">Geen documenten.</p>
      ) : (
        <ul className="plain-list">
          {candidate.documents.map((document) => (
            <li key={document.id}>
              <button type="button" className="link-button" onClick={() => onDownload(document)}>
                {label(DOCUMENT_KIND_LABELS, document.kind)} downloaden
              </button>{' '}
              <span className="small muted">
                {document.fileName} ({formatFileSize(document.size)})
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
