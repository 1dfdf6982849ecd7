import { Link } from 'react-router';
import type { Assessment } from '../../api/models';
import { isCentralDesk, useViewer } from '../../app/auth';
import { formatDate } from '../../shared/format';
import { ASSESSMENT_OUTCOME_LABELS, ASSESSMENT_STATUS_LABELS, label } from '../../shared/labels';
import { DataTable, Listing, type Column } from '../../shared/table';
import { candidatePath } from '../candidates/candidate-path';
import { useAssessments } from './queries';

/** Open requests first, the oldest request on top: that is the institute's work list. */
function byUrgency(a: Assessment, b: Assessment): number {
  if (a.status !== b.status) return a.status === 'requested' ? -1 : 1;
  return a.requestedOn.localeCompare(b.requestedOn);
}

const COLUMNS: Column<Assessment>[] = [
  {
    header: 'Kandidaat',
    cell: (assessment) => (
      <>
        <Link to={candidatePath(assessment.candidateId)}>{assessment.candidateName || 'Kandidaat bekijken'}</Link>
        {assessment.candidateReference && <span className="small muted"> {assessment.candidateReference}</span>}
      </>
    ),
  },
  { header: 'Schoolbestuur', cell: (assessment) => assessment.boardName },
  { header: 'Lerarenopleiding', cell: (assessment) => assessment.instituteName },
  { header: 'Aangevraagd op', cell: (assessment) => formatDate(assessment.requestedOn) },
  { header: 'Praktijkdag', cell: (assessment) => formatDate(assessment.plannedPracticeDay) },
  { header: 'Status', cell: (assessment) => label(ASSESSMENT_STATUS_LABELS, assessment.status) },
  { header: 'Uitkomst', cell: (assessment) => (assessment.outcome ? label(ASSESSMENT_OUTCOME_LABELS, assessment.outcome) : '—') },
];

/** The institute's motivation: the API gives it to the central desk only. */
const MOTIVATION_COLUMN: Column<Assessment> = { header: 'Toelichting', cell: (assessment) => assessment.motivation ?? '—' };

/** "Onderzoeken": the suitability assessments the viewer may see; the landing page of institute users. */
export function AssessmentsPage() {
  const desk = isCentralDesk(useViewer());
  const columns = desk ? [...COLUMNS, MOTIVATION_COLUMN] : COLUMNS;
  const assessments = useAssessments();
  const sorted = assessments.data ? [...assessments.data].sort(byUrgency) : undefined;
  return (
    <section>
      <h1>Geschiktheidsonderzoeken</h1>
      <Listing rows={sorted} error={assessments.error} empty="Er zijn geen geschiktheidsonderzoeken.">
        {(rows) => (
          <DataTable
            label="Geschiktheidsonderzoeken"
            columns={columns}
            rows={rows}
            rowKey={(assessment) => assessment.id}
            rowTestId={(assessment) => `assessment-row-${assessment.id}`}
          />
        )}
      </Listing>
    </section>
  );
}
