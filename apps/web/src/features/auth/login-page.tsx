import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { useSession } from '../../app/auth';
import { applyApiErrors, FormSubmit } from '../../shared/forms';
import { Field } from '../../shared/ui';

const loginSchema = z.object({
  email: z.string().trim().min(1, 'Vul je e-mailadres in.'),
  password: z.string().min(1, 'Vul je wachtwoord in.'),
});

type LoginValues = z.input<typeof loginSchema>;

export function LoginPage() {
  const { login } = useSession();
  const form = useForm<LoginValues, unknown, z.output<typeof loginSchema>>({
    resolver: zodResolver(loginSchema),
    defaultValues: { email: '', password: '' },
  });

  const onSubmit = form.handleSubmit(async (credentials) => {
    try {
      await login(credentials);
    } catch (error) {
      applyApiErrors(form, error);
    }
  });

  return (
    <section className="card">
      <h1>Inloggen</h1>
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
    </section>
  );
}
