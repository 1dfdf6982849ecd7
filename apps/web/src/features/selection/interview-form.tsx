import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import type { Interview, RequestBody, User } from '../../api/models';
import { useViewer } from '../../app/auth';
import { fieldMessage, FormCard, FormField } from '../../shared/forms';
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
  const error = (name: keyof InterviewValues) => fieldMessage(form, name);

  const staffUserIds = useWatch({ control: form.control, name: 'staffUserIds' });
  const boards = useWatch({ control: form.control, name: 'boards' });
  return (
    <FormCard form={form} send={send} onClose={onClose} submit={interview ? 'Nieuwe tijd opslaan' : 'Gesprek plannen'} testId="interview-form">
      <h3>{interview ? 'Selectiegesprek verzetten' : 'Selectiegesprek plannen'}</h3>
      <FormField form={form} name="startsAt" id="interview-startsAt" label="Datum en tijd" hint="Nederlandse tijd" type="datetime-local" required />
      <FormField form={form} name="durationMinutes" id="interview-duration" label="Duur in minuten">
        <input type="number" min={15} max={240} step={5} required />
      </FormField>
      <FormField form={form} name="location" id="interview-location" label="Locatie" required />
      <StaffFieldset interview={interview} selected={staffUserIds} onChange={(ids) => form.setValue('staffUserIds', ids)} error={error('staffUserIds')} />
      <BoardsFieldset panel={boards} onChange={(panel) => form.setValue('boards', panel)} error={error('boards')} />
    </FormCard>
  );
}
