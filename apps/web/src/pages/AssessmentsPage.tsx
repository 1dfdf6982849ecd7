import { useEffect, useState } from 'react';
import { apiGet } from '../api';
import { ErrorMessage, errorText, Loading } from '../components';
import { formatDate } from '../format';
import { ASSESSMENT_OUTCOME_LABELS, ASSESSMENT_STATUS_LABELS, label } from '../labels';
import { Link } from '../router';
import type { Assessment, CandidateDetail } from '../types';

const NAME_LOOKUPS = 50;

/** Open requests first, the oldest request on top: that is the institute's work list. */
function byUrgency(a: Assessment, b: Assessment): number {
  if (a.status !== b.status) return a.status === 'requested' ? -1 : 1;
  return a.requestedOn.localeCompare(b.requestedOn);
}

/** "Onderzoeken": the suitability assessments the viewer may see; the landing page of institute users. */
export function AssessmentsPage() {
  const [assessments, setAssessments] = useState<Assessment[] | null>(null);
  const [names, setNames] = useState<Record<string, string>>({});
  const [error, setError] = useState('');

  useEffect(() => {
    let cancelled = false;
    apiGet<Assessment[]>('/api/assessments')
      .then((list) => {
        if (cancelled) return;
        setAssessments([...list].sort(byUrgency));
        // The assessment view carries no names; they come from the candidates the viewer may see, for the
        // rows at the top only, so a long list for the central desk does not fire hundreds of requests.
        const candidateIds = [...new Set([...list].sort(byUrgency).map((assessment) => assessment.candidateId))];
        for (const candidateId of candidateIds.slice(0, NAME_LOOKUPS)) {
          apiGet<CandidateDetail>(`/api/candidates/${encodeURIComponent(candidateId)}`)
            .then((candidate) => !cancelled && setNames((previous) => ({ ...previous, [candidateId]: `${candidate.firstName} ${candidate.lastName}`.trim() })))
            .catch(() => undefined);
        }
      })
      .catch((err: unknown) => !cancelled && setError(errorText(err)));
    return () => {
      cancelled = true;
    };
  }, []);

  return (
    <section>
      <h1>Geschiktheidsonderzoeken</h1>
      <ErrorMessage>{error}</ErrorMessage>
      {!assessments ? (
        !error && <Loading />
      ) : assessments.length === 0 ? (
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
              {assessments.map((assessment) => (
                <tr key={assessment.id} data-testid={`assessment-row-${assessment.id}`}>
                  <td>
                    <Link to={`/kandidaten/${encodeURIComponent(assessment.candidateId)}`}>{names[assessment.candidateId] ?? 'Kandidaat bekijken'}</Link>
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
