import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import type { Interview, RequestBody, User } from '../../api/models';
import { useViewer } from '../../app/auth';
import { applyApiErrors, fieldMessage, FormError } from '../../shared/forms';
import { Field } from '../../shared/ui';
import { BoardsFieldset, StaffFieldset } from './panel-fields';
import { useRescheduleInterview, useScheduleInterview } from './queries';
import { interviewSchema, type InterviewValues } from './selection-schemas';

interface Props {
  candidateId: string;
  /** The interview to reschedule; absent when planning a new one. */
  interview?: Interview;
  onClose: () => void;
}

const DEFAULT_DURATION = '60';

function initialValues(interview: Interview | undefined, viewer: User): InterviewValues {
  if (interview) {
    return {
      startsAt: interview.startsAtLocal,
      durationMinutes: String(interview.durationMinutes),
      location: interview.location,
      staffUserIds: interview.staff.map((member) => member.userId),
      boards: Object.fromEntries(interview.boards.map((board) => [board.boardId, board.representativeUserId])),
    };
  }
  // Whoever plans the interview usually sits on the panel.
  return { startsAt: '', durationMinutes: DEFAULT_DURATION, location: '', staffUserIds: viewer.role === 'staff' ? [viewer.id] : [], boards: {} };
}

/** Plans a selection interview, or reschedules one: time, place and the joint panel. */
export function InterviewForm({ candidateId, interview, onClose }: Props) {
  const viewer = useViewer();
  const schedule = useScheduleInterview(candidateId);
  const reschedule = useRescheduleInterview(interview?.id ?? '');
  const send = interview ? reschedule : schedule;
  const form = useForm<InterviewValues, unknown, RequestBody<'ScheduleInterviewRequest'>>({
    resolver: zodResolver(interviewSchema),
    defaultValues: initialValues(interview, viewer),
  });
  const onSubmit = form.handleSubmit((body) => send.mutate(body, { onSuccess: onClose, onError: (error) => applyApiErrors(form, error) }));
  const error = (name: keyof InterviewValues) => fieldMessage(form, name);

  const staffUserIds = useWatch({ control: form.control, name: 'staffUserIds' });
  const boards = useWatch({ control: form.control, name: 'boards' });
  return (
    <form className="card form" onSubmit={onSubmit} data-testid="interview-form">
      <h3>{interview ? 'Selectiegesprek verzetten' : 'Selectiegesprek plannen'}</h3>
      <Field id="interview-startsAt" label="Datum en tijd" hint="Nederlandse tijd" error={error('startsAt')}>
        <input id="interview-startsAt" type="datetime-local" required {...form.register('startsAt')} />
      </Field>
      <Field id="interview-duration" label="Duur in minuten" error={error('durationMinutes')}>
        <input id="interview-duration" type="number" min={15} max={240} step={5} required {...form.register('durationMinutes')} />
      </Field>
      <Field id="interview-location" label="Locatie" error={error('location')}>
        <input id="interview-location" required {...form.register('location')} />
      </Field>
      <StaffFieldset interview={interview} selected={staffUserIds} onChange={(ids) => form.setValue('staffUserIds', ids)} error={error('staffUserIds')} />
      <BoardsFieldset panel={boards} onChange={(panel) => form.setValue('boards', panel)} error={error('boards')} />
      <FormError form={form} />
      <div className="actions">
        <button type="submit" disabled={send.isPending}>
          {interview ? 'Nieuwe tijd opslaan' : 'Gesprek plannen'}
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          Terug
        </button>
      </div>
    </form>
  );
}
