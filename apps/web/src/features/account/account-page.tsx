import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { OwnSession } from '../../api/models';
import { FormField, FormSubmit, submitWith } from '../../shared/forms';
import { formatDateTime } from '../../shared/format';
import { DataTable, Listing, type Column } from '../../shared/table';
import { ErrorMessage, errorText, Loading, SectionCard } from '../../shared/ui';
import { codeSchema, passwordSchema } from './account-schemas';
import { MfaEnrolment } from './mfa-enrolment';
import { useChangePassword, useDisableMfa, useEndSession, useMfaStatus, useRefreshMfaStatus, useSessions } from './queries';

/** "Mijn account": password, two-step verification and sessions of the signed-in user (every role). */
export function AccountPage() {
  return (
    <section>
      <h1>Mijn account</h1>
      <PasswordSection />
      <MfaSection />
      <SessionsSection />
    </section>
  );
}

function PasswordSection() {
  const change = useChangePassword();
  const [done, setDone] = useState(false);
  const form = useForm<z.input<typeof passwordSchema>, unknown, z.output<typeof passwordSchema>>({
    resolver: zodResolver(passwordSchema),
    defaultValues: { currentPassword: '', newPassword: '' },
  });
  const onSubmit = submitWith(form, change, () => {
    form.reset();
    setDone(true);
  });
  return (
    <SectionCard name="password" title="Wachtwoord wijzigen">
      <p className="muted">Minstens 12 tekens; geen bekend wachtwoord en niet je naam of e-mailadres. Een zin van een paar woorden werkt goed.</p>
      {done && <p role="status">Je wachtwoord is gewijzigd. Je andere sessies zijn beëindigd.</p>}
      <form onSubmit={onSubmit} className="form">
        <FormField form={form} name="currentPassword" id="current-password" label="Huidig wachtwoord">
          <input type="password" autoComplete="current-password" required />
        </FormField>
        <FormField form={form} name="newPassword" id="new-password" label="Nieuw wachtwoord">
          <input type="password" autoComplete="new-password" required />
        </FormField>
        <FormSubmit form={form} busy={change.isPending}>
          Wachtwoord wijzigen
        </FormSubmit>
      </form>
    </SectionCard>
  );
}

function MfaSection() {
  const status = useMfaStatus();
  const refresh = useRefreshMfaStatus();
  return (
    <SectionCard name="mfa" title="Tweestapsverificatie">
      {status.error ? (
        <ErrorMessage>{errorText(status.error)}</ErrorMessage>
      ) : !status.data ? (
        <Loading />
      ) : status.data.enabled ? (
        <>
          <p>
            Tweestapsverificatie staat aan. Je hebt nog {status.data.recoveryCodesLeft} ongebruikte herstelcode{status.data.recoveryCodesLeft === 1 ? '' : 's'}.
          </p>
          {status.data.required ? <p className="muted">Voor jouw rol is tweestapsverificatie verplicht.</p> : <DisableMfaForm />}
        </>
      ) : (
        <>
          <p>Log in met je wachtwoord én een code uit een authenticator-app op je telefoon.</p>
          <MfaEnrolment onDone={refresh} />
        </>
      )}
    </SectionCard>
  );
}

function DisableMfaForm() {
  const disable = useDisableMfa();
  const form = useForm<z.input<typeof codeSchema>, unknown, z.output<typeof codeSchema>>({ resolver: zodResolver(codeSchema), defaultValues: { code: '' } });
  return (
    <form onSubmit={submitWith(form, disable, () => form.reset())} className="form">
      <FormField form={form} name="code" id="disable-code" label="Code of herstelcode om uit te zetten">
        <input autoComplete="one-time-code" required />
      </FormField>
      <FormSubmit form={form} busy={disable.isPending}>
        Tweestapsverificatie uitzetten
      </FormSubmit>
    </form>
  );
}

function SessionsSection() {
  const sessions = useSessions();
  const end = useEndSession();
  const columns: Column<OwnSession>[] = [
    { header: 'Apparaat', cell: (session) => (session.current ? `${session.device} (deze sessie)` : session.device) },
    { header: 'Ingelogd', cell: (session) => <time dateTime={session.createdAt}>{formatDateTime(session.createdAt)}</time> },
    { header: 'Laatst gebruikt', cell: (session) => <time dateTime={session.lastSeenAt}>{formatDateTime(session.lastSeenAt)}</time> },
    {
      header: 'Actie',
      cell: (session) =>
        session.current ? (
          '—'
        ) : (
          <button type="button" className="secondary" disabled={end.isPending} onClick={() => end.mutate(session.id)}>
            Beëindigen
          </button>
        ),
    },
  ];
  return (
    <SectionCard name="sessions" title="Sessies">
      <p className="muted">Waar je nu bent ingelogd. Beëindig een sessie die je niet herkent, en wijzig dan je wachtwoord.</p>
      {end.error && <ErrorMessage>{errorText(end.error)}</ErrorMessage>}
      <Listing rows={sessions.error ? undefined : sessions.data} error={sessions.error} empty="Geen open sessies.">
        {(rows) => <DataTable columns={columns} rows={rows} rowKey={(session) => session.id} rowTestId={() => 'session-row'} stacked />}
      </Listing>
    </SectionCard>
  );
}
