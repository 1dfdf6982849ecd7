import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import type { RequestBody } from '../../api/models';
import { CheckboxField, FormField, useOpenForm } from '../../shared/forms';
import { RecordActions, RecordFormCard, type RecordFormProps } from '../../shared/record-admin';
import { DataTable, type Column } from '../../shared/table';
import { ActionButton, ErrorMessage, errorText, Loading } from '../../shared/ui';
import { createSourceSchema, editSourceSchema, NEW_SOURCE, type SourceValues } from './source-form';
import { useCreateSource, useSources, useUpdateSource, type Source } from './queries';

type Mode = { kind: 'create' } | { kind: 'edit'; source: Source };

/** Admins manage how applicants can say they heard of Flevowijs (issue 16). A source is retired, never deleted. */
export function SourcesPage() {
  const sources = useSources();
  const { mode, open, close } = useOpenForm<Mode>('sources-title');
  const [announcement, setAnnouncement] = useState('');
  const columns: Column<Source>[] = [
    { header: 'Code', cell: (source) => source.code, className: 'mono' },
    { header: 'Omschrijving', cell: (source) => source.label },
    { header: 'Toelichting', cell: (source) => (source.asksDetail ? 'Gevraagd' : 'Nee') },
    { header: 'Status', cell: (source) => (source.active ? 'Actief' : 'Niet meer aangeboden') },
    { header: 'Acties', cell: (source) => <SourceActions source={source} onEdit={() => open({ kind: 'edit', source })} onDone={setAnnouncement} /> },
  ];
  return (
    <section>
      <h1 id="sources-title" tabIndex={-1}>
        Bronnen
      </h1>
      <p>
        De keuzes bij “Hoe ken je Flevowijs?” op het aanmeldformulier. Een campagnelink kiest de bron vooraf: <span className="mono">/aanmelden?bron=code</span>
        .
      </p>
      <ErrorMessage>{sources.error ? errorText(sources.error) : ''}</ErrorMessage>
      <div role="status" aria-live="polite">
        {announcement && <p className="alert alert-success">{announcement}</p>}
      </div>
      {!sources.data ? (
        <Loading />
      ) : (
        <DataTable
          label="Bronnen"
          columns={columns}
          rows={sources.data}
          rowKey={(source) => source.code}
          rowTestId={(source) => `source-${source.code}`}
          stacked
        />
      )}
      {mode === null && <ActionButton onClick={() => open({ kind: 'create' })}>Bron toevoegen</ActionButton>}
      {mode?.kind === 'create' && <CreateSourceForm onClose={close} onDone={setAnnouncement} />}
      {mode?.kind === 'edit' && <EditSourceForm key={mode.source.code} source={mode.source} onClose={close} onDone={setAnnouncement} />}
    </section>
  );
}

function SourceActions({ source, onEdit, onDone }: { source: Source; onEdit: () => void; onDone: (message: string) => void }) {
  const update = useUpdateSource(source.code);
  return (
    <RecordActions
      name={source.label}
      active={source.active}
      toggleText={['Uitzetten', 'Weer aanbieden']}
      update={update}
      toggled={`De bron ${source.label} wordt ${source.active ? 'niet meer' : 'weer'} aangeboden.`}
      onEdit={onEdit}
      onDone={onDone}
    />
  );
}

function CreateSourceForm({ onClose, onDone }: { onClose: () => void; onDone: (message: string) => void }) {
  const create = useCreateSource();
  const form = useForm<SourceValues, unknown, RequestBody<'CreateSourceRequest'>>({ resolver: zodResolver(createSourceSchema), defaultValues: NEW_SOURCE });
  return (
    <SourceFormCard form={form} send={create} onSaved={(source) => onDone(`De bron ${source.label} is toegevoegd.`)} onClose={onClose} title="Bron toevoegen">
      <FormField form={form} name="code" id="source-code" label="Code" hint="Kleine letters, cijfers en _; verandert daarna nooit." type="text" required />
    </SourceFormCard>
  );
}

function EditSourceForm({ source, onClose, onDone }: { source: Source; onClose: () => void; onDone: (message: string) => void }) {
  const update = useUpdateSource(source.code);
  const form = useForm<SourceValues, unknown, RequestBody<'UpdateSourceRequest'>>({
    resolver: zodResolver(editSourceSchema) as unknown as Resolver<SourceValues, unknown, RequestBody<'UpdateSourceRequest'>>,
    defaultValues: { code: source.code, label: source.label, asksDetail: source.asksDetail },
  });
  return (
    <SourceFormCard
      form={form}
      send={update}
      onSaved={(saved) => onDone(`De bron ${saved.label} is opgeslagen.`)}
      onClose={onClose}
      title={`${source.label} bewerken`}
    />
  );
}

/** The fields every source has, after the new source's code (children). */
function SourceFormCard<Body, Saved>({ children, ...card }: RecordFormProps<SourceValues, Body, Saved>) {
  const { form } = card;
  return (
    <RecordFormCard {...card} testId="source-form">
      {children}
      <FormField form={form} name="label" id="source-label" label="Omschrijving" hint="Zoals het formulier de keuze toont." type="text" required />
      <CheckboxField id="source-asksDetail" label="Vraag om een korte toelichting (zoals bij “Anders”)" registration={form.register('asksDetail')} />
    </RecordFormCard>
  );
}
