import { useState, type FormEvent } from 'react';
import { login } from '../auth';
import { ErrorMessage, errorText } from '../components';
import type { User } from '../types';

interface Props {
  onLogin: (user: User) => void;
}

export function LoginPage({ onLogin }: Props) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError('');
    try {
      onLogin(await login(email, password));
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card">
      <h1>Inloggen</h1>
      <p className="muted">
        Voor medewerkers van Flevowijs, coaches, schoolbesturen en lerarenopleidingen. Wil je je aanmelden als
        zij-instromer? Ga naar <a href="/aanmelden">het aanmeldformulier</a>.
      </p>
      <form onSubmit={onSubmit} className="form">
        <div className="field">
          <label htmlFor="login-email">E-mailadres</label>
          <input
            id="login-email"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="login-password">Wachtwoord</label>
          <input
            id="login-password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
        <ErrorMessage>{error}</ErrorMessage>
        <button type="submit" disabled={busy}>
          Inloggen
        </button>
      </form>
    </section>
  );
}
