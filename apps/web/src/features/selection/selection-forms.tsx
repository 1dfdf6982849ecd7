import { zodResolver } from '@hookform/resolvers/zod';
import type { ReactNode } from 'react';
import { useForm, useWatch, type UseFormRegisterReturn } from 'react-hook-form';
import type { Interview, PanelBoard, Verdict } from '../../api/models';
import { applyApiErrors, fieldMessage, FormError } from '../../shared/forms';
import { VERDICT_LABELS } from '../../shared/labels';
import { Field } from '../../shared/ui';
import { useCancelInterview, useRecordAdvice, useRecordInterviewOutcome } from './queries';
import { adviceSchema, cancelSchema, outcomeSchema, type AdviceValues, type CancelValues, type OutcomeValues } from './selection-schemas';

interface FormProps {
  interview: Interview;
  onClose: () => void;
}

function FormButtons({ children, danger, busy, onClose }: { children: ReactNode; danger?: boolean; busy: boolean; onClose: () => void }) {
  return (
    <div className="actions">
      <button type="submit" className={danger ? 'danger' : undefined} disabled={busy}>
        {children}
      </button>
      <button type="button" className="secondary" onClick={onClose}>
        Terug
      </button>
    </div>
  );
}

export function CancelInterviewForm({ interview, onClose }: FormProps) {
  const cancel = useCancelInterview(interview.id);
  const form = useForm<CancelValues>({ resolver: zodResolver(cancelSchema), defaultValues: { reason: '' } });
  const onSubmit = form.handleSubmit((body) => cancel.mutate(body, { onSuccess: onClose, onError: (error) => applyApiErrors(form, error) }));
  return (
    <form className="card form" onSubmit={onSubmit}>
      <h3>Selectiegesprek annuleren</h3>
      <p className="small muted">De kandidaat en het panel krijgen een afmelding per e-mail.</p>
      <Field id="cancel-reason" label="Reden van annuleren" error={fieldMessage(form, 'reason')}>
        <textarea id="cancel-reason" rows={3} required {...form.register('reason')} />
      </Field>
      <FormError form={form} />
      <FormButtons danger busy={cancel.isPending} onClose={onClose}>
        Annulering bevestigen
      </FormButtons>
    </form>
  );
}

interface VerdictProps {
  name: string;
  legend: string;
  registration: UseFormRegisterReturn;
  error?: string;
}

/** Positive or negative, as two radio buttons. */
function VerdictChoice({ name, legend, registration, error }: VerdictProps) {
  return (
    <fieldset className={error ? 'has-error' : undefined}>
      <legend>{legend}</legend>
      {(['positive', 'negative'] satisfies Verdict[]).map((verdict) => (
        <div key={verdict} className="field field-checkbox">
          <input id={`${name}-${verdict}`} type="radio" value={verdict} required {...registration} />
          <label htmlFor={`${name}-${verdict}`}>{VERDICT_LABELS[verdict]}</label>
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

export function AdviceForm({ interview, board, onBehalfOfBoard, onClose }: AdviceProps) {
  const record = useRecordAdvice(interview.id);
  const form = useForm<AdviceValues>({ resolver: zodResolver(adviceSchema), defaultValues: { wouldEmploy: false, motivation: '' } });
  const onSubmit = form.handleSubmit((advice) =>
    record.mutate(
      { ...advice, ...(onBehalfOfBoard ? { boardId: board.boardId } : {}) },
      { onSuccess: onClose, onError: (error) => applyApiErrors(form, error) },
    ),
  );
  return (
    <form className="card form" onSubmit={onSubmit} data-testid="advice-form">
      <h3>Advies van {board.boardName}</h3>
      <VerdictChoice name="advice" legend="Advies" registration={form.register('advice')} error={fieldMessage(form, 'advice')} />
      <div className="field field-checkbox">
        <input id="advice-wouldEmploy" type="checkbox" {...form.register('wouldEmploy')} />
        <label htmlFor="advice-wouldEmploy">{board.boardName} wil de kandidaat in dienst nemen</label>
      </div>
      <Field id="advice-motivation" label="Motivatie" error={fieldMessage(form, 'motivation')}>
        <textarea id="advice-motivation" rows={3} required {...form.register('motivation')} />
      </Field>
      <FormError form={form} />
      <FormButtons busy={record.isPending} onClose={onClose}>
        Advies opslaan
      </FormButtons>
    </form>
  );
}

export function OutcomeForm({ interview, onClose }: FormProps) {
  const record = useRecordInterviewOutcome(interview.id);
  const form = useForm<OutcomeValues>({ resolver: zodResolver(outcomeSchema), defaultValues: { motivation: '' } });
  const onSubmit = form.handleSubmit((body) => record.mutate(body, { onSuccess: onClose, onError: (error) => applyApiErrors(form, error) }));
  const outcome = useWatch({ control: form.control, name: 'outcome' });
  return (
    <form className="card form" onSubmit={onSubmit} data-testid="outcome-form">
      <h3>Uitkomst van het selectiegesprek</h3>
      <VerdictChoice name="outcome" legend="Uitkomst" registration={form.register('outcome')} error={fieldMessage(form, 'outcome')} />
      {outcome === 'negative' && <p className="small muted">Een negatieve uitkomst wijst de kandidaat af.</p>}
      <Field id="outcome-motivation" label="Motivatie" error={fieldMessage(form, 'motivation')}>
        <textarea id="outcome-motivation" rows={3} required {...form.register('motivation')} />
      </Field>
      <FormError form={form} />
      <FormButtons busy={record.isPending} onClose={onClose}>
        Uitkomst opslaan
      </FormButtons>
    </form>
  );
}
