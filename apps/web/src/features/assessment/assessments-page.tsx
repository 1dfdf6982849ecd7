import { Link } from 'react-router';
import type { Assessment } from '../../api/models';
import { formatDate } from '../../shared/format';
import { ASSESSMENT_OUTCOME_LABELS, ASSESSMENT_STATUS_LABELS, label } from '../../shared/labels';
import { ErrorMessage, errorText, Loading } from '../../shared/ui';
import { candidatePath } from '../candidates/candidate-path';
import { useAssessments } from './queries';

/** Open requests first, the oldest request on top: that is the institute's work list. */
function byUrgency(a: Assessment, b: Assessment): number {
  if (a.status !== b.status) return a.status === 'requested' ? -1 : 1;
  return a.requestedOn.localeCompare(b.requestedOn);
}

/** "Onderzoeken": the suitability assessments the viewer may see; the landing page of institute users. */
export function AssessmentsPage() {
  const assessments = useAssessments();
  const sorted = assessments.data ? [...assessments.data].sort(byUrgency) : undefined;
  return (
    <section>
      <h1>Geschiktheidsonderzoeken</h1>
      <ErrorMessage>{assessments.error ? errorText(assessments.error) : ''}</ErrorMessage>
      {!sorted ? (
        !assessments.error && <Loading />
      ) : sorted.length === 0 ? (
        <p className="muted">Er zijn geen geschiktheidsonderzoeken.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Kandidaat</th>
                <th scope="col">Schoolbestuur</th>
                <th scope="col">Lerarenopleiding</th>
                <th scope="col">Aangevraagd op</th>
                <th scope="col">Praktijkdag</th>
                <th scope="col">Status</th>
                <th scope="col">Uitkomst</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((assessment) => (
                <tr key={assessment.id} data-testid={`assessment-row-${assessment.id}`}>
                  <td>
                    <Link to={candidatePath(assessment.candidateId)}>{assessment.candidateName || 'Kandidaat bekijken'}</Link>
                    {assessment.candidateReference && <span className="small muted"> {assessment.candidateReference}</span>}
                  </td>
                  <td>{assessment.boardName}</td>
                  <td>{assessment.instituteName}</td>
                  <td>{formatDate(assessment.requestedOn)}</td>
                  <td>{formatDate(assessment.plannedPracticeDay)}</td>
                  <td>{label(ASSESSMENT_STATUS_LABELS, assessment.status)}</td>
                  <td>{assessment.outcome ? label(ASSESSMENT_OUTCOME_LABELS, assessment.outcome) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
