import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import type { Board, Institute, ManagedUser, RequestBody } from '../../api/models';
import { applyApiErrors, FormError, FormField, Options } from '../../shared/forms';
import { choicesOf, label, REGION_LABELS, ROLE_LABELS } from '../../shared/labels';
import { DataTable, Listing, type Column } from '../../shared/table';
import { useBoards, useInstitutes } from '../organisations/queries';
import { useCreateUser, useResetMfa, useSetUserActive, useUsers } from './queries';
import { NEW_USER, userSchema, type UserValues } from './user-form';

export function UsersPage() {
  const users = useUsers();
  const boards = useBoards();
  const institutes = useInstitutes();
  const setActive = useSetUserActive();
  const resetMfa = useResetMfa();
  const error = users.error ?? boards.error ?? institutes.error ?? setActive.error ?? resetMfa.error;
  return (
    <section>
      <h1>Gebruikers</h1>
      <Listing rows={users.data} error={error} loading>
        {(rows) => (
          <UsersTable
            users={rows}
            boards={boards.data ?? []}
            institutes={institutes.data ?? []}
            busyId={setActive.isPending ? setActive.variables?.id : undefined}
            onToggle={(user) => {
              // Deactivating ends the user's sessions at once: asked first. Activating is harmless.
              if (user.active && !window.confirm(`${user.name} deactiveren? Deze gebruiker kan dan niet meer inloggen en alle sessies worden beëindigd.`))
                return;
              setActive.mutate({ id: user.id, active: !user.active });
            }}
            onResetMfa={(user) => {
              if (window.confirm(`Tweestapsverificatie van ${user.name} resetten? Alle sessies van deze gebruiker worden beëindigd.`)) resetMfa.mutate(user.id);
            }}
          />
        )}
      </Listing>
      <CreateUserForm
        boards={(boards.data ?? []).filter((board) => board.active)}
        institutes={(institutes.data ?? []).filter((institute) => institute.active)}
      />
    </section>
  );
}

interface TableProps {
  users: ManagedUser[];
  boards: Board[];
  institutes: Institute[];
  busyId: string | undefined;
  onToggle: (user: ManagedUser) => void;
  onResetMfa: (user: ManagedUser) => void;
}

function UsersTable({ users, boards, institutes, busyId, onToggle, onResetMfa }: TableProps) {
  const organisation = (user: ManagedUser) =>
    (user.boardId
      ? boards.find((board) => board.id === user.boardId)?.name
      : user.instituteId
        ? institutes.find((institute) => institute.id === user.instituteId)?.name
        : undefined) ?? '—';
  const columns: Column<ManagedUser>[] = [
    { header: 'Naam', cell: (user) => user.name },
    { header: 'E-mailadres', cell: (user) => user.email },
    { header: 'Rol', cell: (user) => label(ROLE_LABELS, user.role) },
    { header: 'Schoolbestuur of opleiding', cell: organisation },
    { header: 'Status', cell: (user) => (user.active ? 'Actief' : 'Gedeactiveerd') },
    { header: 'Tweestapsverificatie', cell: (user) => (user.mfaEnabled ? 'Aan' : 'Uit') },
    {
      header: 'Actie',
      cell: (user) => (
        <div className="actions">
          <button type="button" className="secondary" disabled={busyId === user.id} onClick={() => onToggle(user)}>
            {user.active ? 'Deactiveren' : 'Activeren'}
          </button>
          {user.mfaEnabled && (
            <button type="button" className="secondary" onClick={() => onResetMfa(user)}>
              Tweestap resetten
            </button>
          )}
        </div>
      ),
    },
  ];
  return <DataTable label="Gebruikers" columns={columns} rows={users} rowKey={(user) => user.id} rowTestId={(user) => `user-${user.id}`} />;
}

function CreateUserForm({ boards, institutes }: { boards: Board[]; institutes: Institute[] }) {
  const create = useCreateUser();
  const form = useForm<UserValues, unknown, RequestBody<'CreateUserRequest'>>({ resolver: zodResolver(userSchema), defaultValues: NEW_USER });
  const role = useWatch({ control: form.control, name: 'role' });
  const onSubmit = form.handleSubmit((user) => {
    create.reset();
    create.mutate(user, { onSuccess: () => form.reset(NEW_USER), onError: (error) => applyApiErrors(form, error) });
  });
  return (
    <form className="card form" onSubmit={onSubmit} noValidate>
      <h2>Nieuwe gebruiker</h2>
      <FormField form={form} name="name" id="user-name" label="Naam">
        <input required />
      </FormField>
      <FormField form={form} name="email" id="user-email" label="E-mailadres">
        <input type="email" required />
      </FormField>
      <FormField form={form} name="role" id="user-role" label="Rol">
        <select>
          <Options choices={choicesOf(ROLE_LABELS)} />
        </select>
      </FormField>
      {role === 'board' && (
        <FormField form={form} name="boardId" id="user-board" label="Schoolbestuur">
          <select required>
            <Options prompt="Kies een schoolbestuur" choices={boards.map((board) => [board.id, `${board.name} (${label(REGION_LABELS, board.region)})`])} />
          </select>
        </FormField>
      )}
      {role === 'institute' && (
        <FormField form={form} name="instituteId" id="user-institute" label="Lerarenopleiding">
          <select required>
            <Options prompt="Kies een lerarenopleiding" choices={institutes.map((institute) => [institute.id, institute.name])} />
          </select>
        </FormField>
      )}
      <FormField form={form} name="password" id="user-password" label="Wachtwoord">
        <input type="password" autoComplete="new-password" required />
      </FormField>
      <FormError form={form} />
      {/* Always in the page, so a screen reader announces the message when it appears. */}
      <div role="status" aria-live="polite">
        {create.isSuccess && <p className="alert alert-success">Gebruiker {create.variables.name} is aangemaakt.</p>}
      </div>
      <button type="submit" disabled={create.isPending}>
        Gebruiker aanmaken
      </button>
    </form>
  );
}
