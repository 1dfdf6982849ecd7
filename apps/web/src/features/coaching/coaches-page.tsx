import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, type Resolver, type UseFormReturn } from 'react-hook-form';
import type { RequestBody } from '../../api/models';
import { CheckboxField, fieldMessage, FormField, Options, useOpenForm } from '../../shared/forms';
import { RecordActions, RecordFormCard, type RecordFormProps } from '../../shared/record-admin';
import { choicesOf, label, REGION_LABELS } from '../../shared/labels';
import { DataTable, Listing, type Column } from '../../shared/table';
import { ActionButton, ErrorMessage, errorText, FieldError } from '../../shared/ui';
import { useRoutes } from '../routes/queries';
import { NORM_UNIT_LABELS, formatHours, type Coach, type CoachingNorm } from './coaching-labels';
import { createCoachSchema, editCoachSchema, type CoachValues } from './coaching-schemas';
import { useCoaches, useCoachUsers, useCreateCoach, useNorms, useUpdateCoach } from './queries';

type Mode = { kind: 'create' } | { kind: 'edit'; coach: Coach };

/** `/coaches`: the central desk keeps the coach profiles (regions, maximum caseload, active) and reads the coaching norms (R9, R10). */
export function CoachesPage() {
  const coaches = useCoaches();
  const { mode, open, close } = useOpenForm<Mode>('coaches-title');
  const [announcement, setAnnouncement] = useState('');
  const columns: Column<Coach>[] = [
    {
      header: 'Naam',
      cell: (coach) => (
        <>
          {coach.name}
          <span className="small muted"> {coach.email}</span>
        </>
      ),
    },
    { header: "Regio's", cell: (coach) => coach.regions.map((region) => label(REGION_LABELS, region)).join(', ') },
    { header: 'Trajecten', cell: (coach) => `${coach.caseload} van maximaal ${coach.maxCaseload}` },
    { header: 'Status', cell: (coach) => (coach.active ? 'Actief' : 'Gedeactiveerd') },
    { header: 'Acties', cell: (coach) => <CoachActions coach={coach} onEdit={() => open({ kind: 'edit', coach })} onDone={setAnnouncement} /> },
  ];
  return (
    <section>
      <h1 id="coaches-title" tabIndex={-1}>
        Coaches
      </h1>
      <p>
        De toewijzing kiest een actieve coach uit de regio van het traject die onder zijn maximum zit. Een gedeactiveerde coach houdt zijn trajecten, maar
        krijgt er geen nieuwe bij.
      </p>
      <div role="status" aria-live="polite">
        {announcement && <p className="alert alert-success">{announcement}</p>}
      </div>
      <Listing rows={coaches.data} error={coaches.error} empty="Er zijn nog geen coachprofielen.">
        {(rows) => (
          <DataTable label="Coaches" columns={columns} rows={rows} rowKey={(coach) => coach.userId} rowTestId={(coach) => `coach-${coach.userId}`} stacked />
        )}
      </Listing>
      {mode === null && <ActionButton onClick={() => open({ kind: 'create' })}>Coachprofiel toevoegen</ActionButton>}
      {mode?.kind === 'create' && <CreateCoachForm known={coaches.data ?? []} onClose={close} onDone={setAnnouncement} />}
      {mode?.kind === 'edit' && <EditCoachForm key={mode.coach.userId} coach={mode.coach} onClose={close} onDone={setAnnouncement} />}
      <NormsCard />
    </section>
  );
}

function CoachActions({ coach, onEdit, onDone }: { coach: Coach; onEdit: () => void; onDone: (message: string) => void }) {
  const update = useUpdateCoach(coach.userId);
  return (
    <RecordActions
      name={coach.name}
      active={coach.active}
      toggleText={['Deactiveren', 'Weer activeren']}
      update={update}
      toggled={`${coach.name} is ${coach.active ? 'gedeactiveerd' : 'weer actief'} als coach.`}
      onEdit={onEdit}
      onDone={onDone}
    />
  );
}

const NEW_COACH: CoachValues = { userId: '', regions: [], maxCaseload: '10', active: true };

/** A profile for an active user with the role coach who has none yet. */
function CreateCoachForm({ known, onClose, onDone }: { known: Coach[]; onClose: () => void; onDone: (message: string) => void }) {
  const users = useCoachUsers();
  const create = useCreateCoach();
  const form = useForm<CoachValues, unknown, RequestBody<'CreateCoachRequest'>>({ resolver: zodResolver(createCoachSchema), defaultValues: NEW_COACH });
  const withProfile = new Set(known.map((coach) => coach.userId));
  const candidates = (users.data ?? []).filter((user) => !withProfile.has(user.id));
  return (
    <CoachFormCard
      form={form}
      send={create}
      onSaved={(_, body) => onDone(`Het coachprofiel van ${candidates.find((user) => user.id === body.userId)?.name ?? 'de coach'} is toegevoegd.`)}
      onClose={onClose}
      title="Coachprofiel toevoegen"
    >
      {users.error ? (
        <ErrorMessage>{errorText(users.error)}</ErrorMessage>
      ) : (
        <FormField
          form={form}
          name="userId"
          id="coach-userId"
          label="Coach"
          hint={
            candidates.length === 0 && users.data
              ? 'Alle actieve gebruikers met de rol coach hebben al een profiel.'
              : 'Een actieve gebruiker met de rol coach.'
          }
        >
          <select required>
            <Options prompt="Kies een gebruiker" choices={candidates.map((user) => [user.id, user.name])} />
          </select>
        </FormField>
      )}
    </CoachFormCard>
  );
}

