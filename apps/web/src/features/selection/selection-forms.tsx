import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import type { Interview, PanelBoard } from '../../api/models';
import { CheckboxField, FormCard, FormField, RadioChoice } from '../../shared/forms';
import { choicesOf, VERDICT_LABELS } from '../../shared/labels';
import { useCancelInterview, useRecordAdvice, useRecordInterviewOutcome } from './queries';
import { adviceSchema, cancelSchema, outcomeSchema, type AdviceValues, type CancelValues, type OutcomeValues } from './selection-schemas';

interface FormProps {
  interview: Interview;
  onClose: () => void;
}

export function CancelInterviewForm({ interview, onClose }: FormProps) {
  const cancel = useCancelInterview(interview.id);
  const form = useForm<CancelValues>({ resolver: zodResolver(cancelSchema), defaultValues: { reason: '' } });
  return (
    <FormCard form={form} send={cancel} onClose={onClose} submit="Annulering bevestigen" danger>
      <h3>Selectiegesprek annuleren</h3>
      <p className="small muted">De kandidaat en het panel krijgen een afmelding per e-mail.</p>
      <FormField form={form} name="reason" id="cancel-reason" label="Reden van annuleren">
        <textarea rows={3} required />
      </FormField>
    </FormCard>
  );
}

/** Positive or negative, as two radio buttons. */
const VERDICT_CHOICES = choicesOf(VERDICT_LABELS);

interface AdviceProps extends FormProps {
  board: PanelBoard;
  /** Staff record advice on behalf of a board and must name it; board users speak for their own board. */
  onBehalfOfBoard: boolean;
}

export function AdviceForm({ interview, board, onBehalfOfBoard, onClose }: AdviceProps) {
  const record = useRecordAdvice(interview.id, onBehalfOfBoard ? board.boardId : undefined);
  const form = useForm<AdviceValues>({ resolver: zodResolver(adviceSchema), defaultValues: { wouldEmploy: false, motivation: '' } });
  return (
    <FormCard form={form} send={record} onClose={onClose} submit="Advies opslaan" testId="advice-form">
      <h3>Advies van {board.boardName}</h3>
      <RadioChoice idPrefix="advice" legend="Advies" choices={VERDICT_CHOICES} form={form} name="advice" />
      <CheckboxField id="advice-wouldEmploy" label={`${board.boardName} wil de kandidaat in dienst nemen`} registration={form.register('wouldEmploy')} />
      <FormField form={form} name="motivation" id="advice-motivation" label="Motivatie">
        <textarea rows={3} required />
      </FormField>
    </FormCard>
  );
}

export function OutcomeForm({ interview, onClose }: FormProps) {
  const record = useRecordInterviewOutcome(interview.id);
  const form = useForm<OutcomeValues>({ resolver: zodResolver(outcomeSchema), defaultValues: { motivation: '' } });
  const outcome = useWatch({ control: form.control, name: 'outcome' });
  return (
    <FormCard form={form} send={record} onClose={onClose} submit="Uitkomst opslaan" testId="outcome-form">
      <h3>Uitkomst van het selectiegesprek</h3>
      <RadioChoice idPrefix="outcome" legend="Uitkomst" choices={VERDICT_CHOICES} form={form} name="outcome" />
      {outcome === 'negative' && <p className="small muted">Een negatieve uitkomst wijst de kandidaat af.</p>}
      <FormField form={form} name="motivation" id="outcome-motivation" label="Motivatie">
        <textarea rows={3} required />
      </FormField>
    </FormCard>
  );
}
