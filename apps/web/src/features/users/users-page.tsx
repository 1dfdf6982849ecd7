import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { Board, Institute, ManagedUser, RequestBody } from '../../api/models';
import { applyApiErrors, FormError, FormField, Options, useOpenForm } from '../../shared/forms';
import { choicesOf, label, ROLE_LABELS } from '../../shared/labels';
import { DataTable, Listing, type Column } from '../../shared/table';
import { useBoards, useInstitutes } from '../organisations/queries';
import { EditUserForm } from './edit-user-form';
import { OrganisationPicker } from './organisation-picker';
import { useCreateUser, useResetMfa, useSetUserActive, useUpdateUser, useUsers } from './queries';
import { NEW_USER, userSchema, type UserValues } from './user-form';

/** The id of a user's "Bewerken" button: the focus returns there when the form closes, beside the changed row. */
const editButtonId = (userId: string) => `user-${userId}-edit`;

/** Organisations a user can be given: the active ones, and the one they have now. */
const openTo = (ownId: string | null) => (organisation: { id: string; active: boolean }) => organisation.active || organisation.id === ownId;

export function UsersPage() {
  const users = useUsers();
  const boards = useBoards();
  const institutes = useInstitutes();
  const setActive = useSetUserActive();
  const resetMfa = useResetMfa();
  const update = useUpdateUser();
  // The user last opened for editing: the form closes there, so its id outlives the form.
  const [editedId, setEditedId] = useState('');
  const editing = useOpenForm<ManagedUser>(editButtonId(editedId));
  const error = users.error ?? boards.error ?? institutes.error ?? setActive.error ?? resetMfa.error;
  const startEditing = (user: ManagedUser) => {
    update.reset();
    setEditedId(user.id);
    editing.open(user);
  };
  return (
    <section>
      <h1>Gebruikers</h1>
      {/* Always in the page, so a screen reader announces the message when it appears. */}
      <div role="status" aria-live="polite">
        {update.isSuccess && <p className="alert alert-success">Gebruiker {update.data.name} is bijgewerkt.</p>}
      </div>
      <Listing rows={users.data} error={error} loading>
        {(rows) => (
          <UsersTable
            users={rows}
            boards={boards.data ?? []}
            institutes={institutes.data ?? []}
            busyId={setActive.isPending ? setActive.variables?.id : undefined}
            onEdit={startEditing}
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
      {editing.mode && (
        <EditUserForm
          key={editing.mode.id}
          user={editing.mode}
          boards={(boards.data ?? []).filter(openTo(editing.mode.boardId))}
          institutes={(institutes.data ?? []).filter(openTo(editing.mode.instituteId))}
          update={update}
          onClose={editing.close}
        />
      )}
      <CreateUserForm boards={(boards.data ?? []).filter(openTo(null))} institutes={(institutes.data ?? []).filter(openTo(null))} />
    </section>
  );
}

interface TableProps {
  users: ManagedUser[];
  boards: Board[];
  institutes: Institute[];
  busyId: string | undefined;
  onEdit: (user: ManagedUser) => void;
  onToggle: (user: ManagedUser) => void;
  onResetMfa: (user: ManagedUser) => void;
}

function UsersTable({ users, boards, institutes, busyId, onEdit, onToggle, onResetMfa }: TableProps) {
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
          <button type="button" className="secondary" id={editButtonId(user.id)} onClick={() => onEdit(user)}>
            Bewerken
          </button>
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
      <OrganisationPicker form={form} role={role} idPrefix="user" boards={boards} institutes={institutes} />
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
