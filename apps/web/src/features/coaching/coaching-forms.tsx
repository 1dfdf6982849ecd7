import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import type { RequestBody } from '../../api/models';
import { FormCard, FormField, Options } from '../../shared/forms';
import { todayInAmsterdam } from '../../shared/format';
import { choicesOf } from '../../shared/labels';
import { ErrorMessage, errorText, Loading } from '../../shared/ui';
import { SESSION_KIND_LABELS } from './coaching-labels';
import { assignSchema, sessionSchema, type AssignValues, type SessionValues } from './coaching-schemas';
import { useAssignCoach, useCoaches, useLogSession } from './queries';

interface FormProps {
  programmeId: string;
  onClose: () => void;
}

/** R10: a coaching session of the programme; after saving, the progress is refetched. */
export function SessionForm({ programmeId, onClose }: FormProps) {
  const log = useLogSession(programmeId);
  const form = useForm<SessionValues, unknown, RequestBody<'CoachingSessionRequest'>>({
    resolver: zodResolver(sessionSchema),
    defaultValues: { date: todayInAmsterdam(), minutes: '', kind: '' as SessionValues['kind'], note: '' },
  });
  return (
    <FormCard form={form} send={log} onClose={onClose} submit="Opslaan" testId="session-form">
      <h3>Begeleiding vastleggen</h3>
      <FormField form={form} name="date" id="session-date" label="Datum" type="date" required />
      <FormField form={form} name="minutes" id="session-minutes" label="Duur in minuten" hint="Van 15 tot en met 480 minuten.">
        <input inputMode="numeric" required />
      </FormField>
      <FormField form={form} name="kind" id="session-kind" label="Soort">
        <select required>
          <Options prompt="Kies de soort" choices={choicesOf(SESSION_KIND_LABELS)} />
        </select>
      </FormField>
      <FormField form={form} name="note" id="session-note" label="Notitie (niet verplicht)" hint="Geen gezondheidsgegevens vastleggen.">
        <textarea rows={3} />
      </FormField>
    </FormCard>
  );
}

/** R9: staff give the programme a coach; a coach at or above their maximum needs a reason. */
export function AssignCoachForm({ programmeId, onClose, candidateName }: FormProps & { candidateName: string }) {
  const coaches = useCoaches();
  const assign = useAssignCoach(programmeId);
  const form = useForm<AssignValues, unknown, RequestBody<'AssignCoachRequest'>>({
    resolver: zodResolver(assignSchema),
    defaultValues: { coachId: '', overrideReason: '' },
  });
  const chosenId = useWatch({ control: form.control, name: 'coachId' });
  const chosen = coaches.data?.find((coach) => coach.userId === chosenId);
  const full = chosen !== undefined && chosen.caseload >= chosen.maxCaseload;
  if (coaches.error) return <ErrorMessage>{errorText(coaches.error)}</ErrorMessage>;
  if (!coaches.data) return <Loading />;
  const active = coaches.data.filter((coach) => coach.active);
  return (
    <FormCard form={form} send={assign} onClose={onClose} submit="Coach toewijzen" testId="assign-coach-form">
      <h3>Coach toewijzen aan {candidateName}</h3>
      <FormField form={form} name="coachId" id={`assign-coach-${programmeId}`} label="Coach">
        <select required>
          <Options
            prompt="Kies een coach"
            choices={active.map((coach) => [coach.userId, `${coach.name} (${coach.caseload} van ${coach.maxCaseload} trajecten)`])}
          />
        </select>
      </FormField>
      {full && <p className="small muted">Deze coach heeft het maximum aantal trajecten bereikt: geef een reden om toch toe te wijzen.</p>}
      <FormField
        form={form}
        name="overrideReason"
        id={`assign-reason-${programmeId}`}
        label={full ? 'Reden boven maximum' : 'Reden boven maximum (alleen nodig als de coach vol zit)'}
      >
        <textarea rows={2} required={full} />
      </FormField>
    </FormCard>
  );
}
