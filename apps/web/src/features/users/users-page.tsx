import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import type { Board, ManagedUser, RequestBody } from '../../api/models';
import { applyApiErrors, fieldMessage, FormError } from '../../shared/forms';
import { label, REGION_LABELS, ROLE_LABELS, ROLES } from '../../shared/labels';
import { DataTable, Listing, type Column } from '../../shared/table';
import { FieldError } from '../../shared/ui';
import { useBoards } from '../organisations/queries';
import { useCreateUser, useSetUserActive, useUsers } from './queries';
import { NEW_USER, userSchema, type UserValues } from './user-form';

export function UsersPage() {
  const users = useUsers();
  const boards = useBoards();
  const setActive = useSetUserActive();
  const error = users.error ?? boards.error ?? setActive.error;
  return (
    <section>
      <h1>Gebruikers</h1>
      <Listing rows={users.data} error={error} loading>
        {(rows) => (
          <UsersTable
            users={rows}
            boards={boards.data ?? []}
            busyId={setActive.isPending ? setActive.variables?.id : undefined}
            onToggle={(user) => setActive.mutate({ id: user.id, active: !user.active })}
          />
        )}
      </Listing>
      <CreateUserForm boards={boards.data ?? []} />
    </section>
  );
}

interface TableProps {
  users: ManagedUser[];
  boards: Board[];
  busyId: string | undefined;
  onToggle: (user: ManagedUser) => void;
}

function UsersTable({ users, boards, busyId, onToggle }: TableProps) {
  const boardName = (boardId: string) => boards.find((board) => board.id === boardId)?.name ?? '—';
  const columns: Column<ManagedUser>[] = [
    { header: 'Naam', cell: (user) => user.name },
    { header: 'E-mailadres', cell: (user) => user.email },
    { header: 'Rol', cell: (user) => label(ROLE_LABELS, user.role) },
    { header: 'Schoolbestuur', cell: (user) => (user.boardId ? boardName(user.boardId) : '—') },
    { header: 'Status', cell: (user) => (user.active ? 'Actief' : 'Gedeactiveerd') },
    {
      header: 'Actie',
      cell: (user) => (
        <button type="button" className="secondary" disabled={busyId === user.id} onClick={() => onToggle(user)}>
          {user.active ? 'Deactiveren' : 'Activeren'}
        </button>
      ),
    },
  ];
  return <DataTable columns={columns} rows={users} rowKey={(user) => user.id} rowTestId={(user) => `user-${user.id}`} />;
}

function CreateUserForm({ boards }: { boards: Board[] }) {
  const create = useCreateUser();
  const form = useForm<UserValues, unknown, RequestBody<'CreateUserRequest'>>({ resolver: zodResolver(userSchema), defaultValues: NEW_USER });
  const needsBoard = useWatch({ control: form.control, name: 'role' }) === 'board';
  const onSubmit = form.handleSubmit((user) => {
    create.reset();
    create.mutate(user, { onSuccess: () => form.reset(NEW_USER), onError: (error) => applyApiErrors(form, error) });
  });
  const error = (name: keyof UserValues) => <FieldError id={`user-${name === 'boardId' ? 'board' : name}-error`} message={fieldMessage(form, name)} />;
  return (
    <form className="card form" onSubmit={onSubmit}>
      <h2>Nieuwe gebruiker</h2>
      <div className="field">
        <label htmlFor="user-name">Naam</label>
        <input id="user-name" required {...form.register('name')} />
        {error('name')}
      </div>
      <div className="field">
        <label htmlFor="user-email">E-mailadres</label>
        <input id="user-email" type="email" required {...form.register('email')} />
        {error('email')}
      </div>
      <div className="field">
        <label htmlFor="user-role">Rol</label>
        <select id="user-role" {...form.register('role')}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </select>
        {error('role')}
      </div>
      {needsBoard && (
        <div className="field">
          <label htmlFor="user-board">Schoolbestuur</label>
          <select id="user-board" required {...form.register('boardId')}>
            <option value="" disabled>
              Kies een schoolbestuur
            </option>
            {boards.map((board) => (
              <option key={board.id} value={board.id}>
                {board.name} ({label(REGION_LABELS, board.region)})
              </option>
            ))}
          </select>
          {error('boardId')}
        </div>
      )}
      <div className="field">
        <label htmlFor="user-password">Wachtwoord</label>
        <input id="user-password" type="password" autoComplete="new-password" required {...form.register('password')} />
        {error('password')}
      </div>
      <FormError form={form} />
      {create.isSuccess && (
        <p className="alert alert-success" role="status">
          Gebruiker {create.variables.name} is aangemaakt.
        </p>
      )}
      <button type="submit" disabled={create.isPending}>
        Gebruiker aanmaken
      </button>
    </form>
  );
}