function EditCoachForm({ coach, onClose, onDone }: { coach: Coach; onClose: () => void; onDone: (message: string) => void }) {
  const update = useUpdateCoach(coach.userId);
  const form = useForm<CoachValues, unknown, RequestBody<'UpdateCoachRequest'>>({
    resolver: zodResolver(editCoachSchema) as unknown as Resolver<CoachValues, unknown, RequestBody<'UpdateCoachRequest'>>,
    defaultValues: { userId: coach.userId, regions: coach.regions as CoachValues['regions'], maxCaseload: String(coach.maxCaseload), active: coach.active },
  });
  return (
    <CoachFormCard
      form={form}
      send={update}
      onSaved={() => onDone(`Het coachprofiel van ${coach.name} is opgeslagen.`)}
      onClose={onClose}
      title={`${coach.name} bewerken`}
    />
  );
}

/** The fields of every profile, after the new profile's user (children); the schema's Dutch messages show at the fields. */
function CoachFormCard<Body, Saved>({ children, ...card }: RecordFormProps<CoachValues, Body, Saved>) {
  const { form } = card;
  return (
    <RecordFormCard {...card} testId="coach-form">
      {children}
      <RegionChoice form={form} />
      <FormField
        form={form}
        name="maxCaseload"
        id="coach-maxCaseload"
        label="Maximum aantal trajecten"
        hint="De toewijzing gaat hier nooit boven; staf alleen met een reden."
      >
        <input inputMode="numeric" required />
      </FormField>
      <CheckboxField id="coach-active" label="Actief: krijgt nieuwe trajecten toegewezen" registration={form.register('active')} />
    </RecordFormCard>
  );
}

/** The regions a coach works in, as checkboxes in a fieldset with the group's message (registered here, after the fields above it). */
function RegionChoice<Body>({ form }: { form: UseFormReturn<CoachValues, unknown, Body> }) {
  const error = fieldMessage(form, 'regions');
  return (
    <fieldset className={error ? 'has-error' : undefined}>
      <legend>Regio&apos;s</legend>
      {choicesOf(REGION_LABELS).map(([value, text]) => (
        <div key={value} className="field field-checkbox">
          <input
            id={`coach-regions-${value}`}
            type="checkbox"
            value={value}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'coach-regions-error' : undefined}
            {...form.register('regions')}
          />
          <label htmlFor={`coach-regions-${value}`}>{text}</label>
        </div>
      ))}
      <FieldError id="coach-regions-error" message={error} />
    </fieldset>
  );
}

/** The coaching norms per route and study year (configuration), read-only. */
function NormsCard() {
  const norms = useNorms();
  const routes = useRoutes();
  const routeName = (code: string) => routes.data?.find((route) => route.code === code)?.name ?? code;
  const columns: Column<CoachingNorm>[] = [
    { header: 'Route', cell: (norm) => routeName(norm.route) },
    { header: 'Leerjaar', cell: (norm) => norm.studyYear },
    { header: 'Norm', cell: (norm) => `${formatHours(norm.hoursPerUnit)} uur ${label(NORM_UNIT_LABELS, norm.unit)}` },
    { header: 'Schoolweken', cell: (norm) => (norm.unit === 'week' ? norm.weeksPerStudyYear : '—') },
    { header: 'Per leerjaar', cell: (norm) => `${formatHours(norm.yearHours)} uur` },
  ];
  return (
    <section className="card" aria-labelledby="norms-title" data-testid="norms-section">
      <h2 id="norms-title">Norm voor begeleiding</h2>
      <p className="small muted">
        De uren begeleiding die een zij-instromer per leerjaar krijgt. De voortgang telt naar rato tot vandaag; na het tweede leerjaar geldt geen norm.
      </p>
      <Listing rows={norms.data} error={norms.error} empty="Er is geen norm ingesteld.">
        {(rows) => (
          <DataTable
            label="Norm voor begeleiding"
            columns={columns}
            rows={rows}
            rowKey={(norm) => `${norm.route}-${norm.studyYear}`}
            rowTestId={(norm) => `norm-${norm.route}-${norm.studyYear}`}
            stacked
          />
        )}
      </Listing>
    </section>
  );
}
