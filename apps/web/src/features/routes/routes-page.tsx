import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, type Resolver, type UseFormReturn } from 'react-hook-form';
import type { RequestBody, Route } from '../../api/models';
import { CheckboxField, fieldMessage, FormField, useOpenForm } from '../../shared/forms';
import { RecordActions, RecordFormCard, type RecordFormProps } from '../../shared/record-admin';
import { choicesOf, DEGREE_LEVEL_LABELS, label } from '../../shared/labels';
import { DataTable, type Column } from '../../shared/table';
import { ActionButton, ErrorMessage, errorText, FieldError, Loading } from '../../shared/ui';
import { createRouteSchema, editRouteSchema, NEW_ROUTE, routeValues, type RouteValues } from './route-form';
import { useCreateRoute, useRoutes, useUpdateRoute } from './queries';

type Mode = { kind: 'create' } | { kind: 'edit'; route: Route };

/** Admins manage the routes (trajectvormen): data, not code (R1, R8). A route is deactivated, never deleted. */
export function RoutesPage() {
  const routes = useRoutes();
  const { mode, open, close } = useOpenForm<Mode>('routes-title');
  const [announcement, setAnnouncement] = useState('');
  const columns: Column<Route>[] = [
    { header: 'Code', cell: (route) => route.code, className: 'mono' },
    { header: 'Naam', cell: (route) => route.name },
    { header: 'Duur', cell: (route) => `${route.durationMonths} maanden` },
    { header: 'Geschiktheidsonderzoek', cell: (route) => (route.assessmentRequired ? 'Nodig' : 'Niet nodig') },
    { header: 'Toegelaten opleidingen', cell: (route) => route.degreeLevels.map((level) => label(DEGREE_LEVEL_LABELS, level)).join(', ') },
    { header: 'Status', cell: (route) => (route.active ? 'Actief' : 'Gedeactiveerd') },
    {
      header: 'Acties',
      cell: (route) => <RouteActions route={route} onEdit={() => open({ kind: 'edit', route })} onDone={setAnnouncement} />,
    },
  ];
  return (
    <section>
      <h1 id="routes-title" tabIndex={-1}>
        Routes
      </h1>
      <p>
        Via welke route een kandidaat leraar wordt: hoe lang het traject duurt, of er een geschiktheidsonderzoek nodig is en welke opleidingen de route toelaat.
        Het aanmeldformulier biedt de actieve routes aan.
      </p>
      <ErrorMessage>{routes.error ? errorText(routes.error) : ''}</ErrorMessage>
      <div role="status" aria-live="polite">
        {announcement && <p className="alert alert-success">{announcement}</p>}
      </div>
      {!routes.data ? (
        <Loading />
      ) : (
        <DataTable label="Routes" columns={columns} rows={routes.data} rowKey={(route) => route.code} rowTestId={(route) => `route-${route.code}`} stacked />
      )}
      {mode === null && <ActionButton onClick={() => open({ kind: 'create' })}>Route toevoegen</ActionButton>}
      {mode?.kind === 'create' && <CreateRouteForm onClose={close} onDone={setAnnouncement} />}
      {mode?.kind === 'edit' && <EditRouteForm key={mode.route.code} route={mode.route} onClose={close} onDone={setAnnouncement} />}
    </section>
  );
}

function RouteActions({ route, onEdit, onDone }: { route: Route; onEdit: () => void; onDone: (message: string) => void }) {
  const update = useUpdateRoute(route.code);
  return (
    <RecordActions
      name={route.name}
      active={route.active}
      toggleText={['Deactiveren', 'Weer activeren']}
      update={update}
      toggled={`De route ${route.name} is ${route.active ? 'gedeactiveerd' : 'weer actief'}.`}
      onEdit={onEdit}
      onDone={onDone}
    />
  );
}

function CreateRouteForm({ onClose, onDone }: { onClose: () => void; onDone: (message: string) => void }) {
  const create = useCreateRoute();
  const form = useForm<RouteValues, unknown, RequestBody<'CreateRouteRequest'>>({ resolver: zodResolver(createRouteSchema), defaultValues: NEW_ROUTE });
  return (
    <RouteFormCard form={form} send={create} onSaved={(route) => onDone(`De route ${route.name} is toegevoegd.`)} onClose={onClose} title="Route toevoegen">
      <FormField form={form} name="code" id="route-code" label="Code" hint="Kleine letters, cijfers en _; verandert daarna nooit." type="text" required />
    </RouteFormCard>
  );
}

function EditRouteForm({ route, onClose, onDone }: { route: Route; onClose: () => void; onDone: (message: string) => void }) {
  const update = useUpdateRoute(route.code);
  const form = useForm<RouteValues, unknown, RequestBody<'UpdateRouteRequest'>>({
    resolver: zodResolver(editRouteSchema) as unknown as Resolver<RouteValues, unknown, RequestBody<'UpdateRouteRequest'>>,
    defaultValues: routeValues(route),
  });
  return (
    <RouteFormCard
      form={form}
      send={update}
      onSaved={(saved) => onDone(`De route ${saved.name} is opgeslagen.`)}
      onClose={onClose}
      title={`${route.name} bewerken`}
    />
  );
}

/** The fields every route has, after the new route's code (children); the schema's Dutch messages show at the fields. */
function RouteFormCard<Body, Saved>({ children, ...card }: RecordFormProps<RouteValues, Body, Saved>) {
  const { form } = card;
  return (
    <RecordFormCard {...card} testId="route-form">
      {children}
      <FormField form={form} name="name" id="route-name" label="Naam" type="text" required />
      <FormField
        form={form}
        name="durationMonths"
        id="route-durationMonths"
        label="Duur in maanden"
        hint="De looptijd van een traject op deze route."
        type="number"
        required
      />
      <CheckboxField id="route-assessmentRequired" label="Geschiktheidsonderzoek nodig voor het traject" registration={form.register('assessmentRequired')} />
      <DegreeLevelChoice form={form} />
    </RecordFormCard>
  );
}

/** The degree levels the route accepts (R1), as checkboxes in a fieldset with the group's message. */
function DegreeLevelChoice<Body>({ form }: { form: UseFormReturn<RouteValues, unknown, Body> }) {
  const error = fieldMessage(form, 'degreeLevels');
  return (
    <fieldset className={error ? 'has-error' : undefined}>
      <legend>Toegelaten opleidingen</legend>
      {choicesOf(DEGREE_LEVEL_LABELS).map(([value, text]) => (
        <div key={value} className="field field-checkbox">
          <input
            id={`route-degreeLevels-${value}`}
            type="checkbox"
            value={value}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'route-degreeLevels-error' : undefined}
            {...form.register('degreeLevels')}
          />
          <label htmlFor={`route-degreeLevels-${value}`}>{text}</label>
        </div>
      ))}
      <FieldError id="route-degreeLevels-error" message={error} />
    </fieldset>
  );
}
