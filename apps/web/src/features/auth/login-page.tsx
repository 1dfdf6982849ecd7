import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { useSession } from '../../app/auth';
import { applyApiErrors, FormError } from '../../shared/forms';

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
        <div className="field">
          <label htmlFor="login-email">E-mailadres</label>
          <input id="login-email" type="email" autoComplete="username" required {...form.register('email')} />
        </div>
        <div className="field">
          <label htmlFor="login-password">Wachtwoord</label>
          <input id="login-password" type="password" autoComplete="current-password" required {...form.register('password')} />
        </div>
        <FormError form={form} />
        <button type="submit" disabled={form.formState.isSubmitting}>
          Inloggen
        </button>
      </form>
    </section>
  );
}
