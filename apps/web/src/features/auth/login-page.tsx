import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { z } from 'zod';
import { ApiError } from '../../api/client';
import { useSession } from '../../app/auth';
import { applyApiErrors, FormField, FormSubmit } from '../../shared/forms';
import { Field } from '../../shared/ui';
import { MfaEnrolment } from '../account/mfa-enrolment';

const loginSchema = z.object({
  email: z.string().trim().min(1, 'Vul je e-mailadres in.'),
  password: z.string().min(1, 'Vul je wachtwoord in.'),
});

const codeSchema = z.object({ code: z.string().trim().min(1, 'Vul de code in.') });

type LoginValues = z.input<typeof loginSchema>;

/** Password first; then a code (two-step verification on), or setting it up (required for the role and not set up yet). */
type Step = { kind: 'password' } | { kind: 'code'; challengeToken: string } | { kind: 'enrol'; enrolmentToken: string; message: string };

export function LoginPage() {
  const [step, setStep] = useState<Step>({ kind: 'password' });
  return (
    <section className="card">
      <h1>Inloggen</h1>
      {step.kind === 'password' && <PasswordStep onStep={setStep} />}
      {step.kind === 'code' && <CodeStep challengeToken={step.challengeToken} onRestart={() => setStep({ kind: 'password' })} />}
      {step.kind === 'enrol' && (
        <>
          <p role="alert">{step.message}</p>
          <MfaEnrolment enrolmentToken={step.enrolmentToken} onDone={() => setStep({ kind: 'password' })} />
        </>
      )}
    </section>
  );
}

function PasswordStep({ onStep }: { onStep: (step: Step) => void }) {
  const { login } = useSession();
  const form = useForm<LoginValues, unknown, z.output<typeof loginSchema>>({
    resolver: zodResolver(loginSchema),
    defaultValues: { email: '', password: '' },
  });

  const onSubmit = form.handleSubmit(async (credentials) => {
    try {
      const answer = await login(credentials);
      if (answer.status === 'code_required') onStep({ kind: 'code', challengeToken: answer.challengeToken });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'mfa_enrolment_required' && error.enrolmentToken) {
        onStep({ kind: 'enrol', enrolmentToken: error.enrolmentToken, message: error.message });
        return;
      }
      applyApiErrors(form, error);
    }
  });

  return (
    <>
      <p className="muted">
        Voor medewerkers van Flevowijs, coaches, schoolbesturen en lerarenopleidingen. Wil je je aanmelden als zij-instromer? Ga naar{' '}
        <a href="/aanmelden">het aanmeldformulier</a>.
      </p>
      <form onSubmit={onSubmit} className="form">
        {/* Only the form-level message: a failed login says nothing about which field was wrong. */}
        <Field id="login-email" label="E-mailadres">
          <input id="login-email" type="email" autoComplete="username" required {...form.register('email')} />
        </Field>
        <Field id="login-password" label="Wachtwoord">
          <input id="login-password" type="password" autoComplete="current-password" required {...form.register('password')} />
        </Field>
        <FormSubmit form={form} busy={form.formState.isSubmitting}>
          Inloggen
        </FormSubmit>
      </form>
      <p>
        <Link to="/wachtwoord-vergeten">Wachtwoord vergeten?</Link>
      </p>
    </>
  );
}

function CodeStep({ challengeToken, onRestart }: { challengeToken: string; onRestart: () => void }) {
  const { completeLogin } = useSession();
  const [recovery, setRecovery] = useState(false);
  const form = useForm<z.input<typeof codeSchema>, unknown, z.output<typeof codeSchema>>({ resolver: zodResolver(codeSchema), defaultValues: { code: '' } });

  const onSubmit = form.handleSubmit(async ({ code }) => {
    try {
      await completeLogin({ challengeToken, code });
    } catch (error) {
      applyApiErrors(form, error);
    }
  });

  return (
    <form onSubmit={onSubmit} className="form">
      <p>{recovery ? 'Vul een van je herstelcodes in. Elke code werkt één keer.' : 'Vul de code van 6 cijfers uit je authenticator-app in.'}</p>
      <FormField form={form} name="code" id="login-code" label={recovery ? 'Herstelcode' : 'Code'}>
        <input autoComplete="one-time-code" inputMode={recovery ? 'text' : 'numeric'} required />
      </FormField>
      <FormSubmit form={form} busy={form.formState.isSubmitting}>
        Bevestigen
      </FormSubmit>
      <div className="actions">
        <button type="button" className="secondary" onClick={() => setRecovery(!recovery)}>
          {recovery ? 'Gebruik een code uit de app' : 'Gebruik een herstelcode'}
        </button>
        <button type="button" className="secondary" onClick={onRestart}>
          Opnieuw beginnen
        </button>
      </div>
    </form>
  );
}
