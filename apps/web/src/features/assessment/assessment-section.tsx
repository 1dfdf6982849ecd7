import type { Assessment, CandidateDetail } from '../../api/models';
import { isCentralDesk, useViewer } from '../../app/auth';
import { formatDate } from '../../shared/format';
import { ASSESSMENT_OUTCOME_LABELS, ASSESSMENT_STATUS_LABELS, label } from '../../shared/labels';
import { useOpenForm } from '../../shared/forms';
import { Listing } from '../../shared/table';
import { ActionButton, leaveOutCard, SectionCard } from '../../shared/ui';
import { AssessmentOutcomeForm, AssessmentRequestForm } from './assessment-forms';
import { useCandidateAssessments } from './queries';

type Mode = { kind: 'request' } | { kind: 'outcome'; assessment: Assessment };

/** "Geschiktheidsonderzoek": requested by a board, carried out and decided by an institute. */
export function AssessmentSection({ candidate }: { candidate: CandidateDetail }) {
  const viewer = useViewer();
  const { mode, open, close } = useOpenForm<Mode>('assessment-title');
  const assessments = useCandidateAssessments(candidate.id);
  const desk = isCentralDesk(viewer);

  const list = assessments.data ?? [];
  const hasOpen = list.some((assessment) => assessment.status === 'requested');
  const canRequest = (desk || viewer.role === 'board') && candidate.stage === 'interview_passed' && !hasOpen;
  // An open form keeps the card: the new stage can arrive before the new assessment (see SelectionSection).
  if (!mode && leaveOutCard(assessments, canRequest)) return null;

  const mayDecide = (assessment: Assessment) =>
    assessment.status === 'requested' && (desk || (viewer.role === 'institute' && viewer.instituteId === assessment.instituteId));

  return (
    <SectionCard name="assessment" title="Geschiktheidsonderzoek">
      <Listing rows={assessments.data} error={assessments.error} empty="Er is nog geen geschiktheidsonderzoek aangevraagd." />
      {canRequest && mode?.kind !== 'request' && <ActionButton onClick={() => open({ kind: 'request' })}>Geschiktheidsonderzoek aanvragen</ActionButton>}
      {mode?.kind === 'request' && <AssessmentRequestForm candidateId={candidate.id} chooseBoard={desk} onClose={close} />}
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
            <ActionButton onClick={() => open({ kind: 'outcome', assessment })}>Uitkomst vastleggen</ActionButton>
          )}
        </article>
      ))}
      {mode?.kind === 'outcome' && <AssessmentOutcomeForm assessment={mode.assessment} onClose={close} />}
    </SectionCard>
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
      {assessment.motivation && (
        <>
          <dt>Toelichting</dt>
          <dd data-testid="assessment-motivation">{assessment.motivation}</dd>
        </>
      )}
    </dl>
  );
}
