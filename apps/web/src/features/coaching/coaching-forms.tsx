import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { RequestBody } from '../../api/models';
import { fieldMessage, FormCard, FormField, Options, RadioChoice } from '../../shared/forms';
import { formatDate, todayInAmsterdam } from '../../shared/format';
import { choicesOf } from '../../shared/labels';
import { ErrorMessage, errorText, Loading } from '../../shared/ui';
import { RISK_LEVEL_NAMES, SESSION_KIND_LABELS, type CoachingSession, type RiskLevel } from './coaching-labels';
import { assignSchema, riskSchema, sessionSchema, sessionValues, type AssignValues, type RiskValues, type SessionValues } from './coaching-schemas';
import { useAssignCoach, useClearRisk, useCoaches, useDeleteSession, useEditSession, useFlagRisk, useLogSession } from './queries';

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
      <SessionFields form={form} />
    </FormCard>
  );
}

/** The author changes a session within 30 days; a refusal of the server (not the author, the window closed) shows on the form. */
export function EditSessionForm({ programmeId, session, onClose }: FormProps & { session: CoachingSession }) {
  const edit = useEditSession(programmeId, session.id);
  const form = useForm<SessionValues, unknown, RequestBody<'CoachingSessionRequest'>>({
    resolver: zodResolver(sessionSchema),
    defaultValues: sessionValues(session),
  });
  return (
    <FormCard form={form} send={edit} onClose={onClose} submit="Wijziging opslaan" testId="edit-session-form">
      <h3>Begeleiding van {formatDate(session.date)} wijzigen</h3>
      <SessionFields form={form} />
    </FormCard>
  );
}

/** Deleting a session asks once more; the server's refusal shows here. */
export function DeleteSessionForm({ programmeId, session, onClose }: FormProps & { session: CoachingSession }) {
  const remove = useDeleteSession(programmeId, session.id);
  const form = useForm<Record<string, never>, unknown, Record<string, never>>({ defaultValues: {} });
  return (
    <FormCard form={form} send={remove} onClose={onClose} submit="Verwijderen" testId="delete-session-form" danger>
      <h3>Begeleiding van {formatDate(session.date)} verwijderen?</h3>
      <p>
        {session.minutes} minuten, {SESSION_KIND_LABELS[session.kind].toLowerCase()}. De uren tellen daarna niet meer mee voor de voortgang.
      </p>
    </FormCard>
  );
}

function SessionFields({ form }: { form: ReturnType<typeof useForm<SessionValues, unknown, RequestBody<'CoachingSessionRequest'>>> }) {
  return (
    <>
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
    </>
  );
}

/** The coach (or staff) flags the programme at risk of uitval, or changes the flag: a level and a short note, no health details. */
export function RiskForm({ programmeId, current, onClose }: FormProps & { current: RiskValues | null }) {
  const flag = useFlagRisk(programmeId);
  const form = useForm<RiskValues, unknown, RequestBody<'RiskFlagRequest'>>({
    resolver: zodResolver(riskSchema),
    defaultValues: current ?? { level: '' as RiskLevel, note: '' },
  });
  return (
    <FormCard form={form} send={flag} onClose={onClose} submit="Risico opslaan" testId="risk-form">
      <h3>{current ? 'Risico op uitval wijzigen' : 'Risico op uitval melden'}</h3>
      <RadioChoice form={form} name="level" idPrefix={`risk-level-${programmeId}`} legend="Niveau" choices={choicesOf(RISK_LEVEL_NAMES)} />
      <FormField
        form={form}
        name="note"
        id={`risk-note-${programmeId}`}
        label="Korte toelichting"
        hint="Zakelijk en kort (hoogstens 300 tekens). Geen gezondheidsgegevens of medische details."
      >
        <textarea rows={2} required maxLength={300} />
      </FormField>
    </FormCard>
  );
}

/** Clearing the flag asks once more. */
export function ClearRiskForm({ programmeId, onClose }: FormProps) {
  const clear = useClearRisk(programmeId);
  const form = useForm<Record<string, never>, unknown, Record<string, never>>({ defaultValues: {} });
  return (
    <FormCard form={form} send={clear} onClose={onClose} submit="Risico opheffen" testId="clear-risk-form">
      <h3>Risico op uitval opheffen?</h3>
      <p>Het traject staat daarna niet meer in de lijst met risico op uitval.</p>
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
  // The list can be stale: the server says so too (409 on the reason), and then the form asks for it.
  const serverAsks = fieldMessage(form, 'overrideReason') !== undefined;
  const full = (chosen !== undefined && chosen.caseload >= chosen.maxCaseload) || serverAsks;
  useEffect(() => {
    if (serverAsks) form.setFocus('overrideReason');
  }, [serverAsks, form]);
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
      {full && (
        <>
          <p className="small muted">Deze coach heeft het maximum aantal trajecten bereikt: geef een reden om toch toe te wijzen.</p>
          <FormField form={form} name="overrideReason" id={`assign-reason-${programmeId}`} label="Reden boven maximum">
            <textarea rows={2} required />
          </FormField>
        </>
      )}
    </FormCard>
  );
}
