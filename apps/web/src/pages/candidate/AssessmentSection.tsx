import { useState } from 'react';
import { ApiError } from '../../api';
import { ErrorMessage, errorText, Loading } from '../../components';
import { formatDate } from '../../format';
import { ASSESSMENT_OUTCOME_LABELS, ASSESSMENT_STATUS_LABELS, label } from '../../labels';
import { isCentralDesk } from '../../roles';
import type { Assessment, CandidateDetail, User } from '../../types';
import { useFetch } from '../../use-fetch';
import { AssessmentOutcomeForm, AssessmentRequestForm } from './AssessmentForms';

interface Props {
  candidate: CandidateDetail;
  viewer: User;
  revision: number;
  onChanged: () => void;
}

type Mode = { kind: 'request' } | { kind: 'outcome'; assessment: Assessment };

/** "Geschiktheidsonderzoek": requested by a board, carried out and decided by an institute. */
export function AssessmentSection({ candidate, viewer, revision, onChanged }: Props) {
  const [mode, setMode] = useState<Mode | null>(null);
  const assessments = useFetch<Assessment[]>(`/api/candidates/${encodeURIComponent(candidate.id)}/assessments`, revision);
  const desk = isCentralDesk(viewer);

  if (assessments.error instanceof ApiError && (assessments.error.status === 403 || assessments.error.status === 404)) return null;
  const list = assessments.data ?? [];
  const hasOpen = list.some((assessment) => assessment.status === 'requested');
  const canRequest = (desk || viewer.role === 'board') && candidate.stage === 'interview_passed' && !hasOpen;
  if (assessments.data && list.length === 0 && !canRequest) return null;

  const mayDecide = (assessment: Assessment) =>
    assessment.status === 'requested' && (desk || (viewer.role === 'institute' && viewer.instituteId === assessment.instituteId));
  const done = () => {
    setMode(null);
    onChanged();
  };
  const close = () => setMode(null);

  return (
    <section className="card" aria-labelledby="assessment-title" data-testid="assessment-section">
      <h2 id="assessment-title">Geschiktheidsonderzoek</h2>
      {assessments.error ? <ErrorMessage>{errorText(assessments.error)}</ErrorMessage> : null}
      {!assessments.data && !assessments.error && <Loading />}
      {assessments.data && list.length === 0 && <p className="muted">Er is nog geen geschiktheidsonderzoek aangevraagd.</p>}
      {canRequest && mode?.kind !== 'request' && (
        <div className="actions">
          <button type="button" onClick={() => setMode({ kind: 'request' })}>
            Geschiktheidsonderzoek aanvragen
          </button>
        </div>
      )}
      {mode?.kind === 'request' && <AssessmentRequestForm candidateId={candidate.id} chooseBoard={desk} onDone={done} onClose={close} />}
      {list.map((assessment) => (
        <article key={assessment.id} className="interview" data-testid={`assessment-${assessment.id}`}>
          <h3>
            {assessment.instituteName}{' '}
            <span className={`badge assessment-${assessment.status}`} data-testid="assessment-status">
              {label(ASSESSMENT_STATUS_LABELS, assessment.status)}
            </span>
          </h3>
          <AssessmentDetails assessment={assessment} />
          {mayDecide(assessment) && mode?.kind !== 'outcome' && (
            <div className="actions">
              <button type="button" onClick={() => setMode({ kind: 'outcome', assessment })}>
                Uitkomst vastleggen
              </button>
            </div>
          )}
        </article>
      ))}
      {mode?.kind === 'outcome' && <AssessmentOutcomeForm assessment={mode.assessment} onDone={done} onClose={close} />}
    </section>
  );
}

function AssessmentDetails({ assessment }: { assessment: Assessment }) {
  return (
    <dl className="details">
      <dt>Aangevraagd door</dt>
      <dd>{assessment.boardName}</dd>
      <dt>Aangevraagd op</dt>
      <dd>{formatDate(assessment.requestedOn)}</dd>
      <dt>Geplande praktijkdag</dt>
      <dd>{formatDate(assessment.plannedPracticeDay)}</dd>
      {assessment.outcome && (
        <>
          <dt>Uitkomst</dt>
          <dd data-testid="assessment-outcome">
            <strong>{label(ASSESSMENT_OUTCOME_LABELS, assessment.outcome)}</strong>
          </dd>
          <dt>Besloten op</dt>
          <dd>{formatDate(assessment.decidedOn)}</dd>
        </>
      )}
      {assessment.declarationDate && (
        <>
          <dt>Geschiktheidsverklaring</dt>
          <dd>{formatDate(assessment.declarationDate)}</dd>
          <dt>Geldig tot</dt>
          <dd>{formatDate(assessment.validUntil)}</dd>
        </>
      )}
      {assessment.requiredTraining && (
        <>
          <dt>Vereiste scholing</dt>
          <dd>{assessment.requiredTraining}</dd>
        </>
      )}
      {assessment.requiredSupport && (
        <>
          <dt>Vereiste begeleiding</dt>
          <dd>{assessment.requiredSupport}</dd>
        </>
      )}
    </dl>
  );
}
