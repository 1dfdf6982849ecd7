import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { ApiError, apiGet, apiSend } from '../api';
import { ErrorMessage, errorText, FieldError, Loading } from '../components';
import { label, REGION_LABELS, ROLE_LABELS, ROLES } from '../labels';
import type { Board, ManagedUser } from '../types';

interface NewUser {
  email: string;
  name: string;
  role: string;
  password: string;
  boardId: string;
}

const EMPTY: NewUser = { email: '', name: '', role: 'staff', password: '', boardId: '' };

export function UsersPage() {
  const [users, setUsers] = useState<ManagedUser[] | null>(null);
  const [boards, setBoards] = useState<Board[]>([]);
  const [error, setError] = useState('');
  const [busyId, setBusyId] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      setUsers(await apiGet<ManagedUser[]>('/api/users'));
    } catch (err) {
      setError(errorText(err));
    }
  }, []);

  useEffect(() => {
    void reload();
    apiGet<Board[]>('/api/boards')
      .then(setBoards)
      .catch((err) => setError(errorText(err)));
  }, [reload]);

  const toggleActive = async (user: ManagedUser) => {
    setBusyId(user.id);
    setError('');
    try {
      await apiSend('PATCH', `/api/users/${encodeURIComponent(user.id)}`, { active: !user.active });
      await reload();
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusyId(null);
    }
  };

  const boardName = (boardId: string | null) => boards.find((b) => b.id === boardId)?.name ?? '—';

  return (
    <section>
      <h1>Gebruikers</h1>
      <ErrorMessage>{error}</ErrorMessage>
      {!users ? (
        <Loading />
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Naam</th>
                <th scope="col">E-mailadres</th>
                <th scope="col">Rol</th>
                <th scope="col">Schoolbestuur</th>
                <th scope="col">Status</th>
                <th scope="col">Actie</th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.id} data-testid={`user-${user.id}`}>
                  <td>{user.name}</td>
                  <td>{user.email}</td>
                  <td>{label(ROLE_LABELS, user.role)}</td>
                  <td>{user.boardId ? boardName(user.boardId) : '—'}</td>
                  <td>{user.active ? 'Actief' : 'Gedeactiveerd'}</td>
                  <td>
                    <button type="button" className="secondary" disabled={busyId === user.id} onClick={() => void toggleActive(user)}>
                      {user.active ? 'Deactiveren' : 'Activeren'}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <CreateUserForm boards={boards} onCreated={reload} />
    </section>
  );
}

function CreateUserForm({ boards, onCreated }: { boards: Board[]; onCreated: () => Promise<void> }) {
  const [form, setForm] = useState<NewUser>(EMPTY);
  const [error, setError] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [success, setSuccess] = useState('');
  const [busy, setBusy] = useState(false);
  const needsBoard = form.role === 'board';

  const set = (key: keyof NewUser, value: string) => setForm((prev) => ({ ...prev, [key]: value }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError('');
    setSuccess('');
    setFieldErrors({});
    const { boardId, ...rest } = form;
    try {
      await apiSend('POST', '/api/users', needsBoard ? { ...rest, boardId } : rest);
      setSuccess(`Gebruiker ${form.name} is aangemaakt.`);
      setForm(EMPTY);
      await onCreated();
    } catch (err) {
      setError(errorText(err));
      if (err instanceof ApiError) setFieldErrors(err.fieldMessages());
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card form" onSubmit={onSubmit}>
      <h2>Nieuwe gebruiker</h2>
      <div className="field">
        <label htmlFor="user-name">Naam</label>
        <input id="user-name" required value={form.name} onChange={(e) => set('name', e.target.value)} />
        <FieldError id="user-name-error" message={fieldErrors.name} />
      </div>
      <div className="field">
        <label htmlFor="user-email">E-mailadres</label>
        <input id="user-email" type="email" required value={form.email} onChange={(e) => set('email', e.target.value)} />
        <FieldError id="user-email-error" message={fieldErrors.email} />
      </div>
      <div className="field">
        <label htmlFor="user-role">Rol</label>
        <select id="user-role" value={form.role} onChange={(e) => set('role', e.target.value)}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </select>
        <FieldError id="user-role-error" message={fieldErrors.role} />
      </div>
      {needsBoard && (
        <div className="field">
          <label htmlFor="user-board">Schoolbestuur</label>
          <select id="user-board" required value={form.boardId} onChange={(e) => set('boardId', e.target.value)}>
            <option value="" disabled>
              Kies een schoolbestuur
            </option>
            {boards.map((board) => (
              <option key={board.id} value={board.id}>
                {board.name} ({label(REGION_LABELS, board.region)})
              </option>
            ))}
          </select>
          <FieldError id="user-board-error" message={fieldErrors.boardId} />
        </div>
      )}
      <div className="field">
        <label htmlFor="user-password">Wachtwoord</label>
        <input
          id="user-password"
          type="password"
          autoComplete="new-password"
          required
          value={form.password}
          onChange={(e) => set('password', e.target.value)}
        />
        <FieldError id="user-password-error" message={fieldErrors.password} />
      </div>
      <ErrorMessage>{error}</ErrorMessage>
      {success && (
        <p className="alert alert-success" role="status">
          {success}
        </p>
      )}
      <button type="submit" disabled={busy}>
        Gebruiker aanmaken
      </button>
    </form>
  );
}
