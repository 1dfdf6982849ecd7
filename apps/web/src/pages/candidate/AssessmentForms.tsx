import { useState, type FormEvent } from 'react';
import { apiSend } from '../../api';
import { ErrorMessage, Field, Loading } from '../../components';
import { todayInAmsterdam } from '../../format';
import type { Assessment, Board, Institute } from '../../types';
import { useAction } from '../../use-action';
import { useFetch } from '../../use-fetch';

interface RequestProps {
  candidateId: string;
  /** Staff request on behalf of a board and choose it; a board user requests for their own board. */
  chooseBoard: boolean;
  onDone: () => void;
  onClose: () => void;
}

export function AssessmentRequestForm({ candidateId, chooseBoard, onDone, onClose }: RequestProps) {
  const boards = useFetch<Board[]>(chooseBoard ? '/api/boards' : null);
  const institutes = useFetch<Institute[]>('/api/institutes');
  const [boardId, setBoardId] = useState('');
  const [instituteId, setInstituteId] = useState('');
  const [requestedOn, setRequestedOn] = useState(todayInAmsterdam);
  const [plannedPracticeDay, setPlannedPracticeDay] = useState('');
  const action = useAction();
  const errors = action.fieldErrors;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const body = {
      ...(chooseBoard ? { boardId } : {}),
      instituteId,
      requestedOn,
      ...(plannedPracticeDay ? { plannedPracticeDay } : {}),
    };
    if (await action.run(() => apiSend('POST', `/api/candidates/${encodeURIComponent(candidateId)}/assessments`, body))) onDone();
  };

  if ((chooseBoard && !boards.data) || !institutes.data) return <Loading />;

  return (
    <form className="card form" onSubmit={onSubmit} data-testid="assessment-request-form">
      <h3>Geschiktheidsonderzoek aanvragen</h3>
      {chooseBoard && (
        <Field id="assessment-board" label="Schoolbestuur dat de kandidaat in dienst wil nemen" error={errors.boardId}>
          <select id="assessment-board" required value={boardId} onChange={(e) => setBoardId(e.target.value)}>
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
      <Field id="assessment-institute" label="Lerarenopleiding" error={errors.instituteId}>
        <select id="assessment-institute" required value={instituteId} onChange={(e) => setInstituteId(e.target.value)}>
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
      <Field id="assessment-requestedOn" label="Aangevraagd op" error={errors.requestedOn}>
        <input id="assessment-requestedOn" type="date" required value={requestedOn} onChange={(e) => setRequestedOn(e.target.value)} />
      </Field>
      <Field id="assessment-practiceDay" label="Geplande praktijkdag (niet verplicht)" error={errors.plannedPracticeDay}>
        <input id="assessment-practiceDay" type="date" value={plannedPracticeDay} onChange={(e) => setPlannedPracticeDay(e.target.value)} />
      </Field>
      <ErrorMessage>{action.error}</ErrorMessage>
      <div className="actions">
        <button type="submit" disabled={action.busy}>
          Onderzoek aanvragen
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          Terug
        </button>
      </div>
    </form>
  );
}

interface OutcomeProps {
  assessment: Assessment;
  onDone: () => void;
  onClose: () => void;
}

/** Leaves out empty optional fields, so the API sees them as absent rather than blank. */
function withoutEmpty(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, value.trim()]).filter(([, value]) => value !== ''));
}

export function AssessmentOutcomeForm({ assessment, onDone, onClose }: OutcomeProps) {
  const [outcome, setOutcome] = useState('');
  const [decidedOn, setDecidedOn] = useState(todayInAmsterdam);
  const [declarationDate, setDeclarationDate] = useState('');
  const [validUntil, setValidUntil] = useState('');
  const [requiredTraining, setRequiredTraining] = useState('');
  const [requiredSupport, setRequiredSupport] = useState('');
  const [motivation, setMotivation] = useState('');
  const action = useAction();
  const errors = action.fieldErrors;
  const suitable = outcome === 'suitable';

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const declaration: Record<string, string> = suitable ? { declarationDate, validUntil } : {};
    const body = { outcome, decidedOn, ...withoutEmpty({ ...declaration, requiredTraining, requiredSupport, motivation }) };
    if (await action.run(() => apiSend('POST', `/api/assessments/${encodeURIComponent(assessment.id)}/outcome`, body))) onDone();
  };

  return (
    <form className="card form" onSubmit={onSubmit} data-testid="assessment-outcome-form">
      <h3>Uitkomst van het geschiktheidsonderzoek</h3>
      <fieldset className={errors.outcome ? 'has-error' : undefined}>
        <legend>Uitkomst</legend>
        {(['suitable', 'not_suitable'] as const).map((value) => (
          <div key={value} className="field field-checkbox">
            <input id={`assessment-outcome-${value}`} type="radio" name="assessment-outcome" required checked={outcome === value} onChange={() => setOutcome(value)} />
            <label htmlFor={`assessment-outcome-${value}`}>{value === 'suitable' ? 'Geschikt' : 'Niet geschikt'}</label>
          </div>
        ))}
        {errors.outcome && <span className="field-error">{errors.outcome}</span>}
      </fieldset>
      {outcome === 'not_suitable' && <p className="small muted">Niet geschikt wijst de kandidaat af.</p>}
      <Field id="assessment-decidedOn" label="Datum van het besluit" error={errors.decidedOn}>
        <input id="assessment-decidedOn" type="date" required value={decidedOn} onChange={(e) => setDecidedOn(e.target.value)} />
      </Field>
      {suitable && (
        <>
          <Field id="assessment-declarationDate" label="Datum geschiktheidsverklaring" error={errors.declarationDate}>
            <input id="assessment-declarationDate" type="date" required value={declarationDate} onChange={(e) => setDeclarationDate(e.target.value)} />
          </Field>
          <Field id="assessment-validUntil" label="Verklaring geldig tot (niet verplicht)" error={errors.validUntil}>
            <input id="assessment-validUntil" type="date" value={validUntil} onChange={(e) => setValidUntil(e.target.value)} />
          </Field>
        </>
      )}
      <Field id="assessment-training" label="Vereiste scholing (niet verplicht)" error={errors.requiredTraining}>
        <textarea id="assessment-training" rows={2} value={requiredTraining} onChange={(e) => setRequiredTraining(e.target.value)} />
      </Field>
      <Field id="assessment-support" label="Vereiste begeleiding (niet verplicht)" error={errors.requiredSupport}>
        <textarea id="assessment-support" rows={2} value={requiredSupport} onChange={(e) => setRequiredSupport(e.target.value)} />
      </Field>
      <Field id="assessment-motivation" label="Toelichting (niet verplicht)" error={errors.motivation}>
        <textarea id="assessment-motivation" rows={2} value={motivation} onChange={(e) => setMotivation(e.target.value)} />
      </Field>
      <ErrorMessage>{action.error}</ErrorMessage>
      <div className="actions">
        <button type="submit" disabled={action.busy}>
          Uitkomst opslaan
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          Terug
        </button>
      </div>
    </form>
  );
}
