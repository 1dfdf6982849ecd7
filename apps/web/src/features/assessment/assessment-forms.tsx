import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import type { Assessment, RequestBody } from '../../api/models';
import { applyApiErrors, fieldMessage, FormError } from '../../shared/forms';
import { todayInAmsterdam } from '../../shared/format';
import { ASSESSMENT_OUTCOME_LABELS } from '../../shared/labels';
import { Field, Loading } from '../../shared/ui';
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
  const onSubmit = form.handleSubmit((body) => request.mutate(body, { onSuccess: onClose, onError: (error) => applyApiErrors(form, error) }));
  const error = (name: keyof RequestValues) => fieldMessage(form, name);

  if ((chooseBoard && !boards.data) || !institutes.data) return <Loading />;

  return (
    <form className="card form" onSubmit={onSubmit} data-testid="assessment-request-form">
      <h3>Geschiktheidsonderzoek aanvragen</h3>
      {chooseBoard && (
        <Field id="assessment-board" label="Schoolbestuur dat de kandidaat in dienst wil nemen" error={error('boardId')}>
          <select id="assessment-board" required {...form.register('boardId')}>
            <option value="" disabled>
              Kies een schoolbestuur
            </option>
            {(boards.data ?? []).map((board) => (
              <option key={board.id} value={board.id}>
                {board.name}
              </option>
            ))}
          </select>
        </Field>
      )}
      <Field id="assessment-institute" label="Lerarenopleiding" error={error('instituteId')}>
        <select id="assessment-institute" required {...form.register('instituteId')}>
          <option value="" disabled>
            Kies een lerarenopleiding
          </option>
          {institutes.data.map((institute) => (
            <option key={institute.id} value={institute.id}>
              {institute.name}
            </option>
          ))}
        </select>
      </Field>
      <Field id="assessment-requestedOn" label="Aangevraagd op" error={error('requestedOn')}>
        <input id="assessment-requestedOn" type="date" required {...form.register('requestedOn')} />
      </Field>
      <Field id="assessment-practiceDay" label="Geplande praktijkdag (niet verplicht)" error={error('plannedPracticeDay')}>
        <input id="assessment-practiceDay" type="date" {...form.register('plannedPracticeDay')} />
      </Field>
      <FormError form={form} />
      <FormButtons submitLabel="Onderzoek aanvragen" busy={request.isPending} onClose={onClose} />
    </form>
  );
}

function FormButtons({ submitLabel, busy, onClose }: { submitLabel: string; busy: boolean; onClose: () => void }) {
  return (
    <div className="actions">
      <button type="submit" disabled={busy}>
        {submitLabel}
      </button>
      <button type="button" className="secondary" onClick={onClose}>
        Terug
      </button>
    </div>
  );
}

export function AssessmentOutcomeForm({ assessment, onClose }: { assessment: Assessment; onClose: () => void }) {
  const record = useRecordAssessmentOutcome(assessment.id);
  const form = useForm<OutcomeValues, unknown, RequestBody<'RecordOutcomeRequest'>>({
    resolver: zodResolver(outcomeSchema),
    defaultValues: { decidedOn: todayInAmsterdam(), declarationDate: '', validUntil: '', requiredTraining: '', requiredSupport: '', motivation: '' },
  });
  const onSubmit = form.handleSubmit((body) => record.mutate(body, { onSuccess: onClose, onError: (error) => applyApiErrors(form, error) }));
  const outcome = useWatch({ control: form.control, name: 'outcome' });
  const error = (name: keyof OutcomeValues) => fieldMessage(form, name);

  return (
    <form className="card form" onSubmit={onSubmit} data-testid="assessment-outcome-form">
      <h3>Uitkomst van het geschiktheidsonderzoek</h3>
      <fieldset className={error('outcome') ? 'has-error' : undefined}>
        <legend>Uitkomst</legend>
        {(['suitable', 'not_suitable'] as const).map((value) => (
          <div key={value} className="field field-checkbox">
            <input id={`assessment-outcome-${value}`} type="radio" value={value} required {...form.register('outcome')} />
            <label htmlFor={`assessment-outcome-${value}`}>{ASSESSMENT_OUTCOME_LABELS[value]}</label>
          </div>
        ))}
        {error('outcome') && <span className="field-error">{error('outcome')}</span>}
      </fieldset>
      {outcome === 'not_suitable' && <p className="small muted">Niet geschikt wijst de kandidaat af.</p>}
      <Field id="assessment-decidedOn" label="Datum van het besluit" error={error('decidedOn')}>
        <input id="assessment-decidedOn" type="date" required {...form.register('decidedOn')} />
      </Field>
      {outcome === 'suitable' && (
        <>
          <Field id="assessment-declarationDate" label="Datum geschiktheidsverklaring" error={error('declarationDate')}>
            <input id="assessment-declarationDate" type="date" required {...form.register('declarationDate')} />
          </Field>
          <Field id="assessment-validUntil" label="Verklaring geldig tot (niet verplicht)" error={error('validUntil')}>
            <input id="assessment-validUntil" type="date" {...form.register('validUntil')} />
          </Field>
        </>
      )}
      <Field id="assessment-training" label="Vereiste scholing (niet verplicht)" error={error('requiredTraining')}>
        <textarea id="assessment-training" rows={2} {...form.register('requiredTraining')} />
      </Field>
      <Field id="assessment-support" label="Vereiste begeleiding (niet verplicht)" error={error('requiredSupport')}>
        <textarea id="assessment-support" rows={2} {...form.register('requiredSupport')} />
      </Field>
      <Field id="assessment-motivation" label="Toelichting (niet verplicht)" error={error('motivation')}>
        <textarea id="assessment-motivation" rows={2} {...form.register('motivation')} />
      </Field>
      <FormError form={form} />
      <FormButtons submitLabel="Uitkomst opslaan" busy={record.isPending} onClose={onClose} />
    </form>
  );
}
