import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import type { Assessment, RequestBody } from '../../api/models';
import { FormCard, FormField, Options, RadioChoice } from '../../shared/forms';
import { todayInAmsterdam } from '../../shared/format';
import { ASSESSMENT_OUTCOME_LABELS, choicesOf } from '../../shared/labels';
import { Loading } from '../../shared/ui';
import { useBoards, useInstitutes } from '../organisations/queries';
import { outcomeSchema, requestSchema, type OutcomeValues, type RequestValues } from './assessment-schemas';
import { useRecordAssessmentOutcome, useRequestAssessment } from './queries';

interface RequestProps {
  candidateId: string;
  /** Staff request on behalf of a board and choose it; a board user requests for their own board. */
  chooseBoard: boolean;
  onClose: () => void;
}

export function AssessmentRequestForm({ candidateId, chooseBoard, onClose }: RequestProps) {
  const boards = useBoards({ enabled: chooseBoard });
  const institutes = useInstitutes();
  const request = useRequestAssessment(candidateId);
  const form = useForm<RequestValues, unknown, RequestBody<'RequestAssessmentRequest'>>({
    resolver: zodResolver(requestSchema),
    defaultValues: { boardId: '', instituteId: '', requestedOn: todayInAmsterdam(), plannedPracticeDay: '' },
  });

  if ((chooseBoard && !boards.data) || !institutes.data) return <Loading />;

  return (
    <FormCard form={form} send={request} onClose={onClose} submit="Onderzoek aanvragen" testId="assessment-request-form">
      <h3>Geschiktheidsonderzoek aanvragen</h3>
      {chooseBoard && (
        <FormField form={form} name="boardId" id="assessment-board" label="Schoolbestuur dat de kandidaat in dienst wil nemen">
          <select required>
            <Options prompt="Kies een schoolbestuur" choices={(boards.data ?? []).map((board) => [board.id, board.name])} />
          </select>
        </FormField>
      )}
      <FormField form={form} name="instituteId" id="assessment-institute" label="Lerarenopleiding">
        <select required>
          <Options prompt="Kies een lerarenopleiding" choices={institutes.data.map((institute) => [institute.id, institute.name])} />
        </select>
      </FormField>
      <FormField form={form} name="requestedOn" id="assessment-requestedOn" label="Aangevraagd op" type="date" required />
      <FormField form={form} name="plannedPracticeDay" id="assessment-practiceDay" label="Geplande praktijkdag (niet verplicht)" type="date" />
    </FormCard>
  );
}

export function AssessmentOutcomeForm({ assessment, onClose }: { assessment: Assessment; onClose: () => void }) {
  const record = useRecordAssessmentOutcome(assessment.id);
  const form = useForm<OutcomeValues, unknown, RequestBody<'RecordOutcomeRequest'>>({
    resolver: zodResolver(outcomeSchema),
    defaultValues: { decidedOn: todayInAmsterdam(), declarationDate: '', validUntil: '', requiredTraining: '', requiredSupport: '', motivation: '' },
  });
  const outcome = useWatch({ control: form.control, name: 'outcome' });

  return (
    <FormCard form={form} send={record} onClose={onClose} submit="Uitkomst opslaan" testId="assessment-outcome-form">
      <h3>Uitkomst van het geschiktheidsonderzoek</h3>
      <RadioChoice idPrefix="assessment-outcome" legend="Uitkomst" choices={choicesOf(ASSESSMENT_OUTCOME_LABELS)} form={form} name="outcome" />
      {outcome === 'not_suitable' && <p className="small muted">Niet geschikt wijst de kandidaat af.</p>}
      <FormField form={form} name="decidedOn" id="assessment-decidedOn" label="Datum van het besluit" type="date" required />
      {outcome === 'suitable' && (
        <>
          <FormField form={form} name="declarationDate" id="assessment-declarationDate" label="Datum geschiktheidsverklaring" type="date" required />
          <FormField form={form} name="validUntil" id="assessment-validUntil" label="Verklaring geldig tot (niet verplicht)" type="date" />
        </>
      )}
      <FormField form={form} name="requiredTraining" id="assessment-training" label="Vereiste scholing (niet verplicht)">
        <textarea rows={2} />
      </FormField>
      <FormField form={form} name="requiredSupport" id="assessment-support" label="Vereiste begeleiding (niet verplicht)">
        <textarea rows={2} />
      </FormField>
      <FormField form={form} name="motivation" id="assessment-motivation" label="Toelichting (niet verplicht)">
        <textarea rows={2} />
      </FormField>
    </FormCard>
  );
}
