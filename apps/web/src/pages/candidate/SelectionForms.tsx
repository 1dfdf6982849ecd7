import { useState, type FormEvent } from 'react';
import { apiSend } from '../../api';
import { ErrorMessage, Field } from '../../components';
import type { Interview, PanelBoard } from '../../types';
import { useAction } from '../../use-action';

interface FormProps {
  interview: Interview;
  onDone: () => void;
  onClose: () => void;
}

const interviewPath = (interview: Interview, action: string) => `/api/interviews/${encodeURIComponent(interview.id)}/${action}`;

export function CancelInterviewForm({ interview, onDone, onClose }: FormProps) {
  const [reason, setReason] = useState('');
  const action = useAction();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (await action.run(() => apiSend('POST', interviewPath(interview, 'cancel'), { reason: reason.trim() }))) onDone();
  };

  return (
    <form className="card form" onSubmit={onSubmit}>
      <h3>Selectiegesprek annuleren</h3>
      <p className="small muted">De kandidaat en het panel krijgen een afmelding per e-mail.</p>
      <Field id="cancel-reason" label="Reden van annuleren" error={action.fieldErrors.reason}>
        <textarea id="cancel-reason" rows={3} required value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
      <ErrorMessage>{action.error}</ErrorMessage>
      <div className="actions">
        <button type="submit" className="danger" disabled={action.busy}>
          Annulering bevestigen
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          Terug
        </button>
      </div>
    </form>
  );
}

interface VerdictProps {
  name: string;
  legend: string;
  value: string;
  onChange: (value: 'positive' | 'negative') => void;
  error?: string;
}

/** Positive or negative, as two radio buttons. */
function VerdictChoice({ name, legend, value, onChange, error }: VerdictProps) {
  return (
    <fieldset className={error ? 'has-error' : undefined}>
      <legend>{legend}</legend>
      {(['positive', 'negative'] as const).map((verdict) => (
        <div key={verdict} className="field field-checkbox">
          <input id={`${name}-${verdict}`} type="radio" name={name} required checked={value === verdict} onChange={() => onChange(verdict)} />
          <label htmlFor={`${name}-${verdict}`}>{verdict === 'positive' ? 'Positief' : 'Negatief'}</label>
        </div>
      ))}
      {error && <span className="field-error">{error}</span>}
    </fieldset>
  );
}

interface AdviceProps extends FormProps {
  board: PanelBoard;
  /** Staff record advice on behalf of a board and must name it; board users speak for their own board. */
  onBehalfOfBoard: boolean;
}

export function AdviceForm({ interview, board, onBehalfOfBoard, onDone, onClose }: AdviceProps) {
  const [advice, setAdvice] = useState('');
  const [wouldEmploy, setWouldEmploy] = useState(false);
  const [motivation, setMotivation] = useState('');
  const action = useAction();
  const errors = action.fieldErrors;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const body = { advice, wouldEmploy, motivation: motivation.trim(), ...(onBehalfOfBoard ? { boardId: board.boardId } : {}) };
    if (await action.run(() => apiSend('POST', interviewPath(interview, 'advice'), body))) onDone();
  };

  return (
    <form className="card form" onSubmit={onSubmit} data-testid="advice-form">
      <h3>Advies van {board.boardName}</h3>
      <VerdictChoice name="advice" legend="Advies" value={advice} onChange={setAdvice} error={errors.advice} />
      <div className="field field-checkbox">
        <input id="advice-wouldEmploy" type="checkbox" checked={wouldEmploy} onChange={(e) => setWouldEmploy(e.target.checked)} />
        <label htmlFor="advice-wouldEmploy">{board.boardName} wil de kandidaat in dienst nemen</label>
      </div>
      <Field id="advice-motivation" label="Motivatie" error={errors.motivation}>
        <textarea id="advice-motivation" rows={3} required value={motivation} onChange={(e) => setMotivation(e.target.value)} />
      </Field>
      <ErrorMessage>{action.error}</ErrorMessage>
      <div className="actions">
        <button type="submit" disabled={action.busy}>
          Advies opslaan
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          Terug
        </button>
      </div>
    </form>
  );
}

export function OutcomeForm({ interview, onDone, onClose }: FormProps) {
  const [outcome, setOutcome] = useState('');
  const [motivation, setMotivation] = useState('');
  const action = useAction();
  const errors = action.fieldErrors;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const body = { outcome, motivation: motivation.trim() };
    if (await action.run(() => apiSend('POST', interviewPath(interview, 'outcome'), body))) onDone();
  };

  return (
    <form className="card form" onSubmit={onSubmit} data-testid="outcome-form">
      <h3>Uitkomst van het selectiegesprek</h3>
      <VerdictChoice name="outcome" legend="Uitkomst" value={outcome} onChange={setOutcome} error={errors.outcome} />
      {outcome === 'negative' && <p className="small muted">Een negatieve uitkomst wijst de kandidaat af.</p>}
      <Field id="outcome-motivation" label="Motivatie" error={errors.motivation}>
        <textarea id="outcome-motivation" rows={3} required value={motivation} onChange={(e) => setMotivation(e.target.value)} />
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
