import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { formatDate, todayInAmsterdam } from '../../shared/format';
import { applyApiErrors, FormCard, FormField, FormSubmit, Options, RadioChoice } from '../../shared/forms';
import { Field } from '../../shared/ui';
import { fullName } from '../candidates/queries';
import { extendSchema, recordSchema, REQUEST_KIND_LABELS, type ExtendValues, type RecordValues } from './privacy-schemas';
import { useCandidateSearch, useExtendRequest, useRecordRequest, type DataRequest, type ExtendRequestBody, type RecordRequestBody } from './queries';

/** "Verzoek vastleggen": find the candidate by name or reference, the kind and the day of receipt (the deadline follows). */
export function RecordForm({ onRecorded }: { onRecorded: (request: DataRequest) => void }) {
  const record = useRecordRequest();
  const [search, setSearch] = useState('');
  const matches = useCandidateSearch(search);
  const form = useForm<RecordValues, unknown, RecordRequestBody>({
    resolver: zodResolver(recordSchema),
    defaultValues: { candidateId: '', kind: undefined, receivedOn: todayInAmsterdam() },
  });
  const choices = (matches.data?.items ?? []).map((candidate) => [candidate.id, `${fullName(candidate) || 'Gewist'} (${candidate.reference})`] as const);
  const { setValue } = form;
  const first = choices[0]?.[0] ?? '';
  // The first match is chosen, so typing the reference is enough.
  useEffect(() => setValue('candidateId', first), [first, setValue]);
  const submit = form.handleSubmit((body) =>
    record.mutate(body, {
      onSuccess: (request) => {
        onRecorded(request);
        setSearch('');
        form.reset({ candidateId: '', kind: undefined, receivedOn: todayInAmsterdam() });
      },
      onError: (error) => applyApiErrors(form, error),
    }),
  );
  return (
    <section className="card" aria-labelledby="record-request-title">
      <h2 id="record-request-title">Verzoek vastleggen</h2>
      <form className="form" noValidate onSubmit={submit} data-testid="record-request-form">
        <Field id="record-request-search" label="Kandidaat zoeken" hint="Naam, e-mailadres of referentie (minstens 2 tekens).">
          <input
            id="record-request-search"
            type="search"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            aria-describedby="record-request-search-hint"
          />
        </Field>
        <FormField form={form} name="candidateId" id="record-request-candidate" label="Kandidaat">
          <select required>
            <Options prompt={search.trim().length < 2 ? 'Zoek eerst een kandidaat' : 'Geen kandidaat gevonden'} choices={choices} />
          </select>
        </FormField>
        <RadioChoice form={form} name="kind" idPrefix="record-request-kind" legend="Soort verzoek" choices={Object.entries(REQUEST_KIND_LABELS)} />
        <FormField form={form} name="receivedOn" id="record-request-received" label="Ontvangen op" hint="De termijn is een maand na ontvangst.">
          <input type="date" required />
        </FormField>
        <FormSubmit form={form} busy={record.isPending}>
          Verzoek vastleggen
        </FormSubmit>
      </form>
    </section>
  );
}

/** "Verlengen": once, by one or two months, with a reason. */
export function ExtendForm({ request, onClose, onExtended }: { request: DataRequest; onClose: () => void; onExtended: (request: DataRequest) => void }) {
  const extend = useExtendRequest(request.id, onExtended);
  const form = useForm<ExtendValues, unknown, ExtendRequestBody>({ resolver: zodResolver(extendSchema), defaultValues: { months: '2', reason: '' } });
  const titleId = `extend-${request.id}-title`;
  useEffect(() => document.getElementById(titleId)?.focus(), [titleId]);
  return (
    <FormCard form={form} send={extend} onClose={onClose} submit="Termijn verlengen" testId="extend-form">
      <h3 id={titleId} tabIndex={-1}>
        Termijn verlengen: {request.candidateName || 'Gewist'} (nu uiterlijk {formatDate(request.deadline)})
      </h3>
      <FormField form={form} name="months" id="extend-months" label="Verlenging">
        <select required>
          <Options
            choices={[
              ['1', 'Eén maand'],
              ['2', 'Twee maanden'],
            ]}
          />
        </select>
      </FormField>
      <FormField
        form={form}
        name="reason"
        id="extend-reason"
        label="Reden"
        hint="Wordt bewaard bij het verzoek; de kandidaat hoort de reden binnen de eerste maand."
      >
        <textarea rows={3} required />
      </FormField>
    </FormCard>
  );
}
