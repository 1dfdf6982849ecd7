import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { z } from 'zod';
import { applyApiErrors, FormField, FormSubmit, submitWith } from '../../shared/forms';
import { useConfirmPasswordReset, useRequestPasswordReset } from './queries';

const requestSchema = z.object({ email: z.string().trim().min(1, 'Vul je e-mailadres in.').email('Vul een geldig e-mailadres in.') });

const newPasswordSchema = z.object({
  newPassword: z.string().min(12, 'Het nieuwe wachtwoord moet minstens 12 tekens hebben.'),
});

/** The token of the mail's link: in the fragment (`#token=…`), which the browser never sends to the server. */
function tokenFromLink(): string {
  return new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';
}

/** What replaces a form once it is done: its heading takes the focus, so a screen reader reads the result. */
function Outcome({ title, children }: { title: string; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="card">
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </section>
  );
}

/** "Wachtwoord vergeten": an e-mail address in, the same answer out whether or not it has an account. */
export function ForgotPasswordPage() {
  const request = useRequestPasswordReset();
  const form = useForm<z.input<typeof requestSchema>, unknown, z.output<typeof requestSchema>>({
    resolver: zodResolver(requestSchema),
    defaultValues: { email: '' },
  });
  if (request.data) {
    return (
      <Outcome title="Kijk in je e-mail">
        <p>{request.data.message}</p>
        <p>Geen e-mail ontvangen? Kijk ook bij je ongewenste e-mail.</p>
        <p>
          <Link to="/login">Naar inloggen</Link>
        </p>
      </Outcome>
    );
  }
  return (
    <section className="card">
      <h1>Wachtwoord vergeten</h1>
      <p>Vul het e-mailadres van je account in. Je krijgt dan een e-mail met een link om een nieuw wachtwoord te kiezen.</p>
      <form onSubmit={submitWith(form, request, () => undefined)} className="form" noValidate>
        <FormField form={form} name="email" id="reset-email" label="E-mailadres">
          <input type="email" autoComplete="username" required />
        </FormField>
        <FormSubmit form={form} busy={request.isPending}>
          Link versturen
        </FormSubmit>
      </form>
      <p>
        <Link to="/login">Terug naar inloggen</Link>
      </p>
    </section>
  );
}

/** The page the mail's link opens: a new password, once per link. */
export function ResetPasswordPage() {
  const [token] = useState(tokenFromLink);
  const confirm = useConfirmPasswordReset();
  const form = useForm<z.input<typeof newPasswordSchema>, unknown, z.output<typeof newPasswordSchema>>({
    resolver: zodResolver(newPasswordSchema),
    defaultValues: { newPassword: '' },
  });
  const onSubmit = form.handleSubmit(({ newPassword }) => confirm.mutate({ token, newPassword }, { onError: (error) => applyApiErrors(form, error) }));
  // The token stays in memory only: out of the address bar and the history as soon as the page has it.
  useEffect(() => {
    if (window.location.hash) window.history.replaceState(null, '', window.location.pathname);
  }, []);

  if (confirm.isSuccess) {
    return (
      <Outcome title="Je wachtwoord is gewijzigd">
        <p>Je bent overal uitgelogd. Log opnieuw in met je nieuwe wachtwoord.</p>
        <p>
          <Link to="/login">Naar inloggen</Link>
        </p>
      </Outcome>
    );
  }
  if (!token) {
    return (
      <Outcome title="Deze link is niet compleet">
        <p>Open de link uit de e-mail opnieuw, of vraag een nieuwe aan.</p>
        <p>
          <Link to="/wachtwoord-vergeten">Nieuwe link aanvragen</Link>
        </p>
      </Outcome>
    );
  }
  return (
    <section className="card">
      <h1>Nieuw wachtwoord kiezen</h1>
      <p className="muted">Minstens 12 tekens; geen bekend wachtwoord en niet je naam of e-mailadres. Een zin van een paar woorden werkt goed.</p>
      <form onSubmit={onSubmit} className="form" noValidate>
        <FormField form={form} name="newPassword" id="reset-new-password" label="Nieuw wachtwoord">
          <input type="password" autoComplete="new-password" required />
        </FormField>
        <FormSubmit form={form} busy={confirm.isPending}>
          Wachtwoord opslaan
        </FormSubmit>
      </form>
      <p>
        <Link to="/wachtwoord-vergeten">Nieuwe link aanvragen</Link>
      </p>
    </section>
  );
}
